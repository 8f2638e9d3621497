"""Links typed by trekkers: a full http(s) address or a path on this portal, nothing that a
browser could read as a link to another site."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from leernetwerk.link_validators import validate_link_target, validate_web_address
from meetings.models import GoodToKnow
from projects.models import Project, ProjectLink
from tests.meetings.test_admin import inline_management as meeting_inline
from tests.meetings.test_admin import meeting_form
from tests.projects.test_admin import add_project, inline_management, project_form

# Browsers read a backslash as a slash and drop tabs and line breaks inside a link, so each of
# these leaves the portal or hides what it is.
BAD_LINKS = [
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/pad met spatie",
    "/pad\r\nBcc: x@example.org",
    "/pad\x00",
    "/pad\x7f",
    "/\u2028evil",
    "https://evil.example/\\pad",
    "https:\\\\evil.example",
    "http:/\\evil.example",
    "https://evil .example",
    "https://evil.example/\tpad",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://example.org/bestand",
    "mailto:iemand@example.org",
    "begrippen/",
    "evil.example",
    "",
]
GOOD_LINKS = [
    "/",
    "/begrippen/",
    "/begrippen/tipsheet/",
    "/zoeken/?q=ouderschap#resultaten",
    "https://www.rijksoverheid.nl/onderwerpen/scheiden",
    "http://example.org/pad?a=1&b=2",
    "https://example.org",
]


@pytest.mark.parametrize("link", BAD_LINKS)
def test_a_bad_link_is_refused_with_a_dutch_message(link):
    with pytest.raises(ValidationError) as refused:
        validate_link_target(link)

    assert "Vul een webadres in" in refused.value.messages[0]


@pytest.mark.parametrize("link", GOOD_LINKS)
def test_a_portal_path_or_web_address_is_accepted(link):
    validate_link_target(link)


@pytest.mark.parametrize("link", [*BAD_LINKS, "/begrippen/"])
def test_a_link_to_another_site_must_be_a_full_web_address(link):
    with pytest.raises(ValidationError):
        validate_web_address(link)


@pytest.mark.parametrize("link", [link for link in GOOD_LINKS if link.startswith("http")])
def test_a_full_web_address_is_accepted_as_a_link_to_another_site(link):
    validate_web_address(link)


@pytest.mark.django_db
@pytest.mark.parametrize("link", ["/\\evil.example", "//evil.example", "/pad\tmet\ttab"])
def test_the_project_admin_refuses_a_link_that_leaves_the_portal(trekker_client, link):
    data = project_form(
        **inline_management("links", 1),
        **{"links-0-title": "Opbrengst", "links-0-url": link, "links-0-position": 0},
    )

    response = add_project(trekker_client, data)

    assert "Vul een webadres in dat begint met https://" in response.content.decode()
    assert not Project.objects.exists()


@pytest.mark.django_db
def test_the_project_admin_keeps_a_good_portal_link_and_shows_it_on_the_page(
    client, trekker_client
):
    data = project_form(
        **inline_management("links", 1),
        **{
            "links-0-title": "Tipsheet",
            "links-0-url": "/begrippen/tipsheet/",
            "links-0-position": 0,
        },
    )

    add_project(trekker_client, data)

    link = ProjectLink.objects.get()
    assert link.is_on_this_portal()
    page = client.get(link.project.get_absolute_url()).content.decode()
    assert 'href="/begrippen/tipsheet/"' in page


def test_a_link_starting_with_slash_backslash_is_not_on_this_portal():
    assert not ProjectLink(url="/\\evil.example").is_on_this_portal()
    assert not ProjectLink(url="//evil.example").is_on_this_portal()


@pytest.mark.django_db
@pytest.mark.parametrize("link", ["javascript:alert(1)", "ftp://example.org/x", "/begrippen/"])
def test_the_meeting_admin_refuses_a_good_to_know_link_that_is_not_a_web_address(
    trekker_client, link
):
    data = meeting_form(
        **meeting_inline("good_to_know", total=1),
        **{
            "good_to_know-0-title": "Congres",
            "good_to_know-0-url": link,
            "good_to_know-0-position": "0",
            "good_to_know-0-happens_on": "",
            "good_to_know-0-description": "",
        },
    )

    response = trekker_client.post(reverse("admin:meetings_meeting_add"), data)

    # Django's own URL check may answer first ("Voer een geldige URL in"); either way in Dutch.
    (good_to_know,) = [
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "good_to_know"
    ]
    errors = good_to_know.errors[0]["url"]
    assert "geldige URL" in errors[0] or "Vul een volledig webadres in" in errors[0]
    assert not GoodToKnow.objects.exists()


@pytest.mark.django_db
def test_the_meeting_admin_refuses_an_online_link_that_is_not_a_web_address(trekker_client):
    response = trekker_client.post(
        reverse("admin:meetings_meeting_add"), meeting_form(online_url="ftp://meet.example.org")
    )

    assert response.status_code == 200
    assert "Vul een volledig webadres in" in response.content.decode()
