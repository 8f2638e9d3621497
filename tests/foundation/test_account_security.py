"""Sign-up that tells nobody who is a member, long passwords, and limits on password forms."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.urls import reverse

from members.models import User
from tests.factories import PASSWORD, signup_data

NEW_PASSWORD = "Nog-een-ander-wachtwoord-77"
PROBE = "import logging; logging.getLogger('django.security').warning('probe-printed-once')"


class CountingHasher(MD5PasswordHasher):
    """The fast test hasher, counting how often it hashes."""

    algorithm = "counting_md5"
    calls = 0

    def encode(self, password, salt):
        CountingHasher.calls += 1
        return super().encode(password, salt)


@pytest.fixture
def hashes(settings):
    settings.PASSWORD_HASHERS = ["tests.foundation.test_account_security.CountingHasher"]
    CountingHasher.calls = 0
    return CountingHasher


def sign_up(client, email, password=PASSWORD):
    return client.post(
        reverse("account_signup"),
        signup_data(email, password),
    )


@pytest.mark.django_db
def test_sign_up_hashes_a_password_for_an_existing_address_as_for_a_new_one(client, member, hashes):
    sign_up(client, "nieuw@example.org")
    new_address = hashes.calls
    hashes.calls = 0

    existing = sign_up(client, member.email)

    assert new_address >= 1
    assert hashes.calls == new_address
    assert existing.status_code == 302, "the same answer as for a new address"


@pytest.mark.django_db
def test_passwords_need_twelve_characters_with_a_dutch_message(client):
    response = sign_up(client, "kort@example.org", password="Kort-ww-12!")

    content = response.content.decode()
    assert "Dit wachtwoord is te kort. Gebruik minstens 12 tekens." in content
    assert not User.objects.filter(email="kort@example.org").exists()


@pytest.mark.django_db
def test_a_twelve_character_password_is_enough(client):
    sign_up(client, "lang@example.org", password="Wandel-pad-7")
    assert User.objects.filter(email="lang@example.org").exists()


@pytest.mark.django_db
def test_admin_password_change_hands_over_to_the_limited_form(trekker_client):
    response = trekker_client.get(reverse("admin:password_change"))
    assert response["Location"] == reverse("account_change_password")


@pytest.mark.django_db
def test_password_change_stops_after_five_tries_with_a_dutch_page(trekker_client, trekker):
    form = {"oldpassword": "fout-wachtwoord", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    for _ in range(5):
        assert trekker_client.post(reverse("account_change_password"), form).status_code == 200

    response = trekker_client.post(
        reverse("account_change_password"), {**form, "oldpassword": PASSWORD}
    )

    assert response.status_code == 429
    assert "Wacht een kwartier" in response.content.decode()
    trekker.refresh_from_db()
    assert trekker.check_password(PASSWORD)


def test_django_warnings_are_printed_once():
    """Django's logger hands its records to the root console only, not to a handler of its own."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        capture_output=True,
        text=True,
        env={**os.environ, "DEBUG": "1"},
        timeout=60,
        check=True,
    )
    assert result.stderr.count("probe-printed-once") == 1
