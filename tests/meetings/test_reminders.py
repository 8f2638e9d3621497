"""Reminders before a meeting (meetings/reminders.py): at the set moments, once, with details."""

from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from leernetwerk.models import OutgoingMail
from meetings import reminders, tasks
from meetings.models import Meeting, Registration, Reminder
from meetings.reminders import send_due_reminders
from tests.conftest import sent_mail
from tests.factories import local_datetime, make_user
from tests.meetings.factories import make_meeting, make_registration

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

CONFIRMED = Registration.Status.CONFIRMED
WAITING = Registration.Status.WAITING
ONLINE_LINK = "https://meet.example.org/kwartaal-geheim"


def at(moment):
    """Travel to `moment` (time stands still there) for the block."""
    return time_machine.travel(moment, tick=False)


def mails_to(address):
    return [mail for mail in sent_mail() if mail.to == [address]]


@pytest.fixture
def meeting(db):
    # Ten calendar days ahead, so the 7-day moment and the 1-day moment are both to come.
    return make_meeting(
        "Kwartaalbijeenkomst december",
        starts_at=local_datetime(10, hour=14),
        hours=3,
        format=Meeting.Format.HYBRID,
        venue="De Smulhoeve",
        address="Dorpsstraat 1, Waddinxveen",
        online_url=ONLINE_LINK,
        capacity=2,
    )


@pytest.fixture
def people(meeting):
    earlier = timezone.now() - timedelta(hours=1)
    on_site = make_user("ter-plaatse@example.org", first_name="Tamara")
    online = make_user("online@example.org", first_name="Omar")
    first_waiting = make_user("wacht1@example.org", first_name="Wendy")
    second_waiting = make_user("wacht2@example.org", first_name="Willem")
    make_registration(meeting, on_site, attendance="on_site", registered_at=earlier)
    make_registration(meeting, online, attendance="online", registered_at=earlier)
    for number, person in enumerate([first_waiting, second_waiting]):
        make_registration(
            meeting, person, status=WAITING, registered_at=earlier + timedelta(minutes=number)
        )
    return on_site, online, first_waiting, second_waiting


def moment(meeting, days):
    return meeting.starts_at - timedelta(days=days)


def test_reminders_go_out_once_at_each_moment_with_the_practical_details(meeting, people):
    on_site, online, first_waiting, second_waiting = people
    sent_mail().clear()

    with at(moment(meeting, 7) - timedelta(minutes=1)):
        assert send_due_reminders() == 0
    with at(moment(meeting, 7) + timedelta(minutes=5)):
        assert send_due_reminders() == 4
        # The job runs every 15 minutes, and may run twice: nothing goes out again.
        assert send_due_reminders() == 0
        tasks.send_meeting_reminders(timestamp=0)
    with at(moment(meeting, 7) + timedelta(hours=3)):
        assert send_due_reminders() == 0

    assert Reminder.objects.filter(days_before=7).count() == 4
    [mail] = mails_to("ter-plaatse@example.org")
    assert "Herinnering: Kwartaalbijeenkomst december" in mail.subject
    assert mail.body.startswith("Beste Tamara,")
    local_start = timezone.localtime(meeting.starts_at)
    assert f"Wanneer: {date_format(local_start, 'l j F Y')}, 14:00 tot 17:00 uur" in mail.body
    assert "Waar: De Smulhoeve" in mail.body
    assert "Adres: Dorpsstraat 1, Waddinxveen" in mail.body
    assert ONLINE_LINK not in mail.body  # takes part on site: no online link
    assert meeting.get_absolute_url() in mail.body

    [mail] = mails_to("online@example.org")
    assert "Waar: online" in mail.body
    assert f"Link voor online deelname: {ONLINE_LINK}" in mail.body

    [mail] = mails_to("wacht1@example.org")
    assert "Je staat nog op de wachtlijst: Kwartaalbijeenkomst december" in mail.subject
    assert "nog op de wachtlijst voor deze bijeenkomst van het leernetwerk, op plaats 1." in (
        mail.body
    )
    assert "Je hebt dus nog geen plek." in mail.body
    assert ONLINE_LINK not in mail.body
    [mail] = mails_to("wacht2@example.org")
    assert "op plaats 2." in mail.body

    # The second moment: one more each, and again only once.
    with at(moment(meeting, 1) + timedelta(minutes=1)):
        assert send_due_reminders() == 4
        assert send_due_reminders() == 0
    assert len(mails_to("ter-plaatse@example.org")) == 2
    assert len(mails_to("wacht2@example.org")) == 2
    assert Reminder.objects.count() == 8
    assert set(Reminder.objects.values_list("status", flat=True)) == {CONFIRMED, WAITING}


