"""Who sees which publication and news item: public, members-only and drafts, per role."""

import pytest
from django.urls import reverse

from library.models import NewsItem, Publication
from tests.library.factories import make_news_item, make_publication, make_publication_file

pytestmark = pytest.mark.django_db

INDEX = reverse("library:index")


@pytest.fixture
def publications():
    return {
        "public": make_publication("Openbaar denkkader"),
        "members": make_publication("Handelingskader voor leden", members_only=True),
        "draft": make_publication("Toolkit in de maak", published=False),
        "future": make_publication("Factsheet van volgende week", days_ago=-7),
    }


@pytest.mark.parametrize(
    ("role", "seen"),
    [
        ("client", {"public"}),
        ("pending_client", {"public"}),
        ("member_client", {"public", "members"}),
        ("trekker_client", {"public", "members", "draft", "future"}),
    ],
)
def test_each_role_sees_only_its_publications_in_the_list_and_on_their_pages(
    request, publications, role, seen
):
    client = request.getfixturevalue(role)
    content = client.get(INDEX).content.decode()
    for name, publication in publications.items():
        assert (publication.title in content) == (name in seen), name
        status = client.get(publication.get_absolute_url()).status_code
        assert status == (200 if name in seen else 404), name


def test_a_draft_is_marked_as_a_concept_for_the_trekker(trekker_client, publications):
    content = trekker_client.get(publications["draft"].get_absolute_url()).content.decode()
    assert "Dit is een concept" in content


def test_files_follow_the_visibility_of_their_publication(
    client, member_client, trekker_client, publications
):
    public_file = make_publication_file(publications["public"])
    members_file = make_publication_file(publications["members"])
    draft_file = make_publication_file(publications["draft"])

    response = client.get(public_file.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "public" in response["Cache-Control"]
    assert client.get(members_file.get_absolute_url()).status_code == 404
    response = member_client.get(members_file.get_absolute_url())
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert member_client.get(draft_file.get_absolute_url()).status_code == 404
    assert trekker_client.get(draft_file.get_absolute_url()).status_code == 200


def test_a_file_is_found_only_under_its_own_publication(client, publications):
    document = make_publication_file(publications["members"])
    url = reverse("library:file", args=[publications["public"].slug, document.pk])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("role", "seen"),
    [
        ("client", {"public"}),
        ("pending_client", {"public"}),
        ("member_client", {"public", "members"}),
        ("trekker_client", {"public", "members", "draft"}),
    ],
)
def test_each_role_sees_only_its_news(request, role, seen):
    items = {
        "public": make_news_item("Nieuws voor iedereen", kind=NewsItem.Kind.NEWS),
        "members": make_news_item("Nieuws voor leden", members_only=True),
        "draft": make_news_item("Nieuws in concept", published=False),
    }
    client = request.getfixturevalue(role)
    content = client.get(reverse("news:index")).content.decode()
    for name, item in items.items():
        assert (item.title in content) == (name in seen), name
        status = client.get(item.get_absolute_url()).status_code
        assert status == (200 if name in seen else 404), name


def test_list_filters_by_kind_theme_and_audience(client):
    make_publication("Tipsheet taal", kind=Publication.Kind.TIPSHEET, themes=["taal"])
    make_publication(
        "Praat erover voor jongeren",
        kind=Publication.Kind.IMAGES,
        audiences=["jongeren"],
        themes=["taal"],
    )
    make_publication("Triagelijst", kind=Publication.Kind.INSTRUMENT, themes=["triage"])

    def titles(query):
        content = client.get(f"{INDEX}?{query}").content.decode()
        return {
            title
            for title in ["Tipsheet taal", "Praat erover voor jongeren", "Triagelijst"]
            if title in content
        }

    assert titles("soort=instrument") == {"Triagelijst"}
    assert titles("thema=taal") == {"Tipsheet taal", "Praat erover voor jongeren"}
    assert titles("thema=taal&voor=jongeren") == {"Praat erover voor jongeren"}
    assert titles("soort=toolkit") == set()
    assert (
        "Geen publicaties met deze filters" in client.get(f"{INDEX}?soort=toolkit").content.decode()
    )


def test_an_empty_kennisbank_says_so(client):
    assert "Er staan nog geen publicaties" in client.get(INDEX).content.decode()
