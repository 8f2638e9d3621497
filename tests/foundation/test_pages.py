"""The site layout, navigation and error pages."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

NAVIGATION = [
    "Bijeenkomsten",
    "Begrippen",
    "Taalcheck",
    "Projecten",
    "Kennisbank",
    "Nieuws",
    "Leden",
    "Zoeken",
]


@pytest.mark.django_db
def test_home_page_introduces_the_network_and_its_perspectives(client):
    response = client.get("/")
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl">' in content
    assert "gemeenschappelijke visie en taal" in content
    for perspective in ["Beleid", "Onderwijs", "Praktijk", "Onderzoek", "Doelgroep"]:
        assert perspective in content


@pytest.mark.django_db
def test_layout_has_skip_link_landmarks_and_navigation(client):
    content = client.get("/").content.decode()
    assert 'href="#inhoud"' in content
    assert '<main id="inhoud"' in content
    assert '<nav class="site-nav" aria-label="Hoofdmenu">' in content
    for label in [*NAVIGATION, "Inloggen"]:
        assert f">{label}<" in content


@pytest.mark.django_db
def test_logged_in_visitor_sees_profile_and_logout_instead_of_login(member_client):
    content = member_client.get("/").content.decode()
    assert "Mijn profiel" in content
    assert "Uitloggen" in content
    assert ">Inloggen<" not in content


@pytest.mark.django_db
def test_missing_page_answers_404_in_dutch_in_the_site_layout(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
    assert "Hoofdmenu" in response.content.decode()


def test_server_error_page_is_dutch_and_needs_no_database():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


@pytest.mark.django_db
def test_admin_login_goes_through_the_protected_site_login(client):
    response = client.get("/beheer/")
    assert response.status_code == 302
    assert response["Location"].startswith("/beheer/login/")
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


@pytest.mark.django_db
def test_member_without_staff_rights_is_refused_by_the_admin(member_client):
    assert member_client.get("/beheer/login/").status_code == 403


@pytest.mark.django_db
def test_navigation_marks_only_the_most_specific_section_as_current(member_client):
    content = member_client.get("/leden/mijn-profiel/", follow=True).content.decode()
    assert content.count('aria-current="page"') == 1
    assert 'aria-current="page">Mijn profiel<' in content


@pytest.mark.django_db
def test_navigation_links_to_other_sections_carry_no_empty_aria_current(member_client):
    content = member_client.get("/bijeenkomsten/").content.decode()
    assert 'aria-current=""' not in content
    assert 'aria-current="page">Bijeenkomsten<' in content


@pytest.mark.django_db
def test_pending_account_sees_the_approval_banner_and_no_members_link(pending_client):
    content = pending_client.get("/").content.decode()
    assert "Je account wacht nog op goedkeuring." in content
    assert ">Leden<" not in content


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["client", "member_client"])
def test_visitors_and_members_see_no_approval_banner(request, persona):
    content = request.getfixturevalue(persona).get("/").content.decode()
    assert "wacht nog op goedkeuring" not in content
    assert ">Leden<" in content
