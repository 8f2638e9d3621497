"""The one mail function: rendered from a template, prefixed subject, sent after the commit."""

import pytest
from django.db import transaction

from leernetwerk.mail import send_mail

TEMPLATE = "members/email/signup_waiting.txt"


def send_signup_notice(to="trekker@example.org"):
    send_mail(to, "Nieuwe aanmelding", TEMPLATE, {"link": "https://portaal.example/beheer/"})


@pytest.mark.django_db
def test_a_mail_is_sent_only_once_the_transaction_commits(
    django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        send_signup_notice()
        assert mailoutbox == []

    assert [message.to for message in mailoutbox] == [["trekker@example.org"]]
    assert "https://portaal.example/beheer/" in mailoutbox[0].body


@pytest.mark.django_db
def test_a_rolled_back_transaction_sends_nothing(django_capture_on_commit_callbacks, mailoutbox):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send_signup_notice()
        raise RuntimeError("the change fails")

    assert callbacks == []
    assert mailoutbox == []


@pytest.mark.django_db
def test_the_subject_gets_the_prefix_from_the_one_setting(settings, on_commit, mailoutbox):
    settings.EMAIL_SUBJECT_PREFIX = "[Proef] "
    on_commit(send_signup_notice)

    assert mailoutbox[0].subject == "[Proef] Nieuwe aanmelding"


def test_allauth_uses_the_same_subject_prefix(settings):
    assert (
        settings.ACCOUNT_EMAIL_SUBJECT_PREFIX == settings.EMAIL_SUBJECT_PREFIX == "[Leernetwerk] "
    )


@pytest.mark.django_db
def test_text_in_a_mail_is_not_html_escaped(on_commit, mailoutbox):
    on_commit(
        send_mail,
        ["a@example.org"],
        "Onderwerp",
        TEMPLATE,
        {"link": "https://portaal.example/?a=1&b=<2>"},
    )

    assert "https://portaal.example/?a=1&b=<2>" in mailoutbox[0].body


@pytest.mark.django_db
def test_nobody_to_mail_sends_nothing(on_commit, mailoutbox):
    on_commit(send_signup_notice, [])

    assert mailoutbox == []
