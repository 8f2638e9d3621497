"""Theme filters on the index and the API, and an empty glossary (no demo content here)."""

import pytest

from tests.glossary.factories import make_entry

pytestmark = pytest.mark.django_db


def test_theme_filter_shows_only_entries_with_that_theme(client):
    make_entry("contactverlies", themes=["taal"])
    make_entry("zorgregeling", themes=["recht"])
    content = client.get("/begrippen/", {"thema": "recht"}).content.decode()
    assert "zorgregeling" in content
    assert "contactverlies" not in content
    assert '<option value="recht" selected>' in content


def test_unknown_theme_says_so_and_shows_everything(client):
    make_entry("contactverlies", themes=["taal"])
    content = client.get("/begrippen/", {"thema": "bestaat-niet"}).content.decode()
    assert "Dit thema kennen we niet" in content
    assert "contactverlies" in content


def test_empty_glossary_says_there_are_no_entries_yet(client):
    content = client.get("/begrippen/").content.decode()
    assert "nog geen begrippen" in content


def test_list_filters_on_theme(client):
    make_entry("contactverlies", themes=["taal"])
    make_entry("zorgregeling", themes=["recht"])
    data = client.get("/api/begrippen/", {"thema": "recht"}).json()
    assert [item["slug"] for item in data["results"]] == ["zorgregeling"]
