"""Mail on the task queue, with the real procrastinate worker and a real SMTP server.

A mail server that is down costs the request nothing: the page answers, the mail waits in
the outbox, the worker tries again with back-off and sends it once the server is back, and
never twice. After the last try the mail shows as failed in the admin, where a trekker can
send it again. These tests commit (the worker has its own connections), hence transactional.
"""

import asyncio
import threading

import pytest
from asgiref.sync import sync_to_async
from django.core import mail
from django.db import connection, connections
from django.urls import reverse
from procrastinate.contrib.django import app
from procrastinate.contrib.django.models import ProcrastinateJob

from leernetwerk.models import OutgoingMail
from leernetwerk.tasks import MAIL_RETRY
from tests.factories import logged_in_client, make_user
from tests.smtp_sink import SmtpSink, free_port

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _pinned_clock():
    """No pinned "now" here: the worker compares the retry times it writes with the
    database's own clock, so Python and PostgreSQL must agree on the time."""
    yield


@pytest.fixture(autouse=True)
def _worker_threads_close_their_connections():
    """Tasks run in worker threads, each with its own connection; with CONN_MAX_AGE 0 the
    worker closes it after each task, so none is left when the test database is dropped."""
    database = connections.settings["default"]
    kept, database["CONN_MAX_AGE"] = database.get("CONN_MAX_AGE", 0), 0
    yield
    database["CONN_MAX_AGE"] = kept


@pytest.fixture(autouse=True)
def _empty_queue():
    """Django's flush between committing tests leaves the queue's own tables alone: start empty."""
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE procrastinate_jobs, procrastinate_events, procrastinate_periodic_defers"
        )


@pytest.fixture
def smtp(settings):
    """A mail server on a port of its own, down until the test starts it."""
    sink = SmtpSink(free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", sink.port, 5
    yield sink
    sink.stop()


def run_worker():
    """Run the worker of `manage.py procrastinate worker` until no job is due.

    In a thread of its own: the worker runs its own event loop, and in this process the
    browser tests' Playwright may already run one in the main thread.
    """
    failure = []

    def work():
        try:
            worker = app.with_connector(app.connector.get_worker_connector())
            worker.run_worker(
                queues=["mail"], wait=False, listen_notify=False, install_signal_handlers=False
            )
            # The worker's periodic scheduler ran through Django in asgiref's one worker
            # thread; close that thread's connection too, or the test database stays in use.
            asyncio.run(sync_to_async(connections.close_all)())
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            failure.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive(), "the worker did not finish"
    if failure:
        raise failure[0]


def make_retries_due():
    """Let the back-off pass: what the worker would find after waiting."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE procrastinate_jobs SET scheduled_at = now() WHERE status = 'todo'")


def test_with_the_mail_server_down_the_page_answers_and_the_mail_follows_later(client, smtp):
    member = make_user("lid@example.org")

    response = client.post(reverse("account_reset_password"), {"email": member.email})

    assert response.status_code == 302
    queued = OutgoingMail.objects.get()
    assert queued.status == OutgoingMail.Status.QUEUED

    run_worker()  # the server is down: the try fails and is written down
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (OutgoingMail.Status.QUEUED, 1)
    assert "ConnectionRefusedError" in queued.last_error
    # The worker's scheduler also defers the periodic jobs of other queues; it leaves them.
    job = ProcrastinateJob.objects.get(queue_name="mail")
    assert (job.status, job.attempts) == ("todo", 1)
    assert smtp.messages == []

    smtp.start()
    make_retries_due()
    run_worker()

    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (OutgoingMail.Status.SENT, 2)
    ((recipients, message),) = smtp.messages
    assert recipients == ["lid@example.org"]
    assert "/account/password/reset/key/" in message.get_body(("plain",)).get_content()
    # The job that succeeded is gone; the outbox keeps the record.
    assert not ProcrastinateJob.objects.filter(queue_name="mail").exists()


def test_nothing_is_sent_twice(client, smtp):
    smtp.start()
    make_user("lid@example.org")
    client.post(reverse("account_reset_password"), {"email": "lid@example.org"})

    run_worker()
    run_worker()
    make_retries_due()
    run_worker()

    assert len(smtp.messages) == 1
    assert OutgoingMail.objects.get().attempts == 1


def test_a_mail_that_keeps_failing_shows_as_failed_and_a_trekker_sends_it_again(client, smtp):
    make_user("lid@example.org")
    client.post(reverse("account_reset_password"), {"email": "lid@example.org"})

    for _ in range(MAIL_RETRY.max_attempts + 1):
        run_worker()
        make_retries_due()

    failed = OutgoingMail.objects.get()
    assert (failed.status, failed.attempts) == (
        OutgoingMail.Status.FAILED,
        MAIL_RETRY.max_attempts + 1,
    )
    assert ProcrastinateJob.objects.get(queue_name="mail").status == "failed"

    trekker = logged_in_client(make_user("trekker@example.org", trekker=True))
    changelist = reverse("admin:leernetwerk_outgoingmail_changelist")
    content = trekker.get(changelist + "?status=failed").content.decode()
    assert "lid@example.org" in content
    assert "Mislukt" in content
    # A sign-in link is not for trekkers' eyes.
    page = trekker.get(reverse("admin:leernetwerk_outgoingmail_change", args=[failed.pk]))
    assert "/account/password/reset/key/" not in page.content.decode()
    assert "ConnectionRefusedError" in page.content.decode()

    smtp.start()
    response = trekker.post(
        changelist, {"action": "send_again", "_selected_action": [failed.pk]}, follow=True
    )
    assert "1 e-mail staat weer in de wachtrij." in response.content.decode()
    run_worker()

    failed.refresh_from_db()
    assert failed.status == OutgoingMail.Status.SENT
    assert len(smtp.messages) == 1
    assert mail.outbox == []  # the real server got it, not the test outbox
