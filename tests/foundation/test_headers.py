"""Headers on every response: Permissions-Policy, and private pages never kept by caches."""

import pytest

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/", "/begrippen/", "/bijeenkomsten/", "/projecten/", "/organisaties/"]
MEMBERS_ONLY_PAGES = ["/leden/", "/leden/mijn-profiel/bewerken/", "/leden/mijn-gegevens/"]


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/account/login/",
        "/bestaat-niet/",
        "/healthz",
        "/api/begrippen/",
        "/api/taalcheck/",
        "/bijeenkomsten/agenda.ics",
    ],
)
def test_every_response_switches_off_browser_features_the_portal_never_uses(client, url):
    policy = client.get(url)["Permissions-Policy"]

    for feature in ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]:
        assert f"{feature}=()" in policy


@pytest.mark.parametrize("url", MEMBERS_ONLY_PAGES)
def test_members_only_pages_are_private_and_never_stored(member_client, url):
    response = member_client.get(url)

    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control


def test_the_waiting_page_of_a_pending_account_is_private_too(pending_client):
    response = pending_client.get("/leden/")

    assert response.status_code == 403
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("url", [*PUBLIC_PAGES, "/beheer/"])
def test_every_page_a_logged_in_person_sees_is_private(trekker_client, url):
    response = trekker_client.get(url)

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_for_anonymous_visitors_may_still_be_cached(client, url):
    response = client.get(url)

    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
    assert "private" not in response.get("Cache-Control", "")
