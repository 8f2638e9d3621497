"""The blocks of the home page: what is going on in the network right now.

Each block is one small function with a fixed number of queries, whatever the amount of data,
and each may come back empty: the template then shows the block's empty state.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import MD5, Coalesce, Concat
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from glossary.models import Entry, Label
from meetings.models import Factsheet, Meeting, Registration, Report
from members.roles import is_approved_member
from projects.models import Project, Theme

SHOWN_PER_BLOCK = 4
SHOWN_REGISTRATIONS = 6


def highlighted_term(today: datetime.date):
    """Return an established entry with a discouraged term, a different one each day.

    Queries: the entry (with its preferred term), its discouraged labels.
    """
    return (
        Entry.objects.established()
        .with_preferred_term()
        .filter(Exists(Label.objects.discouraged().filter(entry=OuterRef("pk"))))
        .annotate(daily_pick=MD5(Concat("slug", Value(today.isoformat()))))
        .order_by("daily_pick")
        .prefetch_related(
            Prefetch(
                "labels",
                queryset=Label.objects.discouraged().order_by("text"),
                to_attr="discouraged",
            )
        )
        .first()
    )


def running_projects():
    """Return a few running Klein-maar-Fijn projects, most recently started first (1 query)."""
    return list(Project.objects.running().order_by("-starts_on", "title")[:SHOWN_PER_BLOCK])


def proposed_themes():
    """Return the proposed member themes with the most support first (1 query)."""
    return list(
        Theme.objects.proposed()
        .with_support_count()
        .order_by("-support_count", "-proposed_at")[:SHOWN_PER_BLOCK]
    )


def latest_reports(now=None):
    """Return the most recently published meeting reports (1 query)."""
    return list(
        Report.objects.published(now)
        .select_related("meeting")
        .order_by("-published_at", "-pk")[:SHOWN_PER_BLOCK]
    )


def latest_factsheets(today=None):
    """Return the most recently published factsheets, attachments left out (1 query)."""
    return list(
        Factsheet.objects.published(today)
        .filter(kind=Factsheet.Kind.FACTSHEET)
        .select_related("meeting")
        .order_by("-published_on", "title")[:SHOWN_PER_BLOCK]
    )


# -- Meetings and registrations ------------------------------------------------------------


def _waiting_position():
    """Annotation: the place of a waiting registration in its meeting's queue (1 = next)."""
    ahead = (
        Registration.objects.waiting()
        .filter(meeting=OuterRef("meeting"))
        .filter(
            Q(registered_at__lt=OuterRef("registered_at"))
            | Q(registered_at=OuterRef("registered_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("meeting")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(ahead, output_field=IntegerField()), 0) + 1


def upcoming_registrations(user, now=None):
    """Return the member's registrations for meetings still to come, soonest first (1 query).

    Confirmed places and places on the waiting list (with `waiting_position`); cancelled
    registrations are left out. Anyone but an approved member gets an empty list.
    """
    if not is_approved_member(user):
        return []
    return list(
        Registration.objects.active()
        .filter(user=user, meeting__ends_at__gte=now or timezone.now())
        .select_related("meeting")
        .annotate(waiting_position=_waiting_position())
        .order_by("meeting__starts_at", "pk")[:SHOWN_REGISTRATIONS]
    )


def next_meeting(now=None):
    """Return the next meeting that goes ahead, with its number of confirmed places (1 query)."""
    return Meeting.objects.upcoming(now).with_confirmed_count().first()


@dataclass(frozen=True)
class RegistrationState:
    """What the home page says about registering for a meeting, and the button it offers."""

    key: str  # registered, waiting, open, full, not_yet_open, closed, cancelled, ...
    message: str
    button_label: str = ""
    button_url: str = ""


def registration_state(meeting, user, registration=None, now=None) -> RegistrationState:
    """Return the state of `meeting` for this viewer; the form itself is on the meeting page.

    `registration` is the viewer's own active registration for the meeting, if any (with
    `waiting_position` when waiting). No queries: the meeting carries `confirmed_count`.
    """
    now = now or timezone.now()
    form_url = f"{meeting.get_absolute_url()}#aanmelden"
    if meeting.is_cancelled:
        return RegistrationState("cancelled", "Deze bijeenkomst gaat niet door.")
    if registration is not None and registration.status == Registration.Status.CONFIRMED:
        return RegistrationState(
            "registered", "Je bent aangemeld.", "Bekijk je aanmelding", form_url
        )
    if registration is not None and registration.status == Registration.Status.WAITING:
        return RegistrationState(
            "waiting",
            f"Je staat op de wachtlijst, op plaats {registration.waiting_position}.",
            "Bekijk je aanmelding",
            form_url,
        )
    if meeting.has_ended(now) or meeting.status == Meeting.Status.HELD:
        return RegistrationState("ended", "Deze bijeenkomst is voorbij.")
    if meeting.registration_opens_at and now < meeting.registration_opens_at:
        opens = date_format(timezone.localtime(meeting.registration_opens_at), "j F Y")
        return RegistrationState("not_yet_open", f"Aanmelden kan vanaf {opens}.")
    if not meeting.registration_is_open(now):
        return RegistrationState("closed", "Aanmelden is gesloten.")
    # `confirmed_count` comes from `Meeting.objects.with_confirmed_count()`.
    full = meeting.capacity is not None and meeting.confirmed_count >= meeting.capacity
    if not user.is_authenticated:
        login_url = f"{reverse('account_login')}?{urlencode({'next': meeting.get_absolute_url()})}"
        button = ("Log in om je aan te melden", login_url)
    elif not is_approved_member(user):
        button = ()
    elif full:
        button = ("Aanmelden voor de wachtlijst", form_url)
    else:
        button = ("Aanmelden", form_url)
    if full:
        message = "Vol: wie zich nu aanmeldt, komt op de wachtlijst."
    else:
        closes = date_format(timezone.localtime(meeting.registration_closes()), "j F Y")
        message = f"Aanmelden kan tot {closes}."
        if meeting.capacity is not None:
            left = meeting.capacity - meeting.confirmed_count
            message += f" Nog {left} plek{'' if left == 1 else 'ken'} vrij."
    if user.is_authenticated and not is_approved_member(user):
        message += " Aanmelden kan zodra een trekker je account heeft goedgekeurd."
    return RegistrationState("full" if full else "open", message, *button)


@dataclass(frozen=True)
class NextMeeting:
    meeting: Meeting
    state: RegistrationState


def next_meeting_block(user, registrations, now=None) -> NextMeeting | None:
    """Return the next meeting with its registration state for this viewer (1 query).

    `registrations` are the viewer's upcoming ones (`upcoming_registrations`): the own
    registration for the next meeting is taken from them, so members need no extra query.
    """
    meeting = next_meeting(now)
    if meeting is None:
        return None
    own = next((r for r in registrations if r.meeting_id == meeting.pk), None)
    return NextMeeting(meeting, registration_state(meeting, user, own, now))
