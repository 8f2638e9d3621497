"""The public kennisbank as JSON and in the sitemap; the page for starting a network elsewhere."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from library.models import Publication
from tests.glossary.factories import make_entry
from tests.library.factories import make_news_item, make_publication, make_publication_file

pytestmark = pytest.mark.django_db

API = reverse("library_api:list")


def test_the_api_lists_only_public_published_publications(client):
    public = make_publication("Denkkader", themes=["taal"], audiences=["professionals"])
    make_publication("Voor leden", members_only=True)
    make_publication("Concept", published=False)

    response = client.get(API)
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["count"] == 1
    [result] = data["results"]
    assert result["title"] == "Denkkader"
    assert result["url"].endswith(public.get_absolute_url())
    assert result["themes"] == ["taal"]
    assert result["audiences"] == ["professionals"]


def test_the_api_filters_like_the_page(client):
    make_publication("Triagelijst", kind=Publication.Kind.INSTRUMENT)
    make_publication("Tipsheet", kind=Publication.Kind.TIPSHEET)
    titles = [r["title"] for r in client.get(API + "?soort=instrument").json()["results"]]
    assert titles == ["Triagelijst"]


def test_the_api_detail_of_an_instrument_says_where_it_stands(client):
    entry = make_entry("triage")
    instrument = make_publication(
        "Triagelijst Scheiding",
        kind=Publication.Kind.INSTRUMENT,
        databank="nji",
        databank_url="https://www.nji.nl/interventies/triagelijst",
        recognition_level="Goed beschreven",
        terms=[entry],
    )
    make_publication_file(instrument, title="Handleiding")
    data = client.get(reverse("library_api:detail", args=[instrument.slug])).json()
    assert data["instrument"]["recognition_level"] == "Goed beschreven"
    assert data["files"][0]["title"] == "Handleiding"
    assert data["terms"][0]["url"].endswith(entry.get_absolute_url())


def test_the_api_does_not_show_a_members_only_publication(client):
    hidden = make_publication("Voor leden", members_only=True)
    response = client.get(reverse("library_api:detail", args=[hidden.slug]))
    assert response.status_code == 404
    assert "Voor leden" not in response.content.decode()


def test_the_sitemap_lists_public_publications_and_news_only(client):
    public = make_publication("Denkkader")
    hidden = make_publication("Voor leden", members_only=True)
    draft = make_publication("Concept", published=False)
    news = make_news_item("Interview")
    content = client.get("/sitemap.xml").content.decode()
    assert public.get_absolute_url() in content
    assert news.get_absolute_url() in content
    assert hidden.get_absolute_url() not in content
    assert draft.get_absolute_url() not in content
    for path in ["/kennisbank/", "/nieuws/", "/kennisbank/zelf-een-leernetwerk-starten/"]:
        assert path in content


def test_the_start_page_gives_the_networks_own_advice(client):
    content = client.get(reverse("library:start")).content.decode()
    assert "Zelf een leernetwerk starten" in content
    assert "kwartiermaker" in content
    assert "vechtscheiding" not in content.lower()


def test_a_publication_slug_cannot_take_a_fixed_page():
    publication = Publication(title="Beeldmateriaal", slug="beeldmateriaal", kind="toolkit")
    with pytest.raises(ValidationError) as error:
        publication.full_clean()
    assert "slug" in error.value.message_dict
