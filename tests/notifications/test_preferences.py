"""The settings page: a choice per kind, the defaults, the one question after approval."""

import pytest
from django.urls import reverse

from members.services import approve_accounts
from notifications.models import Preferences
from notifications.sources import SOURCES
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

URL = "/leden/mijn-gegevens/meldingen/"


def all_choices(**chosen):
    return {source.kind: chosen.get(source.kind, "never") for source in SOURCES}


def test_the_url_is_under_my_data():
    assert reverse("notifications:settings") == URL


def test_the_page_shows_the_defaults_within_its_query_budget(member_client, get_within_budget):
    # session, account, the member's preferences
    response = get_within_budget(member_client, URL, 4)
    content = response.content.decode()
    assert "Meldingen per e-mail" in content
    for source in SOURCES:
        assert source.label in content
    form = response.context["form"]
    assert form["report"].initial == "digest"
    assert form["new_meeting"].initial == "digest"
    assert form["theme"].initial == "direct"
    assert "Kies waar je e-mail over wilt krijgen" in content  # first time
    assert "één e-mail op maandag om 7.00 uur" in content


def test_the_page_names_the_digest_moment_from_the_settings(member_client, settings):
    settings.DIGEST_WEEKDAY, settings.DIGEST_HOUR = 5, 16
    assert "één e-mail op vrijdag om 16.00 uur" in member_client.get(URL).content.decode()


def test_saving_stores_every_choice_and_confirms(member, member_client):
    response = member_client.post(URL, all_choices(report="direct", theme="digest"), follow=True)

    assert response.redirect_chain == [(URL, 302)]
    assert "Je keuzes voor e-mail zijn opgeslagen." in response.content.decode()
    preferences = Preferences.objects.get(user=member)
    assert preferences.choices == all_choices(report="direct", theme="digest")
    assert preferences.chosen_at is not None
    assert response.context["form"]["report"].initial == "direct"


def test_a_missing_or_unknown_choice_answers_in_dutch_and_keeps_the_rest(member, member_client):
    data = all_choices(report="direct")
    data["theme"] = "elk-uur"
    del data["factsheet"]

    response = member_client.post(URL, data)

    assert response.status_code == 400
    content = response.content.decode()
    assert "Kies hoe je dit wilt horen." in content
    assert "Selecteer een geldige keuze" in content or "geldige keuze" in content
    assert response.context["form"]["report"].value() == "direct"
    assert not Preferences.objects.filter(user=member, chosen_at__isnull=False).exists()


def test_pending_accounts_cannot_choose(pending_client):
    assert pending_client.get(URL).status_code == 403


def test_my_data_links_to_the_settings(member_client):
    assert f'href="{URL}"' in member_client.get("/leden/mijn-gegevens/").content.decode()


def test_a_newly_approved_member_is_asked_once_at_the_first_login(client):
    account = make_user("nieuw@example.org", approved=False)
    approve_accounts([account])

    first = client.post(
        reverse("account_login"), {"login": account.email, "password": PASSWORD}, follow=True
    )
    assert "Kies hoe je op de hoogte blijft" in first.content.decode()
    assert f'<a href="{URL}">' in first.content.decode()

    client.logout()
    second = client.post(
        reverse("account_login"), {"login": account.email, "password": PASSWORD}, follow=True
    )
    assert "Kies hoe je op de hoogte blijft" not in second.content.decode()


def test_the_approval_mail_points_to_the_settings(mailoutbox):
    account = make_user("nieuw@example.org", approved=False)
    approve_accounts([account])
    (message,) = mailoutbox
    assert URL in message.body


def test_a_pending_login_is_not_asked(client):
    account = make_user("wachtend@example.org", approved=False)
    response = client.post(
        reverse("account_login"), {"login": account.email, "password": PASSWORD}, follow=True
    )
    assert "Kies hoe je op de hoogte blijft" not in response.content.decode()
    assert not Preferences.objects.filter(user=account).exists()
