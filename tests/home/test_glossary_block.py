"""The home page offers the glossary lookup and highlights a term with its discouraged words."""

import datetime

import pytest

from glossary.home import highlighted_term
from glossary.models import Entry
from tests.search.factories import make_entry

pytestmark = pytest.mark.django_db


def established(preferred, **labels):
    return make_entry(
        preferred, status=Entry.Status.ESTABLISHED, status_date=datetime.date(2024, 1, 1), **labels
    )


def test_home_page_has_the_glossary_lookup_box(client):
    content = client.get("/").content.decode()
    assert 'action="/zoeken/"' in content
    assert '<input type="hidden" name="soort" value="term">' in content
    assert "Zoek een woord op in het begrippenkader" in content


def test_highlighted_term_shows_the_preferred_term_and_what_to_avoid(client):
    established("contactverlies", discouraged=["ouderverstoting"])
    content = client.get("/").content.decode()
    assert "Uitgelicht begrip:" in content
    assert "Zeg liever ‘contactverlies’ in plaats van ‘ouderverstoting’." in content


def test_only_established_entries_with_a_discouraged_term_are_highlighted(client):
    established("triage")
    make_entry("concept", discouraged=["oud woord"])
    assert highlighted_term(datetime.date(2026, 1, 1)) is None
    assert "Er is nog geen begrip uitgelicht" in client.get("/").content.decode()


def test_highlighted_term_changes_with_the_day_and_stays_the_same_during_it():
    for number in range(8):
        established(f"begrip {number}", discouraged=[f"oud woord {number}"])
    days = [datetime.date(2026, 1, day) for day in range(1, 11)]
    picks = [highlighted_term(day).slug for day in days]
    assert len(set(picks)) > 1
    assert highlighted_term(days[0]).slug == picks[0]
