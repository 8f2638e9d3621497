"""Registering for meetings: the only code that changes the status of a registration.

It also owns what a viewer sees of a meeting's registration (`viewer_state`, built on
`Meeting.registration_window`) and looks up the viewer's own registration.

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
from django.db import transaction
from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, When
from django.utils import timezone
from django.utils.formats import date_format

from leernetwerk.mail import send_mail
from leernetwerk.page_cache import content_changed
from meetings.calendar import invitation, meeting_calendar
from meetings.models import Meeting, Registration
from members.roles import is_approved_member
from participation.services import has_reserved_places, places_held_for_others

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


def own_registration(meeting, user) -> Registration | None:
    """Return the viewer's registration for `meeting`, cancelled ones included (1 query).

    Anyone but an approved member gets None without a query.
    """
    if not is_approved_member(user):
        return None
    return Registration.objects.filter(meeting=meeting, user=user).first()


Window = Meeting.RegistrationWindow


@dataclass(frozen=True)
class ViewerState:
    """A meeting's registration state as one viewer sees it.

    `window` is the meeting's registration window, the same for everyone; `label` is its
    short Dutch badge. `code` is the window's value, or where the viewer matters "confirmed",
    "waiting", "login" or "pending"; `sentence` says it in full, for panels and the home page.
    `action` is "register", "cancel", "login" or None.
    """

    window: str
    code: str
    label: str
    sentence: str
    action: str | None = None

    @property
    def shows_button(self) -> bool:
        return self.action is not None


def viewer_state(meeting, user=None, registration=None, *, now=None) -> ViewerState:
    """Return the state of `meeting` for `user`, given their registration (or None).

    Built on `meeting.registration_window()`, so it runs no query when the meeting comes from
    `Meeting.objects.with_confirmed_count()`. Without a `user` (lists for everyone) the code
    is the window's own.
    """
    now = now or timezone.now()
    window = meeting.registration_window(now)
    label = window.label
    if window == Window.NOT_OPEN:
        label = f"Aanmelden kan vanaf {_local(meeting.registration_opens_at, 'j F')}"

    def state(code, sentence, action=None):
        return ViewerState(window.value, str(code), label, sentence, action)

    active = registration if registration and registration.status != Status.CANCELLED else None
    if window == Window.CANCELLED:
        return state(window, "Deze bijeenkomst gaat niet door.")
    if window == Window.ENDED:
        return state(window, "Deze bijeenkomst is voorbij.")
    if active and active.status == Status.CONFIRMED:
        how = active.get_attendance_display().lower()
        return state("confirmed", f"Je bent aangemeld ({how}).", "cancel")
    if active:
        return state("waiting", "Je staat op de wachtlijst.", "cancel")
    if window == Window.NOT_OPEN:
        return state(window, f"Aanmelden kan vanaf {_local(meeting.registration_opens_at)}.")
    if window == Window.CLOSED:
        return state(window, "Aanmelden is gesloten.")
    if user is not None and not user.is_authenticated:
        return state("login", "Log in om je aan te melden.", "login")
    if user is not None and not is_approved_member(user):
        return state(
            "pending", "Je kunt je aanmelden zodra een trekker je account heeft goedgekeurd."
        )
    if window == Window.FULL:
        return state(window, "Deze bijeenkomst is vol. Meld je aan voor de wachtlijst.", "register")
    return state(window, "Je kunt je aanmelden.", "register")


def _local(moment, pattern="j F Y \\o\\m H:i") -> str:
    return date_format(timezone.localtime(moment), pattern)


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
        status = Status.CONFIRMED if _has_room(meeting, user) else Status.WAITING
        again = registration is not None
        if registration is None:
            registration = Registration(meeting=meeting, user=user)
        registration.meeting = meeting
        registration.status = status
        registration.attendance = attendance
        registration.registered_at = now
        registration.cancelled_at = None
        registration.promoted_at = None
        registration.save()
        if again and status == Status.CONFIRMED:
            # Their calendar may hold the CANCEL of the earlier place: the new one outranks it.
            raise_sequence(meeting)
        registration.waiting_position = waiting_position(registration)
        _queue_mail(
            "registration_confirmed" if status == Status.CONFIRMED else "registration_waiting",
            registration,
        )
        _queue_promoted_mail(promoted)
    return registration, True


def cancel(meeting, user, *, by_trekker=False) -> Registration:
    """Cancel the member's registration; a freed place goes to the first on the waiting list.

    A member who had a place gets the cancellation as a calendar file (METHOD:CANCEL, with the
    meeting's SEQUENCE raised), so the appointment leaves their calendar.
    """
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
        if meeting.is_over(now):
            raise RegistrationRefused(
                "Deze bijeenkomst is al voorbij. Afmelden kan niet meer.", "ended"
            )
        had_place = registration.status == Status.CONFIRMED
        registration.meeting = meeting
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = _promote_waiting(meeting, now)
        if had_place:
            raise_sequence(meeting)
        _queue_mail(
            "registration_cancelled",
            registration,
            method="CANCEL" if had_place else None,
            by_trekker=by_trekker,
        )
        _queue_promoted_mail(promoted)
    return registration


def cancel_registration(registration) -> Registration:
    """Cancel a registration on the member's behalf (a trekker in the admin)."""
    return cancel(registration.meeting, registration.user, by_trekker=True)


def raise_sequence(meeting) -> None:
    """Raise the meeting's iCalendar SEQUENCE; the caller holds the lock on `meeting`'s row."""
    Meeting.objects.filter(pk=meeting.pk).update(sequence=F("sequence") + 1)
    meeting.sequence += 1


def fill_from_waiting_list(meeting) -> list[Registration]:
    """Move waiting members up while there is room (after a trekker raised the capacity)."""
    with transaction.atomic():
        meeting = _lock(meeting)
        promoted = _promote_waiting(meeting, timezone.now())
        _queue_promoted_mail(promoted)
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
            _queue_promoted_mail(_promote_waiting(meeting, now))
    return deleted


def _lock(meeting) -> Meeting:
    return Meeting.objects.select_for_update().get(pk=meeting.pk)


def _check_open(meeting, now) -> None:
    """Refuse unless the meeting's registration window takes registrations (or waiting)."""
    window = meeting.registration_window(now)
    if window == Window.CANCELLED:
        raise RegistrationRefused(
            "Deze bijeenkomst gaat niet door. Aanmelden kan niet meer.", "cancelled"
        )
    if window == Window.ENDED:
        raise RegistrationRefused("Deze bijeenkomst is al voorbij.", "ended")
    if window == Window.NOT_OPEN:
        raise RegistrationRefused(
            f"Aanmelden kan nog niet. Dat kan vanaf {_local(meeting.registration_opens_at)}.",
            "not_open",
        )
    if window == Window.CLOSED:
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


def _has_room(meeting, user) -> bool:
    """Return whether `user` may take a place: one is free and not held for another perspective."""
    if meeting.capacity is None:
        return True
    free = meeting.capacity - meeting.registrations.confirmed().count()
    return free > places_held_for_others(meeting, user)


def _promote_waiting(meeting, now) -> list[Registration]:
    """Confirm the first waiting members while there is room; the caller holds the lock."""
    if meeting.is_cancelled or now >= meeting.starts_at:
        return []
    waiting = Registration.objects.filter(meeting=meeting).waiting().select_related("user")
    if meeting.capacity is not None:
        room = meeting.capacity - meeting.registrations.confirmed().count()
        if room <= 0:
            return []
        if has_reserved_places(meeting):
            return _promote_honouring_reservations(meeting, waiting, now)
        waiting = waiting[:room]
    promoted = list(waiting)
    for registration in promoted:
        registration.meeting = meeting
        registration.status = Status.CONFIRMED
        registration.promoted_at = now
    Registration.objects.bulk_update(promoted, ["status", "promoted_at"])
    # bulk_update sends no save signals: the places left change on the public pages.
    content_changed()
    return promoted


def _promote_waiting_member(registration, meeting, now) -> None:
    registration.meeting = meeting
    registration.status = Status.CONFIRMED
    registration.promoted_at = now
    registration.save(update_fields=["status", "promoted_at"])


def _promote_honouring_reservations(meeting, waiting, now) -> list[Registration]:
    """Confirm waiting members in turn; one whose place is held for others keeps waiting."""
    promoted = []
    for registration in waiting:
        if meeting.registrations.confirmed().count() >= meeting.capacity:
            break
        if _has_room(meeting, registration.user):
            _promote_waiting_member(registration, meeting, now)
            promoted.append(registration)
    return promoted


# -- E-mail ---------------------------------------------------------------------------------

SUBJECTS = {
    "registration_confirmed": "Je bent aangemeld: {title}",
    "registration_waiting": "Je staat op de wachtlijst: {title}",
    "registration_cancelled": "Je bent afgemeld: {title}",
    "registration_promoted": "Er is een plek vrij: je bent aangemeld voor {title}",
    "meeting_changed": "Gewijzigd: {title}",
    "meeting_cancelled": "Gaat niet door: {title}",
}
# Mails that carry the meeting as a calendar file: only when the member has a place.
WITH_CALENDAR = {"registration_confirmed", "registration_promoted"}


def _queue_mail(kind: str, registration, *, method=None, **extra) -> None:
    """Queue a mail to the registered member about `kind` (a key of SUBJECTS), in the change's
    transaction: it goes out only if the change commits.

    `method` ("REQUEST" or "CANCEL") attaches the meeting as an iTIP calendar file for the
    member (`meetings.calendar.invitation`); mails in WITH_CALENDAR attach it as PUBLISH.
    """
    meeting, member = registration.meeting, registration.user
    online = registration.attendance == Attendance.ONLINE
    context = {
        "registration": registration,
        "meeting": meeting,
        "member": member,
        "meeting_url": settings.SITE_URL + meeting.get_absolute_url(),
        "calendar_attached": kind in WITH_CALENDAR or method is not None,
        "waiting_position": getattr(registration, "waiting_position", None),
        **extra,
    }
    attachments = []
    if method is not None:
        content = invitation(meeting, method, email=member.email, include_online_link=online)
        mimetype = f"text/calendar; method={method}"
        attachments.append((f"{meeting.slug}.ics", content, mimetype))
    elif kind in WITH_CALENDAR:
        calendar = meeting_calendar([meeting], name=meeting.title, include_online_link=online)
        attachments.append((f"{meeting.slug}.ics", calendar.to_ical(), "text/calendar"))
    send_mail(
        member.email,
        SUBJECTS[kind].format(title=meeting.title),
        f"meetings/email/{kind}.txt",
        context,
        attachments=attachments,
    )


def _queue_promoted_mail(promoted) -> None:
    for registration in promoted:
        _queue_mail("registration_promoted", registration)


# -- A trekker changed the meeting ------------------------------------------------------------

# What a calendar appointment holds of where and when; a change mails everyone with a place.
TIME_AND_PLACE = frozenset({"starts_at", "ends_at", "format", "venue", "address", "online_url"})


def meeting_changed(meeting, changed_fields, *, was_cancelled=False) -> int:
    """After a trekker saved `meeting`: raise its SEQUENCE and mail who must know.

    Cancelling the meeting mails everyone registered or waiting; those with a place get a
    METHOD:CANCEL calendar file. A new time or place (or a meeting that goes ahead after all)
    mails those with a place a METHOD:REQUEST with the new details. Nothing is mailed about a
    meeting that is over. Runs in the caller's transaction, under the meeting's lock, so the
    new SEQUENCE and the mails are committed together. Returns the number of mails queued.
    """
    changed = set(changed_fields)
    if not changed:
        return 0
    with transaction.atomic():
        meeting = _lock(meeting)
        raise_sequence(meeting)
        if meeting.is_over():
            return 0
        registrations = meeting.registrations.select_related("user").filter(user__is_active=True)
        if meeting.is_cancelled and "status" in changed and not was_cancelled:
            active = list(registrations.active())
            for registration in active:
                registration.meeting = meeting
                has_place = registration.status == Status.CONFIRMED
                _queue_mail(
                    "meeting_cancelled", registration, method="CANCEL" if has_place else None
                )
            return len(active)
        if meeting.is_cancelled:
            return 0
        reinstated = was_cancelled and "status" in changed
        if not (changed & TIME_AND_PLACE or reinstated):
            return 0
        confirmed = list(registrations.confirmed())
        for registration in confirmed:
            registration.meeting = meeting
            _queue_mail(
                "meeting_changed",
                registration,
                method="REQUEST",
                changed_time=bool(changed & {"starts_at", "ends_at"}),
                reinstated=reinstated,
            )
        return len(confirmed)
