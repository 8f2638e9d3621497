"""Reminders through the real procrastinate worker and a real SMTP server: sent once.

The reminder job runs in the worker, queues a mail per person with a `Reminder` row, and the
worker delivers them; running the job again (a second run, a restarted worker) sends nothing
more. Real time here, as in test_mail_queue.py: the worker compares times with PostgreSQL's.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from meetings.models import Reminder
from meetings.tasks import send_meeting_reminders
from tests.factories import make_user
from tests.meetings.factories import make_meeting, make_registration
from tests.operations.test_mail_queue import (  # noqa: F401 - the module's fixtures
    _empty_queue,
    _pinned_clock,
    _worker_threads_close_their_connections,
    run_worker,
    smtp,
)

# Marked clock as every module that builds dates from now; the clock is real here (see above).
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.clock]


def test_the_worker_sends_each_reminder_once(smtp):  # noqa: F811 - the fixture
    smtp.start()
    now = timezone.now()
    # The 1-day moment passed five minutes ago; the member registered before it.
    meeting = make_meeting(
        "Kwartaalbijeenkomst", starts_at=now + timedelta(days=1, minutes=-5), reminder_days=[1]
    )
    make_registration(meeting, make_user("lid@example.org"), registered_at=now - timedelta(hours=1))

    send_meeting_reminders.defer(timestamp=int(now.timestamp()))
    run_worker()
    send_meeting_reminders.defer(timestamp=int(now.timestamp()) + 900)
    run_worker()

    ((recipients, message),) = smtp.messages
    assert recipients == ["lid@example.org"]
    assert "Herinnering: Kwartaalbijeenkomst" in message["Subject"]
    assert "Kwartaalbijeenkomst" in message.get_body(("plain",)).get_content()
    assert Reminder.objects.get().mail.status == "sent"
