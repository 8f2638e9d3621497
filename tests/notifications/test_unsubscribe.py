"""One-click unsubscribe: a signed link that needs no login; a tampered one fails clearly."""

from datetime import timedelta

import pytest
import time_machine
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from notifications import services
from notifications.models import Preferences
from tests.factories import make_user
from tests.notifications.helpers import choose

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


@pytest.fixture
def reader():
    return choose(
        make_user("lezer@example.org"), report="direct", new_meeting="digest", factsheet="digest"
    )


def link(user, scope):
    return reverse("notifications:unsubscribe", args=[services.unsubscribe_token(user, scope)])


def choices(user):
    return Preferences.objects.get(user=user).choices


def test_the_link_shows_a_confirmation_first_and_changes_nothing(client, reader):
    response = client.get(link(reader, "report"))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Wil je geen e-mail meer krijgen over" in content
    assert "een verslag is gepubliceerd" in content
    assert "Ja, meld me af" in content
    assert choices(reader)["report"] == "direct"
    assert "no-store" in response["Cache-Control"]


def test_the_button_unsubscribes_without_logging_in(client, reader):
    response = client.post(link(reader, "report"))

    assert response.status_code == 200
    assert "Je bent afgemeld" in response.content.decode()
    assert choices(reader)["report"] == "never"
    assert choices(reader)["new_meeting"] == "digest"


def test_the_one_click_post_of_a_mail_program_works_without_a_csrf_token(reader):
    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(
        link(reader, "report"),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert choices(reader)["report"] == "never"


def test_the_digest_link_switches_off_every_kind_in_the_digest(client, reader):
    client.post(link(reader, "digest"))
    assert choices(reader)["new_meeting"] == "never"
    assert choices(reader)["factsheet"] == "never"
    assert choices(reader)["report"] == "direct"


def test_the_all_link_switches_off_everything(client, reader):
    client.post(link(reader, "all"))
    assert set(choices(reader).values()) == {"never"}


def test_a_member_without_settings_can_unsubscribe_from_the_defaults(client):
    member = make_user("nieuw@example.org")
    client.post(link(member, "digest"))
    assert choices(member)["report"] == "never"
    # The theme's default is "direct", not the digest: it stays on.
    assert services.choices_of(Preferences.objects.get(user=member))["theme"] == "direct"


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_link_fails_with_a_clear_dutch_message(client, reader, method):
    token = services.unsubscribe_token(reader, "report")
    other = make_user("ander@example.org")
    # Someone else's account in the payload, under the reader's signature.
    _, signature = token.split(":")
    payload = signing.b64_encode(f'{{"user":{other.pk},"scope":"report"}}'.encode()).decode()
    forged = f"{payload}:{signature}"
    assert forged != token
    for bad in [token[:-2] + "xx", forged, "onzin", token + "a"]:
        response = getattr(client, method)(reverse("notifications:unsubscribe", args=[bad]))
        assert response.status_code == 400
        assert "Deze afmeldlink werkt niet" in response.content.decode()
    assert choices(reader)["report"] == "direct"


def test_a_link_signed_for_something_else_fails(client, reader):
    token = signing.Signer(salt="andere-salt").sign_object({"user": reader.pk, "scope": "report"})
    response = client.post(reverse("notifications:unsubscribe", args=[token]))
    assert response.status_code == 400
    unknown_scope = signing.Signer(salt=services.UNSUBSCRIBE_SALT).sign_object(
        {"user": reader.pk, "scope": "alles"}
    )
    response = client.post(reverse("notifications:unsubscribe", args=[unknown_scope]))
    assert response.status_code == 400


def test_a_link_for_a_deleted_account_fails(client, reader):
    url = link(reader, "report")
    reader.delete()
    assert client.get(url).status_code == 400


def test_the_link_is_the_same_in_every_mail_and_does_not_expire(client, reader):
    url = link(reader, "report")
    with time_machine.travel(timezone.now() + timedelta(days=400)):
        assert link(reader, "report") == url
        assert client.post(url).status_code == 200
    assert choices(reader)["report"] == "never"