def test_a_place_freed_before_the_next_moment_changes_the_wording(meeting, people):
    on_site, online, first_waiting, _ = people
    with at(moment(meeting, 7) + timedelta(minutes=1)):
        send_due_reminders()
    Registration.objects.filter(user=first_waiting).update(status=CONFIRMED)
    Registration.objects.filter(user=on_site).update(status=Registration.Status.CANCELLED)
    sent_mail().clear()

    with at(moment(meeting, 1) + timedelta(minutes=1)):
        assert send_due_reminders() == 3

    assert mails_to("ter-plaatse@example.org") == []
    [mail] = mails_to("wacht1@example.org")
    assert "Herinnering:" in mail.subject
    [mail] = mails_to("wacht2@example.org")
    assert "op plaats 1." in mail.body


def test_no_reminders_for_a_cancelled_meeting_or_an_inactive_account(meeting, people):
    on_site = people[0]
    on_site.is_active = False
    on_site.save()
    with at(moment(meeting, 7) + timedelta(minutes=1)):
        assert send_due_reminders() == 3
    assert mails_to("ter-plaatse@example.org") == []

    Meeting.objects.filter(pk=meeting.pk).update(
        status=Meeting.Status.CANCELLED, cancellation_reason="Ziek."
    )
    with at(moment(meeting, 1) + timedelta(minutes=1)):
        assert send_due_reminders() == 0


def test_who_registers_after_a_moment_gets_no_late_reminder_for_it(meeting):
    late = make_user("laat@example.org")
    with at(moment(meeting, 7) + timedelta(hours=1)):
        # The confirmation mail has just told them everything.
        make_registration(meeting, late, registered_at=timezone.now())
        assert send_due_reminders() == 0
    with at(moment(meeting, 1) + timedelta(minutes=1)):
        assert send_due_reminders() == 1
    assert list(Reminder.objects.values_list("days_before", flat=True)) == [1]


def test_a_moment_long_past_is_not_sent_late_and_only_the_latest_due_one_goes(meeting, people):
    meeting.reminder_days = [7, 2, 1]
    meeting.save()
    # The worker was down from before the 7-day moment until after the 2-day moment.
    with at(moment(meeting, 2) + timedelta(hours=1)):
        assert send_due_reminders() == 4
    assert set(Reminder.objects.values_list("days_before", flat=True)) == {2}
    with at(moment(meeting, 1) + reminders.LATE_LIMIT + timedelta(minutes=1)):
        # The 1-day moment is more than LATE_LIMIT ago: too late to be of use.
        assert send_due_reminders() == 0
    assert Reminder.objects.count() == 4


def test_the_trekker_sets_the_moments(meeting, people):
    meeting.reminder_days = [3]
    meeting.save()
    with at(moment(meeting, 7) + timedelta(minutes=1)):
        assert send_due_reminders() == 0
    with at(moment(meeting, 3) + timedelta(minutes=1)):
        assert send_due_reminders() == 4

    quiet = make_meeting(starts_at=local_datetime(10), reminder_days=[])
    make_registration(quiet, make_user("stil@example.org"))
    with at(moment(quiet, 1) + timedelta(minutes=1)):
        assert send_due_reminders() == 0


