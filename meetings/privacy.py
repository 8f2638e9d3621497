"""The personal data this app holds about a member (AVG): for `Mijn gegevens` and deletion.

Contract used by members: `personal_data(user)` returns JSON-ready data about the user only;
`erase_personal_data(user)` removes it, keeping published content (credited to "oud-lid").

Here that is the member's registrations, cancelled ones included, with the reminders sent for
them; the mails trekkers sent them (`MailingRecipient`); and whether they have a personal
calendar address (never the token itself: the export may be stored anywhere). Erasing deletes them
through `meetings.services`, so a confirmed place that frees up goes to the first
member on the waiting list, who is told by e-mail. Reports written by the member stay,
without their name (`Report.author` is SET_NULL).
"""

from meetings.models import CalendarLink, MailingRecipient, Registration, Reminder
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
        "reminders": [
            {
                "meeting": reminder.registration.meeting.title,
                "days_before": reminder.days_before,
                "sent_at": reminder.created_at.isoformat(),
            }
            for reminder in Reminder.objects.filter(registration__user=user)
            .select_related("registration__meeting")
            .order_by("created_at", "pk")
        ],
        "mails_from_trekkers": [
            {
                "meeting": row.mailing.meeting.title,
                "subject": row.mailing.subject,
                "sent_at": row.mailing.created_at.isoformat(),
            }
            for row in MailingRecipient.objects.filter(user=user)
            .select_related("mailing__meeting")
            .order_by("mailing__created_at", "pk")
        ],
        "personal_calendar_address_made_at": _iso(
            CalendarLink.objects.filter(user=user).values_list("created_at", flat=True).first()
        ),
    }


def erase_personal_data(user) -> None:
    """Delete the member's registrations (and so their reminders), calendar link and mailing
    rows; waiting members move up into freed places."""
    delete_registrations(Registration.objects.filter(user=user))
    CalendarLink.objects.filter(user=user).delete()
    MailingRecipient.objects.filter(user=user).delete()


def _iso(moment):
    return moment.isoformat() if moment else None
