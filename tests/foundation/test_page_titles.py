"""Every page's <title>: its own name, a dash, the site name."""

import html
import re

import pytest
from django.conf import settings
from django.template import Context, Template

from glossary.models import Entry
from tests.glossary.factories import make_entry
from tests.meetings.factories import make_meeting
from tests.projects.factories import make_project

SEPARATOR = " \u2013 "


def title_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    [title] = re.findall(r"<title>(.*?)</title>", response.content.decode(), re.S)
    return html.unescape(title)


@pytest.mark.django_db
def test_main_pages_have_their_own_name_a_dash_and_the_site_name(client):
    meeting = make_meeting("Kwartaalbijeenkomst juni")
    entry = make_entry("ouderschapsplan", status=Entry.Status.ESTABLISHED)
    project = make_project("Taal rondom scheiding")
    urls = {
        "home": "/",
        "meetings": "/bijeenkomsten/",
        "meeting": meeting.get_absolute_url(),
        "glossary": "/begrippen/",
        "term": entry.get_absolute_url(),
        "projects": "/projecten/",
        "project": project.get_absolute_url(),
        "login": "/account/login/",
        "search": "/zoeken/?q=triage",
    }
    page_parts = {}
    for page, url in urls.items():
        title = title_of(client, url)
        page_part, separator, site_name = title.rpartition(SEPARATOR)
        assert (separator, site_name) == (SEPARATOR, settings.SITE_NAME), (page, title)
        assert page_part.strip() and page_part == page_part.strip(), (page, title)
        page_parts[page] = page_part

    assert len(set(page_parts.values())) == len(page_parts), page_parts
    assert page_parts["meeting"] == "Kwartaalbijeenkomst juni"
    assert page_parts["term"] == "ouderschapsplan"
    assert page_parts["project"] == "Taal rondom scheiding"
    assert page_parts["login"] == "Inloggen"


def test_title_of_a_page_without_a_name_is_the_site_name_alone():
    template = Template("{% filter page_title %}  \n  {% endfilter %}")
    assert template.render(Context()) == "Leernetwerk Kind &amp; Complexe Ouderrelaties"


@pytest.mark.django_db
def test_allauth_pages_keep_their_title_on_one_line_before_the_site_name(client):
    title = title_of(client, "/account/password/reset/")
    assert title.endswith(SEPARATOR + settings.SITE_NAME)
    assert "\n" not in title and not title.startswith(" ")
    assert title != settings.SITE_NAME
