"""The one mail function: rendered from a template, prefixed subject, queued with the change."""

import pytest
from django.core import mail
from django.db import transaction
from procrastinate.contrib.django.models import ProcrastinateJob

from leernetwerk.mail import deliver, send_mail
from leernetwerk.models import OutgoingMail

TEMPLATE = "members/email/signup_waiting.txt"


def send_signup_notice(to="trekker@example.org"):
    send_mail(to, "Nieuwe aanmelding", TEMPLATE, {"link": "https://portaal.example/beheer/"})


@pytest.mark.django_db
def test_a_mail_is_queued_with_its_delivery_job_and_not_sent_in_the_request():
    send_signup_notice()

    (queued,) = OutgoingMail.objects.all()
    assert queued.status == OutgoingMail.Status.QUEUED
    assert queued.to == ["trekker@example.org"]
    assert "https://portaal.example/beheer/" in queued.body
    (job,) = ProcrastinateJob.objects.all()
    assert (job.task_name, job.queue_name, job.status) == (
        "leernetwerk.tasks.deliver_mail",
        "mail",
        "todo",
    )
    assert job.args == {"mail_id": queued.pk}
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_rolled_back_transaction_queues_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        send_signup_notice()
        raise RuntimeError("the change fails")

    assert not OutgoingMail.objects.exists()
    assert not ProcrastinateJob.objects.exists()


@pytest.mark.django_db
def test_delivering_sends_the_stored_message_once(mailoutbox):
    send_signup_notice()
    queued = OutgoingMail.objects.get()

    assert deliver(queued.pk) is True
    assert deliver(queued.pk) is False

    assert [message.to for message in mail.outbox] == [["trekker@example.org"]]
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (OutgoingMail.Status.SENT, 1)
    assert queued.sent_at is not None


@pytest.mark.django_db
def test_the_subject_gets_the_prefix_from_the_one_setting(settings, mailoutbox):
    settings.EMAIL_SUBJECT_PREFIX = "[Proef] "
    send_signup_notice()

    assert mailoutbox[0].subject == "[Proef] Nieuwe aanmelding"


def test_allauth_uses_the_same_subject_prefix(settings):
    assert (
        settings.ACCOUNT_EMAIL_SUBJECT_PREFIX == settings.EMAIL_SUBJECT_PREFIX == "[Leernetwerk] "
    )


@pytest.mark.django_db
def test_text_in_a_mail_is_not_html_escaped(mailoutbox):
    send_mail(
        ["a@example.org"], "Onderwerp", TEMPLATE, {"link": "https://portaal.example/?a=1&b=<2>"}
    )

    assert "https://portaal.example/?a=1&b=<2>" in mailoutbox[0].body


@pytest.mark.django_db
def test_attachments_survive_the_queue(mailoutbox):
    send_mail(
        "a@example.org",
        "Met agenda",
        TEMPLATE,
        {"link": "x"},
        attachments=[("bijeenkomst.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")],
    )

    (attachment,) = mailoutbox[0].attachments
    assert attachment == (
        "bijeenkomst.ics",
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        "text/calendar",
    )


@pytest.mark.django_db
def test_nobody_to_mail_sends_nothing(mailoutbox):
    send_signup_notice([])

    assert mailoutbox == []
    assert not OutgoingMail.objects.exists()


@pytest.mark.django_db
def test_allauth_mails_are_queued_as_confidential(client, member, mailoutbox):
    client.post("/account/password/reset/", {"email": member.email})

    queued = OutgoingMail.objects.get()
    assert queued.confidential
    assert "/account/password/reset/key/" in mailoutbox[0].body
    # Once sent, the outbox keeps who and what subject, not the link.
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.SENT
    assert queued.body == queued.html_body == ""
