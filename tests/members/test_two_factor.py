"""Two-factor login (allauth.mfa): those who can publish need it for the admin; members may."""

from datetime import UTC, datetime, timedelta

import pyotp
import pytest
import time_machine
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD, TOTP_SECRET, make_user

ADMIN = reverse("admin:index")
NOON = datetime(2026, 3, 2, 12, 0, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _fixed_clock():
    """TOTP codes depend on the clock: pin it, and move on explicitly for a next code."""
    with time_machine.travel(NOON, tick=False) as traveller:
        yield traveller


def log_in(client, email):
    return client.post(reverse("account_login"), {"login": email, "password": PASSWORD})


def confirm_password(client, url):
    """Follow allauth's demand to type the password again before changing two-factor login."""
    response = client.get(url)
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(response["Location"], {"password": PASSWORD})


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


@pytest.fixture
def trekker_without_app(db):
    return make_user("nieuwe.trekker@example.org", trekker=True, authenticator_app=False)


@pytest.mark.django_db
def test_trekker_without_app_is_sent_from_the_admin_to_set_one_up(trekker_without_app):
    client = Client()
    client.force_login(trekker_without_app)

    response = client.get(ADMIN, follow=True)

    assert response.redirect_chain[0] == (reverse("mfa_activate_totp"), 302)
    assert any("Stel eerst tweestapsverificatie in" in m for m in messages_of(response))
    assert client.get(reverse("admin:members_user_changelist")).status_code == 302


@pytest.mark.django_db
def test_superuser_without_app_cannot_open_the_admin_either(db):
    boss = make_user("baas@example.org", superuser=True, authenticator_app=False)
    client = Client()
    client.force_login(boss)
    assert client.get(ADMIN)["Location"] == reverse("mfa_activate_totp")


@pytest.mark.django_db
def test_trekker_sets_up_the_app_and_then_opens_the_admin(trekker_without_app, _fixed_clock):
    client = Client()
    log_in(client, trekker_without_app.email)
    confirm_password(client, reverse("mfa_activate_totp"))
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    assert "Tweestapsverificatie instellen" in page.content.decode()
    secret = client.session["mfa.totp.secret"]

    response = client.post(reverse("mfa_activate_totp"), {"code": pyotp.TOTP(secret).now()})

    assert response.status_code == 302
    assert Authenticator.objects.filter(
        user=trekker_without_app, type=Authenticator.Type.TOTP
    ).exists()
    assert Authenticator.objects.filter(
        user=trekker_without_app, type=Authenticator.Type.RECOVERY_CODES
    ).exists()
    # The admin asks for one fresh code to confirm this session with the new app.
    confirm = client.get(ADMIN)
    assert confirm["Location"].startswith(reverse("mfa_reauthenticate"))
    _fixed_clock.shift(timedelta(seconds=30))
    client.post(confirm["Location"], {"code": pyotp.TOTP(secret).now()})
    assert client.get(ADMIN).status_code == 200


@pytest.mark.django_db
def test_trekker_logs_in_with_password_and_code_and_opens_the_admin(trekker):
    client = Client()

    response = log_in(client, trekker.email)
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get(ADMIN).status_code == 302, "not logged in before the code"

    response = client.post(reverse("mfa_authenticate"), {"code": pyotp.TOTP(TOTP_SECRET).now()})

    assert response.status_code == 302
    assert client.get(ADMIN).status_code == 200


@pytest.mark.django_db
def test_a_wrong_code_is_refused_in_dutch(trekker):
    client = Client()
    log_in(client, trekker.email)
    right = pyotp.TOTP(TOTP_SECRET).now()
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"

    response = client.post(reverse("mfa_authenticate"), {"code": wrong})

    assert response.status_code == 200
    assert "Deze code klopt niet." in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get(ADMIN).status_code == 302


@pytest.mark.django_db
def test_a_recovery_code_logs_in_once(trekker):
    codes = RecoveryCodes.activate(trekker).get_unused_codes()
    client = Client()
    log_in(client, trekker.email)

    client.post(reverse("mfa_authenticate"), {"code": codes[0]})

    assert client.get(ADMIN).status_code == 200
    again = Client()
    log_in(again, trekker.email)
    response = again.post(reverse("mfa_authenticate"), {"code": codes[0]})
    assert "Deze code klopt niet." in response.content.decode()


@pytest.mark.django_db
def test_trekker_with_app_confirms_a_session_started_without_code(trekker):
    client = Client()
    client.force_login(trekker)

    response = client.get(ADMIN)

    assert response["Location"] == reverse("mfa_reauthenticate") + "?next=%2Fbeheer%2F"


@pytest.mark.django_db
def test_trekker_client_of_the_suite_opens_the_admin(trekker_client):
    assert trekker_client.get(ADMIN).status_code == 200


@pytest.mark.django_db
def test_trekker_cannot_switch_the_app_off(trekker_client):
    confirm_password(trekker_client, reverse("mfa_deactivate_totp"))

    response = trekker_client.post(reverse("mfa_deactivate_totp"))

    assert "Je kunt tweestapsverificatie niet uitzetten" in response.content.decode()
    assert Authenticator.objects.filter(type=Authenticator.Type.TOTP).exists()


@pytest.mark.django_db
def test_member_may_turn_two_factor_on_from_my_data(member):
    client = Client()
    log_in(client, member.email)
    assert reverse("mfa_index") in client.get(reverse("members:my_data")).content.decode()
    confirm_password(client, reverse("mfa_activate_totp"))
    client.get(reverse("mfa_activate_totp"))
    secret = client.session["mfa.totp.secret"]

    client.post(reverse("mfa_activate_totp"), {"code": pyotp.TOTP(secret).now()})

    assert Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists()
    assert "Tweestapsverificatie staat aan" in client.get(reverse("mfa_index")).content.decode()


@pytest.mark.django_db
def test_member_needs_no_app_for_the_site(member_client):
    assert member_client.get(reverse("members:directory")).status_code == 200
