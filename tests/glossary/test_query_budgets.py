"""Every glossary page runs the same number of queries for 3 entries as for 40."""

import pytest

from glossary.lookup import get_index
from tests.glossary.factories import make_many_entries

pytestmark = pytest.mark.django_db

SIZES = [3, 40]


@pytest.fixture(params=SIZES, ids=lambda size: f"{size}-entries")
def entries(request):
    entries = make_many_entries(request.param)
    get_index()  # the lookup index is built once per process and glossary version
    return entries


def test_index_page_budget(client, get_within_budget, entries):
    # Queries: theme list (+ its content type on a cold cache), entries with preferred term,
    # labels.
    response = get_within_budget(client, "/begrippen/", 4)
    assert response.content.decode().count('class="glossary-list__item"') == len(entries)


def test_index_page_with_theme_filter_budget(client, get_within_budget, entries):
    # Queries: theme list (+ content type), entries of the theme, labels.
    get_within_budget(client, "/begrippen/?thema=taal", 4)


def test_term_page_budget(client, get_within_budget, entries):
    # Queries: entry, labels, themes, audience notes, meanings, sources, related, broader,
    # narrower, the kennisbank's publications about the term.
    get_within_budget(client, f"/begrippen/{entries[1].slug}/", 10)


def test_term_page_after_a_lookup_budget(client, get_within_budget, entries):
    # Queries: the ten of the term page + the glossary version for the lookup notice.
    url = f"/begrippen/{entries[1].slug}/?gezocht=afgeraden+woord+0001"
    response = get_within_budget(client, url, 11)
    assert "Gebruik liever" in response.content.decode()


def test_lookup_page_budget(client, get_within_budget, entries):
    # Queries: the glossary version (the in-memory index answers the rest).
    get_within_budget(client, "/begrippen/zoeken/?q=begrip", 1)


def test_tipsheet_budget(client, get_within_budget, entries):
    # Queries: entries with discouraged terms, their labels, entries with meanings.
    get_within_budget(client, "/begrippen/tipsheet/", 3)


@pytest.mark.parametrize("extension", ["csv", "ttl", "jsonld"])
def test_export_budget(client, get_within_budget, entries, extension):
    # Queries: entries, labels, themes, audience notes, meanings, sources, related, broader,
    # narrower.
    get_within_budget(client, f"/begrippen/export/begrippenkader.{extension}", 9)


def test_api_list_budget(client, get_within_budget, entries):
    # Queries: entries with preferred term, labels.
    response = get_within_budget(client, "/api/begrippen/", 2)
    assert response.json()["count"] == len(entries)


def test_api_lookup_budget(client, get_within_budget, entries):
    # Queries: the glossary version.
    get_within_budget(client, "/api/begrippen/?q=begrip+0002", 1)


def test_api_detail_budget(client, get_within_budget, entries):
    # Queries: as the term page: entry, labels, themes, notes, meanings, sources, relations.
    get_within_budget(client, f"/api/begrippen/{entries[1].slug}/", 9)
