"""The pages a Dutch public-sector site is expected to have, and what crawlers read."""

import xml.etree.ElementTree as ET

import pytest
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from PIL import Image

from projects.models import Project
from tests.glossary.factories import make_entry
from tests.meetings.factories import make_meeting
from tests.projects.factories import make_project

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_locations(client, budget, get_within_budget):
    response = get_within_budget(client, "/sitemap.xml", budget)
    assert response["Content-Type"].startswith("application/xml")
    return [loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")]


def test_footer_links_privacy_accessibility_and_contact(client):
    content = client.get("/").content.decode()
    for url in ["/privacy/", "/toegankelijkheid/", "/contact/"]:
        assert f'href="{url}"' in content


def test_contact_page_gives_the_address_from_the_settings(client, settings):
    settings.CONTACT_EMAIL = "vragen@leernetwerk.example.org"
    content = client.get("/contact/").content.decode()
    assert '<a href="mailto:vragen@leernetwerk.example.org">' in content


def test_accessibility_statement_follows_the_model_statement(client, settings):
    content = client.get("/toegankelijkheid/").content.decode()
    for part in [
        "<h1>Toegankelijkheidsverklaring</h1>",
        "Status: voldoet gedeeltelijk",
        "WCAG 2.1, niveau AA",
        "Wat werkt nog niet goed?",
        f"mailto:{settings.CONTACT_EMAIL}",
        "Nationale ombudsman",
    ]:
        assert part in content


def test_robots_txt_keeps_crawlers_out_of_private_parts_and_names_the_sitemap(client, settings):
    settings.SITE_URL = "https://leernetwerk.example.org"
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    for prefix in ["/beheer/", "/account/", "/leden/", "/api/"]:
        assert f"Disallow: {prefix}" in lines
    assert "Sitemap: https://leernetwerk.example.org/sitemap.xml" in lines


def test_sitemap_lists_public_pages_at_the_site_url_and_never_a_proposal(
    client, settings, get_within_budget
):
    settings.SITE_URL = "https://leernetwerk.example.org"
    meeting = make_meeting()
    entry = make_entry()
    project = make_project("Samen in gesprek")
    proposal = make_project("Nog een voorstel", review=Project.Review.PROPOSED)
    # Per section: the items and the paginator's count (4 sections).
    locations = sitemap_locations(client, 8, get_within_budget)
    site = "https://leernetwerk.example.org"
    for path in [
        "/",
        "/contact/",
        "/toegankelijkheid/",
        meeting.get_absolute_url(),
        entry.get_absolute_url(),
        project.get_absolute_url(),
    ]:
        assert site + path in locations
    assert site + proposal.get_absolute_url() not in locations
    # Every listed page answers a visitor.
    for location in locations:
        assert client.get(location.removeprefix(site)).status_code == 200, location


def test_sitemap_runs_the_same_queries_for_more_content(client, get_within_budget):
    for number in range(15):
        make_meeting(f"Bijeenkomst {number}", days_from_now=number + 1)
        make_entry(f"begrip {number}")
        make_project(f"Project {number}")
    assert len(sitemap_locations(client, 8, get_within_budget)) > 45


def test_favicon_ico_redirects_to_a_real_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == staticfiles_storage.url("img/favicon.ico")
    with Image.open(finders.find("img/favicon.ico")) as image:
        assert image.format == "ICO"
        assert (32, 32) in image.info["sizes"]
