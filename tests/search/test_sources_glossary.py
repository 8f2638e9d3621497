"""Glossary entries are findable by every label, and stay current as labels change."""

import pytest
from django.contrib.auth.models import AnonymousUser

from glossary.models import Label, Meaning
from search.query import search
from tests.search.factories import make_entry

pytestmark = pytest.mark.django_db


def term_hits(query):
    results = search(query, AnonymousUser(), kind="term")
    return [hit.title for hit in results.page.object_list] if results.page else []


def test_entry_is_found_by_every_kind_of_label():
    make_entry(
        "complexe scheidingsproblematiek",
        admitted=["complexe scheiding"],
        discouraged=["vechtscheiding"],
        hidden=["vechtsheiding"],
    )
    for query in [
        "scheidingsproblematiek",
        "complexe scheiding",
        "vechtscheidingen",
        "vechtsheiding",
    ]:
        assert term_hits(query) == ["complexe scheidingsproblematiek"], query


def test_entry_is_found_by_its_definition_and_meanings():
    entry = make_entry("veiligheid", definition="Geen dreiging voor het kind.")
    Meaning.objects.create(entry=entry, perspective="Veilig Thuis", text="Zonder geweld thuis.")
    assert term_hits("dreiging") == ["veiligheid"]
    assert term_hits("geweld") == ["veiligheid"]


def test_new_label_makes_the_entry_findable_at_once_and_a_deleted_one_no_longer():
    entry = make_entry("contactverlies")
    label = Label.objects.create(
        entry=entry, text="ouderverstoting", kind=Label.Kind.DISCOURAGED, reason="x", source="y"
    )
    assert term_hits("ouderverstoting") == ["contactverlies"]
    label.delete()
    assert term_hits("ouderverstoting") == []


def test_hidden_look_up_forms_never_show_in_the_snippet():
    make_entry(
        "co-ouderschap",
        definition="Beide ouders zorgen ongeveer evenveel.",
        hidden=["koouderschap"],
    )
    (hit,) = search("koouderschap", AnonymousUser()).groups[0].hits
    assert "koouderschap" not in hit.snippet
    assert "evenveel" in hit.snippet


def test_themes_of_an_entry_are_findable():
    entry = make_entry("triage")
    entry.themes.set(["veiligheid in de keten"])
    assert term_hits("keten") == ["triage"]
