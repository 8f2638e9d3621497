"""A publication links to meetings, projects and terms, and those pages link back to it."""

import pytest

from library.models import Publication
from tests.glossary.factories import make_entry
from tests.library.factories import make_publication
from tests.meetings.factories import make_meeting
from tests.projects.factories import make_project

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


@pytest.fixture
def linked():
    meeting = make_meeting("Kennissessie voor gemeenten", days_from_now=-60)
    project = make_project("Taal rondom scheiding")
    entry = make_entry("complexe scheidingsproblematiek")
    public = make_publication(
        "Denkkader verbinding en vertrouwen",
        meetings=[meeting],
        projects=[project],
        terms=[entry],
    )
    members_only = make_publication(
        "Handelingskader gezinsvertegenwoordiging",
        kind=Publication.Kind.ACTION_FRAMEWORK,
        members_only=True,
        meetings=[meeting],
        projects=[project],
        terms=[entry],
    )
    draft = make_publication(
        "Toolkit voor gemeenten",
        published=False,
        meetings=[meeting],
        projects=[project],
        terms=[entry],
    )
    return meeting, project, entry, public, members_only, draft


def test_the_publication_page_links_to_its_meeting_project_and_term(client, linked):
    meeting, project, entry, public, *_ = linked
    content = client.get(public.get_absolute_url()).content.decode()
    assert meeting.get_absolute_url() in content
    assert project.get_absolute_url() in content
    assert entry.get_absolute_url() in content


@pytest.mark.parametrize("page", ["meeting", "project", "entry"])
def test_meeting_project_and_term_pages_link_back_to_what_the_viewer_may_see(
    client, member_client, trekker_client, linked, page
):
    meeting, project, entry, public, members_only, draft = linked
    url = {"meeting": meeting, "project": project, "entry": entry}[page].get_absolute_url()

    anonymous = client.get(url).content.decode()
    assert "In de kennisbank" in anonymous
    assert public.get_absolute_url() in anonymous
    assert members_only.title not in anonymous
    assert draft.title not in anonymous

    member = member_client.get(url).content.decode()
    assert members_only.get_absolute_url() in member
    assert draft.title not in member

    # Trekkers see drafts everywhere, so they can check the links before publishing.
    assert draft.get_absolute_url() in trekker_client.get(url).content.decode()


def test_pages_without_publications_show_no_kennisbank_block(client):
    meeting = make_meeting("Kwartaalbijeenkomst zonder producten")
    assert "In de kennisbank" not in client.get(meeting.get_absolute_url()).content.decode()


def test_the_b1_version_links_both_ways(client):
    b1 = make_publication("Denkkader in eenvoudige taal")
    original = make_publication("Denkkader verbinding en vertrouwen", b1_version=b1)
    content = client.get(original.get_absolute_url()).content.decode()
    assert "In eenvoudige taal (B1)" in content
    assert b1.get_absolute_url() in content
    back = client.get(b1.get_absolute_url()).content.decode()
    assert "versie in eenvoudige taal van" in back
    assert original.get_absolute_url() in back


def test_a_hidden_b1_version_is_not_linked(client):
    b1 = make_publication("B1-versie in de maak", published=False)
    original = make_publication("Denkkader", b1_version=b1, b1_body="Een **korte** uitleg.")
    content = client.get(original.get_absolute_url()).content.decode()
    assert b1.get_absolute_url() not in content
    assert "<strong>korte</strong>" in content
