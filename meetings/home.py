"""The meetings' blocks on the home page: the next meeting, own registrations, the latest reports.

Each block is one small function with a fixed number of queries, whatever the amount of data,
and each may come back empty: the template then shows the block's empty state.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone

from meetings.models import Factsheet, Meeting, Registration, Report
from meetings.services import viewer_state, with_waiting_position
from members.roles import is_approved_member

SHOWN_PER_BLOCK = 4
SHOWN_REGISTRATIONS = 6


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


def upcoming_registrations(user, now=None):
    """Return the member's registrations for meetings still to come, soonest first (1 query).

    Confirmed places and places on the waiting list (with `waiting_position`); cancelled
    registrations are left out. Anyone but an approved member gets an empty list.
    """
    if not is_approved_member(user):
        return []
    registrations = (
        Registration.objects.active()
        .filter(user=user, meeting__ends_at__gte=now or timezone.now())
        .select_related("meeting")
        .order_by("meeting__starts_at", "pk")
    )
    return list(with_waiting_position(registrations)[:SHOWN_REGISTRATIONS])


def next_meeting(now=None):
    """Return the next meeting that goes ahead, with its number of confirmed places (1 query)."""
    return Meeting.objects.upcoming(now).with_confirmed_count().first()


BUTTON_LABELS = {
    "register": "Aanmelden",
    "cancel": "Bekijk je aanmelding",
    "login": "Log in om je aan te melden",
}


@dataclass(frozen=True)
class NextMeeting:
    """The next meeting as the home page shows it: its state for the viewer and one button."""

    meeting: Meeting
    code: str  # the code of meetings.services.viewer_state
    message: str
    button_label: str = ""
    button_url: str = ""


def next_meeting_block(user, registrations, now=None) -> NextMeeting | None:
    """Return the next meeting with its registration state for this viewer (1 query).

    `registrations` are the viewer's upcoming ones (`upcoming_registrations`): the own
    registration for the next meeting is taken from them, so members need no extra query.
    The button leads to the registration form on the meeting page (or to the login first).
    """
    meeting = next_meeting(now)
    if meeting is None:
        return None
    own = next((r for r in registrations if r.meeting_id == meeting.pk), None)
    state = viewer_state(meeting, user, own, now=now)
    message = state.sentence
    if state.code == "waiting" and own.waiting_position:
        message = f"Je staat op de wachtlijst, op plaats {own.waiting_position}."
    elif state.code == "open" and meeting.capacity is not None:
        left = meeting.places_left()
        message += f" Nog {left} plek{'' if left == 1 else 'ken'} vrij."
    if not state.shows_button:
        return NextMeeting(meeting, state.code, message)
    label = BUTTON_LABELS.get(state.action, "Bekijk de bijeenkomst")
    url = f"{meeting.get_absolute_url()}#aanmelden"
    if state.action == "login":
        url = f"{reverse('account_login')}?{urlencode({'next': meeting.get_absolute_url()})}"
    elif state.code == "full":
        label = "Aanmelden voor de wachtlijst"
    return NextMeeting(meeting, state.code, message, label, url)
