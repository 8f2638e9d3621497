"""Registration rules (meetings.services): places, waiting list, refusals and e-mails."""

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from meetings import services
from meetings.models import Meeting, Registration
from meetings.services import RegistrationRefused
from members.models import User
from tests.conftest import sent_mail
from tests.meetings.factories import make_meeting

pytestmark = pytest.mark.clock

CONFIRMED = Registration.Status.CONFIRMED
WAITING = Registration.Status.WAITING
CANCELLED = Registration.Status.CANCELLED


def make_members(count, prefix="deelnemer"):
    """Approved accounts without a password, made in one query (hashing one takes long)."""
    return User.objects.bulk_create(
        User(
            email=f"{prefix}{number}@example.org",
            first_name=f"{prefix.title()}{number}",
            approval_status=User.ApprovalStatus.APPROVED,
        )
        for number in range(count)
    )


@pytest.fixture
def people(db):
    return make_members(4)


def event_description(mail):
    [event] = Calendar.from_ical(mail.attachments[0][1]).walk("VEVENT")
    return str(event["DESCRIPTION"])


def status_of(meeting, user):
    return Registration.objects.get(meeting=meeting, user=user).status


@pytest.mark.django_db
def test_member_gets_a_confirmed_place_and_an_email_with_the_meeting_as_calendar(
    member, on_commit, mailoutbox
):
    meeting = make_meeting("Kwartaalbijeenkomst juni", capacity=10, format=Meeting.Format.ONLINE)

    registration, created = on_commit(services.register, meeting, member)

    assert created is True
    assert registration.status == CONFIRMED
    assert registration.attendance == Registration.Attendance.ONLINE
    [mail] = mailoutbox
    assert mail.to == ["lid@example.org"]
    assert "Je bent aangemeld: Kwartaalbijeenkomst juni" in mail.subject
    assert "Beste Lotte" in mail.body
    assert meeting.get_absolute_url() in mail.body
    [(filename, content, mimetype)] = mail.attachments
    assert filename == f"{meeting.slug}.ics"
    assert mimetype == "text/calendar"
    calendar = Calendar.from_ical(content)
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"meeting-{meeting.pk}@leernetwerk"
    assert str(event["SUMMARY"]) == "Kwartaalbijeenkomst juni"


@pytest.mark.django_db
def test_online_link_is_in_the_confirmation_of_online_attendees_only(member, trekker, on_commit):
    meeting = make_meeting(
        format=Meeting.Format.HYBRID, venue="Stadhuis", online_url="https://meet.example.org/x"
    )

    on_commit(services.register, meeting, member, "online")
    on_commit(services.register, meeting, trekker, "on_site")

    online, on_site = sent_mail()
    assert "https://meet.example.org/x" in online.body
    assert "https://meet.example.org/x" in event_description(online)
    assert "https://meet.example.org/x" not in on_site.body
    assert "https://meet.example.org/x" not in event_description(on_site)
    assert "Stadhuis" in on_site.body


@pytest.mark.django_db
def test_full_meeting_puts_member_on_waiting_list_with_a_notice(
    people, member, on_commit, mailoutbox
):
    meeting = make_meeting("Vol", capacity=2)
    for person in people[:3]:
        services.register(meeting, person)
    mailoutbox.clear()  # the set-up's own mails

    registration, created = on_commit(services.register, meeting, member)

    assert created is True
    assert registration.status == WAITING
    assert services.waiting_position(registration) == 2
    [mail] = mailoutbox
    assert "wachtlijst" in mail.subject
    assert "op plaats 2" in mail.body
    # No calendar file while the member has no place.
    assert mail.attachments == []


@pytest.mark.django_db
def test_meeting_without_capacity_confirms_everyone(people):
    meeting = make_meeting(capacity=None)
    statuses = {services.register(meeting, person)[0].status for person in people}
    assert statuses == {CONFIRMED}


@pytest.mark.django_db
def test_cancelling_a_place_promotes_the_first_waiting_member_who_gets_an_email(
    people, on_commit, mailoutbox
):
    meeting = make_meeting("Kennissessie", capacity=1)
    first, second, third = people[:3]
    services.register(meeting, first)
    services.register(meeting, second)
    services.register(meeting, third)
    mailoutbox.clear()  # the set-up's own mails

    on_commit(services.cancel, meeting, first)

    assert status_of(meeting, first) == CANCELLED
    assert status_of(meeting, second) == CONFIRMED
    assert status_of(meeting, third) == WAITING
    promoted = Registration.objects.get(meeting=meeting, user=second)
    assert promoted.promoted_at is not None
    assert Registration.objects.get(meeting=meeting, user=first).cancelled_at is not None
    subjects = {mail.to[0]: mail.subject for mail in mailoutbox}
    assert "afgemeld" in subjects[first.email]
    assert "plek vrij" in subjects[second.email]
    assert third.email not in subjects
    promotion = next(mail for mail in mailoutbox if mail.to == [second.email])
    assert promotion.attachments[0][2] == "text/calendar"