def test_a_run_that_dies_midway_leaves_no_trace_and_the_next_sends_each_once(meeting, people):
    sent_mail().clear()
    real_queue = reminders._queue_reminder
    calls = []

    def dies_on_the_third(registration, days):
        calls.append(registration)
        if len(calls) == 3:
            raise RuntimeError("worker killed")
        return real_queue(registration, days)

    with at(moment(meeting, 7) + timedelta(minutes=1)):
        with (
            mock.patch.object(reminders, "_queue_reminder", dies_on_the_third),
            pytest.raises(RuntimeError),
        ):
            send_due_reminders()
        # Rolled back together: no reminder rows and no mail in the outbox.
        assert Reminder.objects.count() == 0
        assert OutgoingMail.objects.count() == 0
        assert send_due_reminders() == 4
        assert send_due_reminders() == 0
    assert sorted(mail.to[0] for mail in sent_mail()) == [
        "online@example.org",
        "ter-plaatse@example.org",
        "wacht1@example.org",
        "wacht2@example.org",
    ]
    reminder = Reminder.objects.first()
    assert reminder.mail is not None
    assert reminder.mail.to == [reminder.registration.user.email]


def test_the_database_refuses_a_second_reminder_for_the_same_moment(meeting, people):
    registration = Registration.objects.filter(meeting=meeting).first()
    Reminder.objects.create(registration=registration, days_before=7, status=CONFIRMED)
    with pytest.raises(IntegrityError), transaction.atomic():
        Reminder.objects.create(registration=registration, days_before=7, status=CONFIRMED)


def test_the_job_is_scheduled_every_quarter_of_an_hour():
    from procrastinate.contrib.django import app

    [periodic] = [
        task
        for task in app.periodic_registry.periodic_tasks.values()
        if task.task.name.endswith("send_meeting_reminders")
    ]
    assert periodic.cron == "*/15 * * * *"


def test_the_trekker_sets_the_moments_in_the_admin(trekker_client, meeting):
    from tests.meetings.test_calendar_mails import change_meeting

    change_meeting(trekker_client, meeting, reminder_days="14, 2")
    meeting.refresh_from_db()
    assert meeting.reminder_days == [14, 2]

    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    for typed, error in [
        ("0", "Kies een aantal dagen van 1 tot en met 60."),
        ("90", "Kies een aantal dagen van 1 tot en met 60."),
        ("7,7", "Noem elk aantal dagen maar één keer."),
        ("een week", "Vul hele dagen in, gescheiden door komma&#x27;s. Bijvoorbeeld: 7, 1."),
    ]:
        data = {**_admin_data(meeting), "reminder_days": typed}
        html = trekker_client.post(url, data).content.decode()
        assert error in html, typed
        assert f'value="{typed}"' in html, typed  # what was typed stays
    meeting.refresh_from_db()
    assert meeting.reminder_days == [14, 2]


def _admin_data(meeting):
    from tests.meetings.test_admin import meeting_form

    start, end = timezone.localtime(meeting.starts_at), timezone.localtime(meeting.ends_at)
    return meeting_form(
        title=meeting.title,
        slug=meeting.slug,
        starts_at_0=start.strftime("%d-%m-%Y"),
        starts_at_1=start.strftime("%H:%M"),
        ends_at_0=end.strftime("%d-%m-%Y"),
        ends_at_1=end.strftime("%H:%M"),
        format=meeting.format,
        venue=meeting.venue,
        address=meeting.address,
        online_url=meeting.online_url,
        capacity=str(meeting.capacity or ""),
    )


def test_the_registration_admin_shows_the_reminders_sent(trekker_client, meeting, people):
    with at(moment(meeting, 7) + timedelta(minutes=1)):
        send_due_reminders()
    registration = Registration.objects.get(meeting=meeting, user=people[3])
    html = trekker_client.get(
        reverse("admin:meetings_registration_change", args=[registration.pk])
    ).content.decode()
    sent_at = timezone.localtime(moment(meeting, 7) + timedelta(minutes=1))
    assert f"7 dagen vooraf, {sent_at:%d-%m-%Y %H:%M} (op de wachtlijst)" in html
