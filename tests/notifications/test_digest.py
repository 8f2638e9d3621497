"""The weekly digest: what is new since the member's last one, once, also after a crash."""

from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
import time_machine
from django.utils import timezone

from leernetwerk.models import OutgoingMail
from notifications import services, tasks
from notifications.models import Notification, Preferences
from tests.factories import make_user
from tests.meetings.factories import make_meeting, make_report
from tests.notifications.helpers import html_of, mails_to, member_choosing

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def later(**delta):
    return timezone.now() + timedelta(**delta)


@pytest.fixture
def readers():
    return [
        member_choosing(f"lezer{number}@example.org", report="digest", new_meeting="digest")
        for number in range(4)
    ]


def test_the_digest_lists_the_news_in_sections_with_headings(readers, mailoutbox):
    make_meeting("Kwartaalbijeenkomst voorjaar", days_from_now=30)
    make_report(make_meeting("Kennissessie triage", days_from_now=-7))

    assert services.send_digests(until=timezone.now()) == 4

    message = mails_to(mailoutbox, readers[0])[0]
    assert message.subject == "[Leernetwerk] Nieuw in het leernetwerk"
    assert "NIEUWE BIJEENKOMSTEN" in message.body
    assert "Kwartaalbijeenkomst voorjaar" in message.body
    assert "NIEUWE VERSLAGEN" in message.body
    assert "Kennissessie triage\n  Verslag van de bijeenkomst van" in message.body
    html = html_of(message)
    assert "<h1" in html and "<h2" in html
    assert "Nieuwe bijeenkomsten</h2>" in html
    assert "<img" not in html
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert (
        services.unsubscribe_url(readers[0], "digest") in message.extra_headers["List-Unsubscribe"]
    )
    assert services.unsubscribe_url(readers[0], "all") in message.body


def test_nothing_new_sends_nothing(readers, mailoutbox):
    assert services.send_digests(until=timezone.now()) == 0
    assert len(mailoutbox) == 0


def test_an_item_is_never_in_two_digests(readers, mailoutbox):
    make_report()
    services.send_digests(until=timezone.now())
    make_meeting("Volgende week nieuw", days_from_now=40)

    with time_machine.travel(later(days=7)):
        services.send_digests(until=timezone.now())

    second = mails_to(mailoutbox, readers[0])[1]
    assert "Volgende week nieuw" in second.body
    assert "NIEUWE VERSLAGEN" not in second.body


def test_running_the_same_digest_twice_sends_each_member_one(readers, mailoutbox):
    make_report()
    until = timezone.now()
    assert services.send_digests(until=until) == 4
    assert services.send_digests(until=until) == 0
    assert len(mailoutbox) == 4


def test_a_worker_that_dies_halfway_leaves_no_double_mail_when_run_again(readers, mailoutbox):
    make_report()
    until = timezone.now()
    real_send_mail = services.send_mail
    calls = []

    def send_then_crash(*args, **kwargs):
        calls.append(args[0])
        if len(calls) == 3:
            raise SystemExit("worker killed")
        return real_send_mail(*args, **kwargs)

    with mock.patch.object(services, "send_mail", send_then_crash), pytest.raises(SystemExit):
        services.send_digests(until=until)
    assert OutgoingMail.objects.count() == 2  # the third member's transaction rolled back

    assert services.send_digests(until=until) == 2

    for reader in readers:
        assert len(mails_to(mailoutbox, reader)) == 1
    assert Notification.objects.filter(kind="report").count() == 4


def test_items_told_at_once_stay_out_of_the_digest(mailoutbox):
    switcher = member_choosing("wissel@example.org", report="direct")
    make_report()
    services.send_direct_notifications()
    Preferences.objects.filter(user=switcher).update(choices={"report": "digest"})

    services.send_digests(until=timezone.now())

    assert len(mails_to(mailoutbox, switcher)) == 1  # the direct mail only


def test_pending_accounts_get_no_digest(mailoutbox):
    make_user("wachtend@example.org", approved=False)
    make_report()
    assert services.send_digests(until=timezone.now()) == 0


def test_a_draft_never_appears_in_the_digest(readers, mailoutbox):
    make_report(published=False, summary="Concept")
    make_report(published_at=later(days=2))  # not visible at the digest's moment
    assert services.send_digests(until=timezone.now()) == 0


def test_members_only_choosing_never_get_no_digest(mailoutbox):
    member_choosing("nooit@example.org")
    make_report()
    assert services.send_digests(until=timezone.now()) == 0


@pytest.mark.parametrize(
    ("utc", "sends"),
    [
        (datetime(2026, 11, 16, 6, 0, tzinfo=UTC), True),  # Monday 07:00 in winter
        (datetime(2026, 11, 16, 5, 0, tzinfo=UTC), False),
        (datetime(2027, 6, 7, 5, 0, tzinfo=UTC), True),  # Monday 07:00 in summer
        (datetime(2027, 6, 7, 6, 0, tzinfo=UTC), False),
        (datetime(2026, 11, 17, 6, 0, tzinfo=UTC), False),  # a Tuesday
    ],
)
def test_the_digest_job_acts_at_seven_on_monday_amsterdam_time(utc, sends):
    with mock.patch.object(services, "send_digests") as send_digests:
        tasks.send_weekly_digest(timestamp=int(utc.timestamp()))
    assert send_digests.called is sends
    if sends:
        assert send_digests.call_args.kwargs["until"] == utc


def test_the_digest_day_and_hour_are_settings(settings):
    settings.DIGEST_WEEKDAY, settings.DIGEST_HOUR = 5, 16  # Friday 16:00
    assert tasks.is_digest_hour(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))
    assert not tasks.is_digest_hour(datetime(2026, 11, 16, 6, 0, tzinfo=UTC))


def test_a_member_told_meanwhile_is_skipped_and_the_others_still_get_theirs(readers, mailoutbox):
    report = make_report()
    # As if a direct mail about the report reached the first reader while the digest ran.
    Notification.objects.create(
        member=readers[0], kind="report", item_key=f"report:{report.pk}", delivery="direct"
    )
    with mock.patch.object(services, "_told_keys", return_value=set()):
        assert services.send_digests(until=timezone.now()) == 3

    assert mails_to(mailoutbox, readers[0]) == []
    assert Preferences.objects.get(user=readers[0]).digest_until is None
    assert all(len(mails_to(mailoutbox, reader)) == 1 for reader in readers[1:])


def test_both_jobs_are_on_the_workers_schedule():
    from procrastinate.contrib.django import app

    crons = {
        periodic.task.name: periodic.cron
        for periodic in app.periodic_registry.periodic_tasks.values()
    }
    assert crons["notifications.tasks.send_direct_notifications"] == "*/5 * * * *"
    assert crons["notifications.tasks.send_weekly_digest"] == "0 * * * *"