@pytest.mark.django_db
def test_cancelling_from_the_waiting_list_promotes_nobody(people):
    meeting = make_meeting(capacity=1)
    for person in people[:3]:
        services.register(meeting, person)
    services.cancel(meeting, people[1])
    assert status_of(meeting, people[2]) == WAITING
    assert services.waiting_position(Registration.objects.get(user=people[2])) == 1


@pytest.mark.django_db
def test_waiting_list_keeps_its_order_when_places_free_up(people, member):
    meeting = make_meeting(capacity=1)
    services.register(meeting, member)
    for person in people:
        services.register(meeting, person)
    services.cancel(meeting, member)
    assert status_of(meeting, people[0]) == CONFIRMED
    services.cancel(meeting, people[0])
    assert status_of(meeting, people[1]) == CONFIRMED
    assert [status_of(meeting, p) for p in people[2:]] == [WAITING, WAITING]


@pytest.mark.django_db
def test_registering_twice_returns_the_existing_registration_unchanged(member, mailoutbox):
    meeting = make_meeting(format=Meeting.Format.HYBRID)
    first, created = services.register(meeting, member, "on_site")
    again, created_again = services.register(meeting, member, "online")
    assert created is True and created_again is False
    assert again.pk == first.pk
    assert again.attendance == "on_site"
    assert Registration.objects.filter(meeting=meeting, user=member).count() == 1


@pytest.mark.django_db
def test_registering_again_after_cancelling_reuses_the_row_at_the_end_of_the_queue(people, member):
    meeting = make_meeting(capacity=1)
    services.register(meeting, people[0])
    services.register(meeting, member)
    services.register(meeting, people[1])
    services.cancel(meeting, member)

    registration, created = services.register(meeting, member)

    assert created is True
    assert Registration.objects.filter(meeting=meeting, user=member).count() == 1
    assert registration.status == WAITING
    assert registration.cancelled_at is None
    assert services.waiting_position(registration) == 2


@pytest.mark.django_db
def test_raising_the_capacity_and_filling_from_the_waiting_list(people, on_commit, mailoutbox):
    meeting = make_meeting(capacity=1)
    for person in people:
        services.register(meeting, person)
    meeting.capacity = 3
    meeting.save()
    mailoutbox.clear()  # the set-up's own mails

    promoted = on_commit(services.fill_from_waiting_list, meeting)

    assert [r.user for r in promoted] == people[1:3]
    assert status_of(meeting, people[3]) == WAITING
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted(p.email for p in people[1:3])


@pytest.mark.django_db
def test_a_new_registration_never_jumps_the_queue_after_the_capacity_was_raised(people, member):
    meeting = make_meeting(capacity=1)
    services.register(meeting, people[0])
    services.register(meeting, people[1])
    Meeting.objects.filter(pk=meeting.pk).update(capacity=2)

    registration, _ = services.register(meeting, member)

    assert status_of(meeting, people[1]) == CONFIRMED
    assert registration.status == WAITING


@pytest.mark.django_db
def test_no_promotion_once_the_meeting_has_started(people):
    meeting = make_meeting(capacity=1)
    services.register(meeting, people[0])
    services.register(meeting, people[1])
    Meeting.objects.filter(pk=meeting.pk).update(starts_at=timezone.now() - timedelta(minutes=5))
    services.cancel(meeting, people[0])
    assert status_of(meeting, people[1]) == WAITING


# -- Refusals --------------------------------------------------------------------------------


def refusal(meeting, user, attendance=None):
    with pytest.raises(RegistrationRefused) as caught:
        services.register(meeting, user, attendance)
    assert not Registration.objects.filter(meeting=meeting, user=user).exists()
    return caught.value


@pytest.mark.django_db
def test_cancelled_meeting_refuses_registration(member):
    meeting = make_meeting(status=Meeting.Status.CANCELLED, cancellation_reason="Ziekte.")
    error = refusal(meeting, member)
    assert error.code == "cancelled"
    assert "gaat niet door" in error.message


@pytest.mark.django_db
def test_past_meeting_refuses_registration(member):
    error = refusal(make_meeting(days_from_now=-3), member)
    assert error.code == "ended"
    assert "voorbij" in error.message


@pytest.mark.django_db
def test_meeting_marked_held_before_its_end_refuses_registration_as_ended(member):
    meeting = make_meeting(
        starts_at=timezone.now() - timedelta(hours=1), status=Meeting.Status.HELD
    )
    error = refusal(meeting, member)
    assert error.code == "ended"
    assert "voorbij" in error.message


