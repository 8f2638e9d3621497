"""No HTML page is over 60 KB with the demo content (issue 14): every page type, as a visitor
and as a member."""

import pytest
from django.core.management import call_command

from glossary.models import Entry
from meetings.models import Meeting
from members.models import User
from projects.models import Project
from tests.factories import logged_in_client

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

MAX_BYTES = 60 * 1024
GOUDA = "kennissessie-gemeenten-gouda-3-september-2024"


def page_types():
    entry = Entry.objects.order_by("slug").first()
    project = Project.objects.filter(review=Project.Review.ACCEPTED).order_by("slug").first()
    return [
        "/",
        "/bijeenkomsten/",
        f"/bijeenkomsten/{GOUDA}/",
        Meeting.objects.upcoming().first().get_absolute_url(),
        "/bijeenkomsten/factsheets/",
        "/begrippen/",
        entry.get_absolute_url(),
        "/begrippen/tipsheet/",
        "/begrippen/zoeken/?q=ouder&alle=1",
        "/taalcheck/",
        "/zoeken/?q=triage",
        "/projecten/",
        project.get_absolute_url(),
        "/themas/",
        "/organisaties/",
        "/privacy/",
        "/contact/",
    ]


def test_every_page_type_stays_under_60_kb_with_the_demo_content(client, settings):
    settings.DEBUG = True  # load_demo only runs in development
    call_command("load_demo", verbosity=0)
    settings.DEBUG = False
    member = logged_in_client(User.objects.get(email="lid@example.org"))
    too_big = {}
    for who, visitor, urls in [
        ("bezoeker", client, page_types()),
        ("lid", member, [*page_types(), "/leden/", "/leden/mijn-gegevens/"]),
    ]:
        for url in urls:
            response = visitor.get(url)
            assert response.status_code == 200, (who, url, response.status_code)
            if len(response.content) > MAX_BYTES:
                too_big[who, url] = len(response.content) // 1024
    assert not too_big, f"pages over 60 KB: {too_big}"
