"""The meeting pages: the list with its archive, a meeting with its report, the factsheets."""

from collections import defaultdict
from itertools import groupby

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from taggit.models import TaggedItem

from leernetwerk.files import serve_protected_file
from meetings.filters import MeetingFilterForm
from meetings.models import AgendaItem, Factsheet, Meeting, Registration, Report
from meetings.services import own_registration, viewer_state
from members.roles import is_approved_member, is_trekker
from participation.meeting_page import participation_context

ARCHIVE_PAGE_SIZE = 20
FACTSHEET_PAGE_SIZE = 20
NEXT_MEETINGS_SHOWN = 3


def _listed_meetings():
    """Meetings as the list shows them: confirmed counts, and whether a report is out."""
    return Meeting.objects.with_confirmed_count().annotate(
        has_report=Exists(Report.objects.published().filter(meeting=OuterRef("pk")))
    )


def _attach_themes(meetings):
    """Give each meeting `theme_list`, its themes A to Z, with one query for all of them."""
    # Cheaper than prefetch_related("themes"), which builds a queryset per meeting.
    themes = defaultdict(list)
    tagged_items = (
        TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Meeting),
            object_id__in=[meeting.pk for meeting in meetings],
        )
        .select_related("tag")
        .order_by("tag__name")
    )
    for tagged_item in tagged_items:
        themes[tagged_item.object_id].append(tagged_item.tag)
    for meeting in meetings:
        meeting.theme_list = themes[meeting.pk]


def _query_string_without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def meeting_list(request):
    now = timezone.now()
    form = MeetingFilterForm(request.GET or None, themes=MeetingFilterForm.themes_in_use())
    meetings = form.filter(_listed_meetings())
    archive_page = Paginator(meetings.past(now), ARCHIVE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    # Upcoming meetings head the first page only; later pages continue the archive.
    upcoming = list(meetings.announced(now)) if archive_page.number == 1 else []
    archived = list(archive_page.object_list)
    _attach_themes([*upcoming, *archived])
    for meeting in upcoming:
        meeting.state = viewer_state(meeting, now=now)
    archive_years = [
        (year, list(group))
        for year, group in groupby(archived, key=lambda m: timezone.localtime(m.starts_at).year)
    ]
    return render(
        request,
        "meetings/meeting_list.html",
        {
            "form": form,
            "is_filtered": form.is_filtered(),
            "upcoming": upcoming,
            "archive_years": archive_years,
            "page_obj": archive_page,
            "query_string": _query_string_without_page(request),
        },
    )


def _report_for(meeting, viewer):
    """Return the meeting's report when the viewer may read it, with its parts; else None.

    Trekkers also get a draft or a report whose publication moment lies ahead, to preview it.
    """
    # Its parts (subgroups, reflections, follow-ups, sections) are read by the template, one
    # query each, inside a fragment kept per content version: a kept report reads none.
    reports = Report.objects.filter(meeting=meeting)
    if not is_trekker(viewer):
        reports = reports.published()
    return reports.first()


def _factsheets_for(viewer):
    """Published factsheets; trekkers also get those whose publication date lies ahead."""
    return Factsheet.objects.all() if is_trekker(viewer) else Factsheet.objects.published()


def meeting_page_context(request, slug, **extra):
    """Return everything the meeting page shows, each related list fetched once; 404 if unknown.

    Views that answer on the meeting page (such as a refused registration) render
    "meetings/meeting_detail.html" with this context and their own `extra` items.
    """
    now = timezone.now()
    viewer = request.user
    meetings = Meeting.objects.with_confirmed_count().prefetch_related(
        "themes",
        "goals",
        "good_to_know",
        Prefetch(
            "agenda_items",
            queryset=AgendaItem.objects.select_related("presenter_profile__user"),
        ),
        Prefetch("factsheets", queryset=_factsheets_for(viewer)),
        "reserved_places",
    )
    meeting = get_object_or_404(meetings, slug=slug)
    viewer_is_member = is_approved_member(viewer)
    for item in meeting.agenda_items.all():
        # Profiles are members-only, and a hidden profile is not to be linked at all.
        profile = item.presenter_profile
        item.profile_url = (
            profile.get_absolute_url()
            if viewer_is_member and profile and profile.can_be_seen_by(viewer)
            else ""
        )
    registration = own_registration(meeting, viewer)
    report = _report_for(meeting, viewer)
    return {
        "meeting": meeting,
        "state": viewer_state(meeting, viewer, registration, now=now),
        "registration": registration,
        # The link to join online reaches no page but a confirmed registrant's.
        "online_url": meeting.online_url
        if registration and registration.status == Registration.Status.CONFIRMED
        else "",
        "report": report,
        "report_is_preview": bool(report and not report.is_visible(now)),
        "factsheets": meeting.factsheets.all(),
        "today": timezone.localdate(),
        "next_meetings": Meeting.objects.upcoming(now).exclude(pk=meeting.pk)[:NEXT_MEETINGS_SHOWN],
        "viewer_is_member": viewer_is_member,
        "viewer_is_trekker": is_trekker(viewer),
        **participation_context(meeting, viewer, report),
        **extra,
    }


def meeting_detail(request, slug):
    return render(request, "meetings/meeting_detail.html", meeting_page_context(request, slug))


def factsheet_list(request):
    factsheets = (
        Factsheet.objects.published()
        .filter(kind=Factsheet.Kind.FACTSHEET)
        .select_related("meeting")
        .order_by("-published_on", "title")
    )
    page = Paginator(factsheets, FACTSHEET_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "meetings/factsheet_list.html",
        {"page_obj": page, "factsheets": page.object_list},
    )


def factsheet_download(request, slug):
    """Serve the PDF under its readable name; not before its publication date, but to trekkers."""
    factsheet = get_object_or_404(_factsheets_for(request.user), slug=slug)
    return serve_protected_file(
        request,
        factsheet.file,
        filename=factsheet.download_name(),
        as_attachment=True,
        public=factsheet.is_published(),
    )
