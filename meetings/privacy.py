"""The personal data this app holds about a member (AVG): for `Mijn gegevens` and deletion.

Contract used by members: `personal_data(user)` returns JSON-ready data about the user only;
`erase_personal_data(user)` removes it, keeping published content (credited to "oud-lid").

Here that is the member's registrations, cancelled ones included. Erasing deletes them
through `meetings.services`, so a confirmed place that frees up goes to the first
member on the waiting list, who is told by e-mail. Reports written by the member stay,
without their name (`Report.author` is SET_NULL).
"""

from meetings.models import Registration
from meetings.services import delete_registrations


def personal_data(user) -> dict:
    registrations = Registration.objects.filter(user=user).select_related("meeting")
    return {
        "registrations": [
            {
                "meeting": registration.meeting.title,
                "meeting_starts_at": registration.meeting.starts_at.isoformat(),
                "status": registration.get_status_display(),
                "attendance": registration.get_attendance_display(),
                "registered_at": registration.registered_at.isoformat(),
                "promoted_at": _iso(registration.promoted_at),
                "cancelled_at": _iso(registration.cancelled_at),
            }
            for registration in registrations.order_by("meeting__starts_at", "pk")
        ],
    }


def erase_personal_data(user) -> None:
    """Delete the member's registrations; waiting members move up into freed places."""
    delete_registrations(Registration.objects.filter(user=user))


def _iso(moment):
    return moment.isoformat() if moment else None
