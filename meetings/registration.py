"""Registering for meetings: the only code that changes the status of a registration.

Every change runs in one transaction that starts by locking the meeting's row
(`SELECT ... FOR UPDATE`). Registrations, cancellations and promotions for one meeting
therefore happen one after another, and each sees what the previous one committed: two
members can never both take the last place, so a meeting cannot be overbooked.

Rules:
- a confirmed place while the confirmed count is below the capacity (or there is no
  capacity), otherwise a place on the waiting list; the capacity counts every confirmed
  registration, on site and online alike (as the model's own check does);
- the waiting list is ordered by (registered_at, pk); registering again after cancelling
  reuses the member's row with a new registered_at, at the end of the queue;
- when a place frees up before the meeting starts, the first on the waiting list moves up
  (status confirmed, promoted_at set) and gets an e-mail; raising the capacity does the same
  through `fill_from_waiting_list`;
- refusals raise `RegistrationRefused` with a Dutch message for the member.

E-mails are sent after the transaction commits, so a rolled-back change never mails anyone,
and a failing mail server never undoes a registration.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, When
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format

from meetings.calendar import meeting_calendar
from meetings.models import Meeting, Registration
from members.roles import is_approved_member

Status = Registration.Status
Attendance = Registration.Attendance


class RegistrationRefused(Exception):
    """A registration or cancellation the rules don't allow; `message` is Dutch, for members."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


# -- Asking ---------------------------------------------------------------------------------


def offered_attendances(meeting) -> list[str]:
    """Return the ways of taking part that the meeting's format offers."""
    offered = []
    if meeting.offers_on_site:
        offered.append(Attendance.ON_SITE)
    if meeting.offers_online:
        offered.append(Attendance.ONLINE)
    return offered