@pytest.mark.django_db
def test_registration_not_open_yet_is_refused_with_the_opening_date(member):
    opens = timezone.now() + timedelta(days=3)
    error = refusal(make_meeting(registration_opens_at=opens), member)
    assert error.code == "not_open"
    local = timezone.localtime(opens)
    assert f"{local:%H:%M}" in error.message
    assert str(local.day) in error.message


@pytest.mark.django_db
def test_closed_registration_is_refused_also_when_full(people, member):
    meeting = make_meeting(capacity=1)
    services.register(meeting, people[0])
    Meeting.objects.filter(pk=meeting.pk).update(
        registration_closes_at=timezone.now() - timedelta(hours=1)
    )
    error = refusal(meeting, member)
    assert error.code == "closed"
    assert "gesloten" in error.message


@pytest.mark.django_db
def test_pending_account_is_refused(pending):
    error = refusal(make_meeting(), pending)
    assert error.code == "pending"
    assert "goedgekeurd" in error.message


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("meeting_format", "attendance", "message"),
    [
        ("online", "on_site", "alleen online"),
        ("on_site", "online", "alleen op locatie"),
        ("hybrid", None, "Kies of je op locatie of online meedoet"),
        ("hybrid", "in de tuin", "Kies of je op locatie of online meedoet"),
    ],
)
def test_attendance_must_be_one_the_format_offers(member, meeting_format, attendance, message):
    error = refusal(make_meeting(format=meeting_format), member, attendance)
    assert error.code == "attendance"
    assert message in error.message


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("meeting_format", "attendance", "expected"),
    [
        ("online", None, "online"),
        ("online", "online", "online"),
        ("on_site", None, "on_site"),
        ("hybrid", "on_site", "on_site"),
        ("hybrid", "online", "online"),
    ],
)
def test_attendance_follows_the_format(member, meeting_format, attendance, expected):
    registration, _ = services.register(make_meeting(format=meeting_format), member, attendance)
    assert registration.attendance == expected


@pytest.mark.django_db
def test_cancelling_without_a_registration_is_refused(member):
    with pytest.raises(RegistrationRefused) as caught:
        services.cancel(make_meeting(), member)
    assert caught.value.code == "not_registered"


@pytest.mark.django_db
def test_cancelling_is_refused_once_a_trekker_marked_the_meeting_held(member):
    meeting = make_meeting()
    services.register(meeting, member)
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.HELD)
    with pytest.raises(RegistrationRefused) as caught:
        services.cancel(meeting, member)
    assert caught.value.code == "ended"
    assert status_of(meeting, member) == CONFIRMED


@pytest.mark.django_db
def test_cancelling_after_the_meeting_is_refused(member):
    meeting = make_meeting()
    services.register(meeting, member)
    Meeting.objects.filter(pk=meeting.pk).update(
        starts_at=timezone.now() - timedelta(days=2), ends_at=timezone.now() - timedelta(days=1)
    )
    with pytest.raises(RegistrationRefused) as caught:
        services.cancel(meeting, member)
    assert caught.value.code == "ended"
    assert status_of(meeting, member) == CONFIRMED


@pytest.mark.django_db
def test_no_email_leaves_when_the_transaction_rolls_back(member, mailoutbox):
    from django.db import transaction

    meeting = make_meeting()
    with pytest.raises(RuntimeError), transaction.atomic():
        services.register(meeting, member)
        raise RuntimeError
    assert mailoutbox == []
    assert not Registration.objects.exists()


# -- State for pages -------------------------------------------------------------------------


@pytest.mark.django_db
def test_viewer_state_names_the_action_for_each_viewer(member, pending, people):
    from django.contrib.auth.models import AnonymousUser

    meeting = make_meeting(capacity=1)
    assert services.viewer_state(meeting, AnonymousUser()).action == "login"
    assert services.viewer_state(meeting, pending).code == "pending"
    assert services.viewer_state(meeting, member).action == "register"
    own, _ = services.register(meeting, member)
    state = services.viewer_state(meeting, member, own)
    assert (state.code, state.action) == ("confirmed", "cancel")
    full = services.viewer_state(meeting, people[0], None)
    assert full.sentence == "Deze bijeenkomst is vol. Meld je aan voor de wachtlijst."
    assert full.label == "Vol – wachtlijst"
    assert full.shows_button
    waiting, _ = services.register(meeting, people[0])
    assert services.viewer_state(meeting, people[0], waiting).code == "waiting"
    meeting.status = Meeting.Status.CANCELLED
    assert services.viewer_state(meeting, member, own).shows_button is False
