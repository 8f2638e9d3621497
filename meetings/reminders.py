"""Reminders before a meeting, at the moments the trekker set (`Meeting.reminder_days`).

The periodic job (`meetings.tasks.send_meeting_reminders`, every 15 minutes) calls
`send_due_reminders`. A moment "N days before" is due once `starts_at - N days` has passed.
Who gets what:
- a confirmed registrant: the practical details (date and time in Europe/Amsterdam, place and
  address, and for online participants of an online or hybrid meeting the online link);
- someone on the waiting list: that they still wait, and their position;
- nobody for a cancelled (or held, or started) meeting, a cancelled registration or an
  inactive account.

Exactly once: a `Reminder` row per registration and moment is written in the same
transaction as the queued mail, under a lock on the meeting's row, and a unique constraint
backs it up. A worker that dies mid-run rolls back both; a second run finds the rows.

Not late in a silly way: a moment is skipped for a registration made after it (the
confirmation mail just told them everything), and a moment more than LATE_LIMIT ago (the
worker was down) is no longer sent. When several moments are due at once for one person,
only the latest (the one closest to the meeting) goes out.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from leernetwerk.mail import send_mail
from meetings.models import Meeting, Registration, Reminder
from meetings.models.meeting import MAX_REMINDER_DAYS
from meetings.services import with_waiting_position

# A reminder that could not go out within this time after its moment is not sent any more.
LATE_LIMIT = timedelta(hours=12)

Status = Registration.Status


def due_moments(meeting, now) -> list[int]:
    """The meeting's reminder moments (days before) that are due at `now`, latest first."""
    due = []
    for days in sorted(set(meeting.reminder_days or [])):
        moment = meeting.starts_at - timedelta(days=days)
        if moment <= now < moment + LATE_LIMIT:
            due.append(days)
    return due


def send_due_reminders(now=None) -> int:
    """Queue every reminder due at `now`; return how many were queued."""
    now = now or timezone.now()
    candidates = (
        Meeting.objects.filter(
            status=Meeting.Status.PLANNED,
            starts_at__gt=now,
            starts_at__lte=now + timedelta(days=MAX_REMINDER_DAYS) + LATE_LIMIT,
        )
        .exclude(reminder_days=[])
        .order_by("starts_at", "pk")
    )
    queued = 0
    for meeting in candidates:
        if due_moments(meeting, now):
            queued += _remind(meeting, now)
    return queued


def _remind(meeting, now) -> int:
    with transaction.atomic():
        # The lock makes two runs (or a run and a registration) take turns.
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.status != Meeting.Status.PLANNED or meeting.starts_at <= now:
            return 0
        due = due_moments(meeting, now)
        if not due:
            return 0
        registrations = with_waiting_position(
            meeting.registrations.active().filter(user__is_active=True).select_related("user")
        )
        sent_moments = {}
        for registration_id, days in Reminder.objects.filter(
            registration__meeting=meeting, days_before__in=due
        ).values_list("registration_id", "days_before"):
            sent_moments.setdefault(registration_id, set()).add(days)
        queued = 0
        for registration in registrations:
            days = _moment_for(registration, meeting, due, sent_moments.get(registration.pk, set()))
            if days is None:
                continue
            registration.meeting = meeting
            mail = _queue_reminder(registration, days)
            Reminder.objects.create(
                registration=registration,
                days_before=days,
                status=registration.status,
                mail=mail,
                created_at=now,
            )
            queued += 1
        return queued


def _moment_for(registration, meeting, due, already_sent) -> int | None:
    """The moment to remind this registration of now, or None.

    `due` is latest first: the latest moment made before the registration was, unless it
    (or a later one) was sent already.
    """
    for days in due:
        if days in already_sent:
            return None
        if registration.registered_at < meeting.starts_at - timedelta(days=days):
            return days
    return None


def _queue_reminder(registration, days):
    meeting, member = registration.meeting, registration.user
    waiting = registration.status == Status.WAITING
    context = {
        "meeting": meeting,
        "member": member,
        "registration": registration,
        "days_before": days,
        "waiting_position": registration.waiting_position,
        "meeting_url": settings.SITE_URL + meeting.get_absolute_url(),
        "online_link": (
            meeting.online_url
            if meeting.online_url
            and meeting.offers_online
            and registration.attendance == Registration.Attendance.ONLINE
            else ""
        ),
    }
    if waiting:
        subject = f"Je staat nog op de wachtlijst: {meeting.title}"
        template = "meetings/email/reminder_waiting.txt"
    else:
        subject = f"Herinnering: {meeting.title}"
        template = "meetings/email/reminder.txt"
    return send_mail(member.email, subject, template, context)