def with_waiting_position(registrations):
    """Annotate `waiting_position` (1 = next in line; None when not waiting), in one query."""
    ahead = (
        Registration.objects.filter(meeting=OuterRef("meeting"), status=Status.WAITING)
        .filter(
            Q(registered_at__lt=OuterRef("registered_at"))
            | Q(registered_at=OuterRef("registered_at"), pk__lte=OuterRef("pk"))
        )
        .order_by()
        .values("meeting")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return registrations.annotate(
        waiting_position=Case(
            When(status=Status.WAITING, then=Subquery(ahead, output_field=IntegerField())),
            default=None,
        )
    )


def waiting_position(registration) -> int | None:
    """Return the registration's place on the waiting list (1 = next), or None."""
    if registration.status != Status.WAITING:
        return None
    return (
        Registration.objects.filter(meeting_id=registration.meeting_id, status=Status.WAITING)
        .filter(
            Q(registered_at__lt=registration.registered_at)
            | Q(registered_at=registration.registered_at, pk__lte=registration.pk)
        )
        .count()
    )


def confirmed_count(meeting) -> int:
    """Return the number of confirmed places; uses `Meeting.objects.with_confirmed_count()`."""
    annotated = getattr(meeting, "confirmed_count", None)
    if annotated is not None:
        return annotated
    return meeting.registrations.confirmed().count()


@dataclass(frozen=True)
class RegistrationState:
    """What a viewer can do about a meeting: a short Dutch label and the action to offer.

    `action` is "register", "cancel", "login" or None.
    """

    code: str
    label: str
    action: str | None = None

    @property
    def shows_button(self) -> bool:
        return self.action is not None


def registration_state(meeting, user, registration=None, *, confirmed=None) -> RegistrationState:
    """Return the state of `meeting` for `user`, given their registration (or None).

    For lists of meetings (the home page): `label` is a short Dutch sentence, `shows_button`
    says whether to offer an action. Runs no query, except counting the confirmed places
    when registration is open and neither `confirmed` is given nor the meeting comes from
    `Meeting.objects.with_confirmed_count()`.
    """
    now = timezone.now()
    active = registration if registration and registration.status != Status.CANCELLED else None
    if meeting.is_cancelled:
        return RegistrationState("cancelled", "Deze bijeenkomst gaat niet door.")
    if meeting.has_ended(now) or meeting.status == Meeting.Status.HELD:
        return RegistrationState("ended", "Deze bijeenkomst is voorbij.")
    if active and active.status == Status.CONFIRMED:
        how = active.get_attendance_display().lower()
        return RegistrationState("confirmed", f"Je bent aangemeld ({how}).", "cancel")
    if active:
        return RegistrationState("waiting", "Je staat op de wachtlijst.", "cancel")
    if meeting.registration_opens_at and now < meeting.registration_opens_at:
        opens = _local(meeting.registration_opens_at)
        return RegistrationState("not_open", f"Aanmelden kan vanaf {opens}.")
    if not meeting.registration_is_open(now):
        return RegistrationState("closed", "Aanmelden is gesloten.")
    if not user.is_authenticated:
        return RegistrationState("login", "Log in om je aan te melden.", "login")
    if not is_approved_member(user):
        return RegistrationState(
            "pending", "Je kunt je aanmelden zodra een trekker je account heeft goedgekeurd."
        )
    if confirmed is None and meeting.capacity is not None:
        confirmed = confirmed_count(meeting)
    if meeting.capacity is not None and confirmed >= meeting.capacity:
        return RegistrationState(
            "full", "Deze bijeenkomst is vol. Meld je aan voor de wachtlijst.", "register"
        )
    return RegistrationState("open", "Je kunt je aanmelden.", "register")


def _local(moment) -> str:
    return date_format(timezone.localtime(moment), "j F Y \\o\\m H:i")


# -- Changing -------------------------------------------------------------------------------


def register(meeting, user, attendance=None) -> tuple[Registration, bool]:
    """Register `user` for `meeting`: a confirmed place while there is room, else waiting.

    `attendance` may be left out when the format offers one way only. Returns the
    registration and whether anything changed; a member who is already registered (or
    waiting) gets the existing registration back, unchanged, with False.
    """
    if not is_approved_member(user):
        raise RegistrationRefused(
            "Je kunt je aanmelden zodra een trekker je account heeft goedgekeurd.", "pending"
        )
    with transaction.atomic():
        meeting = _lock(meeting)
        # Taken under the lock, so the queue follows the order in which members got in.
        now = timezone.now()
        registration = Registration.objects.filter(meeting=meeting, user=user).first()
        if registration and registration.status != Status.CANCELLED:
            return registration, False
        _check_open(meeting, now)
        attendance = _checked_attendance(meeting, attendance)
        # Places freed while nobody moved up (a raised capacity) go to the queue first.
        promoted = _promote_waiting(meeting, now)
        status = Status.CONFIRMED if _has_room(meeting) else Status.WAITING
        if registration is None:
            registration = Registration(meeting=meeting, user=user)
        registration.meeting = meeting
        registration.status = status
        registration.attendance = attendance
        registration.registered_at = now
        registration.cancelled_at = None
        registration.promoted_at = None
        registration.save()
        registration.waiting_position = waiting_position(registration)
        _mail_after_commit(
            "registration_confirmed" if status == Status.CONFIRMED else "registration_waiting",
            registration,
        )
        _mail_promoted_after_commit(promoted)
    return registration, True


def cancel(meeting, user) -> Registration:
    """Cancel the member's registration; a freed place goes to the first on the waiting list."""
    with transaction.atomic():
        meeting = _lock(meeting)
        now = timezone.now()
        registration = (
            Registration.objects.filter(meeting=meeting, user=user)
            .exclude(status=Status.CANCELLED)
            .first()
        )
        if registration is None:
            raise RegistrationRefused(
                "Je bent niet aangemeld voor deze bijeenkomst.", "not_registered"
            )
        if meeting.has_ended(now):
            raise RegistrationRefused(
                "Deze bijeenkomst is al voorbij. Afmelden kan niet meer.", "ended"
            )
        registration.meeting = meeting
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = _promote_waiting(meeting, now)
        _mail_after_commit("registration_cancelled", registration)
        _mail_promoted_after_commit(promoted)
    return registration


def cancel_registration(registration) -> Registration:
    """Cancel a registration on the member's behalf (a trekker in the admin)."""
    return cancel(registration.meeting, registration.user)


def fill_from_waiting_list(meeting) -> list[Registration]:
    """Move waiting members up while there is room (after a trekker raised the capacity)."""
    with transaction.atomic():
        meeting = _lock(meeting)
        promoted = _promote_waiting(meeting, timezone.now())
        _mail_promoted_after_commit(promoted)
    return promoted


def delete_registrations(registrations) -> int:
    """Delete registrations (account deletion, a trekker), moving waiting members up.

    Returns the number deleted. Meetings are locked in primary key order, so two deletions
    spanning the same meetings cannot deadlock.
    """
    now = timezone.now()
    deleted = 0
    with transaction.atomic():
        meeting_ids = sorted(set(registrations.values_list("meeting_id", flat=True)))
        for meeting_id in meeting_ids:
            meeting = _lock(Meeting(pk=meeting_id))
            count, _ = registrations.filter(meeting_id=meeting_id).delete()
            deleted += count
            _mail_promoted_after_commit(_promote_waiting(meeting, now))
    return deleted


def _lock(meeting) -> Meeting:
    return Meeting.objects.select_for_update().get(pk=meeting.pk)


def _check_open(meeting, now) -> None:
    if meeting.is_cancelled:
        raise RegistrationRefused(
            "Deze bijeenkomst gaat niet door. Aanmelden kan niet meer.", "cancelled"
        )
    if meeting.has_ended(now) or meeting.status == Meeting.Status.HELD:
        raise RegistrationRefused("Deze bijeenkomst is al voorbij.", "ended")
    if meeting.registration_opens_at and now < meeting.registration_opens_at:
        raise RegistrationRefused(
            f"Aanmelden kan nog niet. Dat kan vanaf {_local(meeting.registration_opens_at)}.",
            "not_open",
        )
    if not meeting.registration_is_open(now):
        raise RegistrationRefused(
            "Aanmelden is gesloten. Neem contact op met de trekkers als je toch wilt komen.",
            "closed",
        )


def _checked_attendance(meeting, attendance) -> str:
    offered = offered_attendances(meeting)
    if not attendance and len(offered) == 1:
        return offered[0]
    if attendance in offered:
        return attendance
    if meeting.format == Meeting.Format.ONLINE:
        message = "Deze bijeenkomst is alleen online. Kies online deelname."
    elif meeting.format == Meeting.Format.ON_SITE:
        message = "Deze bijeenkomst is alleen op locatie. Kies deelname op locatie."
    else:
        message = "Kies of je op locatie of online meedoet."
    raise RegistrationRefused(message, "attendance")


def _has_room(meeting) -> bool:
    if meeting.capacity is None:
        return True
    return meeting.registrations.confirmed().count() < meeting.capacity


def _promote_waiting(meeting, now) -> list[Registration]:
    """Confirm the first waiting members while there is room; the caller holds the lock."""
    if meeting.is_cancelled or now >= meeting.starts_at:
        return []
    waiting = Registration.objects.filter(meeting=meeting).waiting().select_related("user")
    if meeting.capacity is not None:
        room = meeting.capacity - meeting.registrations.confirmed().count()
        if room <= 0:
            return []
        waiting = waiting[:room]
    promoted = list(waiting)
    for registration in promoted:
        registration.meeting = meeting
        registration.status = Status.CONFIRMED
        registration.promoted_at = now
    Registration.objects.bulk_update(promoted, ["status", "promoted_at"])
    return promoted


# -- E-mail ---------------------------------------------------------------------------------

SUBJECTS = {
    "registration_confirmed": "Je bent aangemeld: {title}",
    "registration_waiting": "Je staat op de wachtlijst: {title}",
    "registration_cancelled": "Je bent afgemeld: {title}",
    "registration_promoted": "Er is een plek vrij: je bent aangemeld voor {title}",
}
# Mails that carry the meeting as a calendar file: only when the member has a place.
WITH_CALENDAR = {"registration_confirmed", "registration_promoted"}


def _mail_after_commit(kind: str, registration) -> None:
    transaction.on_commit(lambda: registration_email(kind, registration).send(), robust=True)


def _mail_promoted_after_commit(promoted) -> None:
    for registration in promoted:
        _mail_after_commit("registration_promoted", registration)


def registration_email(kind: str, registration) -> EmailMessage:
    """Build the e-mail of `kind` (a key of SUBJECTS) to the registered member."""
    meeting, member = registration.meeting, registration.user
    context = {
        "registration": registration,
        "meeting": meeting,
        "member": member,
        "meeting_url": settings.SITE_URL + meeting.get_absolute_url(),
        "calendar_attached": kind in WITH_CALENDAR,
        "waiting_position": getattr(registration, "waiting_position", None),
    }
    message = EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + SUBJECTS[kind].format(title=meeting.title),
        body=render_to_string(f"meetings/email/{kind}.txt", context),
        to=[member.email],
    )
    if kind in WITH_CALENDAR:
        calendar = meeting_calendar(
            [meeting],
            name=meeting.title,
            include_online_link=registration.attendance == Attendance.ONLINE,
        )
        message.attach(f"{meeting.slug}.ics", calendar.to_ical(), "text/calendar")
    return message
