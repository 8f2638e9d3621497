"""The kinds of news a member can hear about, each a small function over one period.

Every entry of `SOURCES` names a kind, its default, how the settings page and the mails call
it, and `items(member, since, until)`: what became visible in (since, until] that this member
may see. The direct notifications and the weekly digest both read these functions, so another
app makes its news part of both with one more entry here.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from hashlib import sha256
from html import unescape

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags

from library.digest import items_since
from meetings.models import Factsheet, Meeting, Report
from notifications.models import Frequency, Milestone
from projects.models import Project, ProjectUpdate, Theme


@dataclass(frozen=True)
class Item:
    """One piece of news, as a mail shows it."""

    kind: str
    key: str  # unique per kind: the mail about it goes out once per member
    title: str
    url: str  # absolute
    date: datetime
    summary: str = ""


@dataclass(frozen=True)
class Source:
    kind: str
    label: str  # the settings page: "Een verslag is gepubliceerd"
    heading: str  # the digest's section
    subject: str  # a direct mail's subject, before the item's title
    default: str
    items: Callable[..., list[Item]]


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def start_of_day(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def local_day(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "l j F Y")


def _meeting_summary(meeting) -> str:
    start = timezone.localtime(meeting.starts_at)
    parts = [f"{local_day(start)}, {start:%H:%M} uur", meeting.get_format_display()]
    if meeting.venue and meeting.offers_on_site:
        parts.append(meeting.venue)
    return " · ".join(parts)


def new_meetings(member, since, until) -> list[Item]:
    """Meetings announced in the period that have not ended or been cancelled."""
    meetings = (
        Meeting.objects.filter(created_at__gt=since, created_at__lte=until, ends_at__gte=until)
        .exclude(status=Meeting.Status.CANCELLED)
        .order_by("starts_at")
    )
    return [
        Item(
            kind="new_meeting",
            key=f"meeting:{meeting.pk}",
            title=meeting.title,
            url=absolute(meeting.get_absolute_url()),
            date=meeting.created_at,
            summary=_meeting_summary(meeting),
        )
        for meeting in meetings
    ]


def opened_registrations(member, since, until) -> list[Item]:
    """Meetings whose registration opened in the period, announced before, and still open.

    A meeting open for registration from the moment it is announced is news of the kind
    "new meeting" only.
    """
    meetings = (
        Meeting.objects.with_confirmed_count()
        .filter(registration_opens_at__gt=since, registration_opens_at__lte=until)
        .filter(registration_opens_at__gt=F("created_at"))
        .order_by("starts_at")
    )
    return [
        Item(
            kind="registration_open",
            key=f"meeting:{meeting.pk}",
            title=meeting.title,
            url=absolute(meeting.get_absolute_url()),
            date=meeting.registration_opens_at,
            summary=f"{_meeting_summary(meeting)}. {meeting.registration_window(until).label}.",
        )
        for meeting in meetings
        if meeting.registration_is_open(until)
    ]


def published_reports(member, since, until) -> list[Item]:
    """Reports that became readable in the period; drafts and later publications never."""
    reports = (
        Report.objects.published(now=until)
        .filter(published_at__gt=since)
        .select_related("meeting")
        .order_by("published_at")
    )
    return [
        Item(
            kind="report",
            key=f"report:{report.pk}",
            title=report.meeting.title,
            url=absolute(report.get_absolute_url()),
            date=report.published_at,
            summary=f"Verslag van de bijeenkomst van {local_day(report.meeting.starts_at)}",
        )
        for report in reports
    ]


def published_factsheets(member, since, until) -> list[Item]:
    """Factsheets that became available in the period: from their publication day, once added."""
    candidates = Factsheet.objects.filter(
        Q(created_at__gt=since) | Q(published_on__gt=timezone.localdate(since)),
        kind=Factsheet.Kind.FACTSHEET,
        published_on__lte=timezone.localdate(until),
    ).order_by("published_on", "title")
    items = []
    for factsheet in candidates:
        available = max(start_of_day(factsheet.published_on), factsheet.created_at)
        if since < available <= until:
            items.append(
                Item(
                    kind="factsheet",
                    key=f"factsheet:{factsheet.pk}",
                    title=factsheet.title,
                    url=absolute(factsheet.get_absolute_url()),
                    date=available,
                    summary=factsheet.description[:300],
                )
            )
    return items


def _milestones(kind, since, until) -> dict[int, list[Milestone]]:
    found = {}
    for milestone in Milestone.objects.filter(
        kind=kind, happened_at__gt=since, happened_at__lte=until
    ).order_by("happened_at"):
        found.setdefault(milestone.object_id, []).append(milestone)
    return found


def project_updates(member, since, until) -> list[Item]:
    """News from projects the member joined and may see, written by someone else."""
    milestones = _milestones("project_update", since, until)
    if not milestones:
        return []
    updates = (
        ProjectUpdate.objects.filter(
            pk__in=milestones,
            project__participations__member=member,
            project__in=Project.objects.visible_to(member),
        )
        .exclude(author=member)
        .select_related("project")
    )
    return [
        Item(
            kind="project_update",
            key=f"project-update:{update.pk}",
            title=f"Nieuws uit {update.project.title}",
            url=absolute(update.project.get_absolute_url()),
            date=milestones[update.pk][0].happened_at,
            summary=_shortened(unescape(strip_tags(update.text_html))),
        )
        for update in updates
    ]


def supported_themes(member, since, until) -> list[Item]:
    """Themes the member supported that were put on an agenda, or discussed, in the period."""
    milestones = _milestones("theme", since, until)
    if not milestones:
        return []
    themes = Theme.objects.filter(pk__in=milestones, supports__member=member).select_related(
        "meeting"
    )
    items = []
    for theme in themes:
        for milestone in milestones[theme.pk]:
            status = milestone.key.split(":")[2]
            meeting = theme.meeting.title if theme.meeting else "een bijeenkomst"
            verb = (
                "is besproken op" if status == Theme.Status.DISCUSSED else "staat op de agenda van"
            )
            items.append(
                Item(
                    kind="theme",
                    key=milestone.key,
                    title=f"„{theme.title}” {verb} {meeting}",
                    url=absolute(theme.get_absolute_url()),
                    date=milestone.happened_at,
                    summary=_shortened(theme.explanation),
                )
            )
    return items


def library_items(member, since, until) -> list[Item]:
    """Kennisbank publications and news items that appeared in the period (library.digest).

    They carry a publication date, not a moment: one dated today counts today, and the
    Notification rows keep a member from hearing of it twice across two periods.
    """
    today = timezone.localdate(until)
    return [
        Item(
            kind="library",
            # The address names the item (its kind and slug); hashed to fit the key column.
            key="library:" + sha256(item.url.removeprefix(settings.SITE_URL).encode()).hexdigest(),
            title=item.title,
            url=item.url,
            date=start_of_day(item.date),
            summary=item.summary,
        )
        for item in items_since(member, since, today + timedelta(days=1))
        if item.date <= today
    ]


def _shortened(text: str, length: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


SOURCES = [
    Source(
        kind="new_meeting",
        label="Een nieuwe bijeenkomst is aangekondigd",
        heading="Nieuwe bijeenkomsten",
        subject="Nieuwe bijeenkomst",
        default=Frequency.DIGEST,
        items=new_meetings,
    ),
    Source(
        kind="registration_open",
        label="Aanmelden voor een bijeenkomst kan",
        heading="Aanmelden kan",
        subject="Aanmelden kan",
        default=Frequency.DIGEST,
        items=opened_registrations,
    ),
    Source(
        kind="report",
        label="Een verslag is gepubliceerd",
        heading="Nieuwe verslagen",
        subject="Nieuw verslag",
        default=Frequency.DIGEST,
        items=published_reports,
    ),
    Source(
        kind="factsheet",
        label="Een factsheet is gepubliceerd",
        heading="Nieuwe factsheets",
        subject="Nieuwe factsheet",
        default=Frequency.DIGEST,
        items=published_factsheets,
    ),
    Source(
        kind="project_update",
        label="Nieuws uit een project waar ik aan meedoe",
        heading="Nieuws uit je projecten",
        subject="Projectnieuws",
        default=Frequency.DIGEST,
        items=project_updates,
    ),
    Source(
        kind="theme",
        label="Een thema dat ik steun staat op de agenda of is besproken",
        heading="Thema's die je steunt",
        subject="Thema dat je steunt",
        default=Frequency.DIRECT,
        items=supported_themes,
    ),
    Source(
        kind="library",
        label="Nieuw in de kennisbank of in het nieuws",
        heading="Nieuw in de kennisbank en het nieuws",
        subject="Nieuw in de kennisbank",
        default=Frequency.DIGEST,
        items=library_items,
    ),
]
SOURCES_BY_KIND = {source.kind: source for source in SOURCES}
