"""Dutch full-text matching: stems, prefixes, weights, snippets."""

import pytest
from django.contrib.auth.models import AnonymousUser

from search.models import SearchDocument
from search.query import search
from tests.search.factories import make_document

pytestmark = pytest.mark.django_db
Kind = SearchDocument.Kind


def titles(results):
    return [hit.title for group in results.groups for hit in group.hits]


def test_plural_finds_the_singular_through_dutch_stemming():
    make_document("Verslag", body="Over de scheiding van ouders.")
    assert titles(search("scheidingen", AnonymousUser())) == ["Verslag"]


def test_inflected_compound_finds_its_base_form():
    make_document("Woordkeuze", body="Het woord vechtscheiding gebruiken we liever niet.")
    assert titles(search("vechtscheidingen", AnonymousUser())) == ["Woordkeuze"]


def test_last_word_matches_as_a_prefix_while_typing():
    make_document("Triagelijst Scheiding", body="Een lijst om de ernst in te schatten.")
    assert titles(search("triagel", AnonymousUser())) == ["Triagelijst Scheiding"]
    # Half typed beyond the Dutch stem still matches the word as written.
    assert titles(search("scheidi", AnonymousUser())) == ["Triagelijst Scheiding"]


def test_earlier_words_must_match_whole():
    make_document("Triagelijst Scheiding")
    assert titles(search("triagel scheiding", AnonymousUser())) == []


def test_every_word_must_occur():
    make_document("Triage bij scheiding")
    make_document("Triage op school")
    assert titles(search("triage scheiding", AnonymousUser())) == ["Triage bij scheiding"]


def test_excluded_word_removes_documents_that_contain_it():
    make_document("Triage bij scheiding")
    make_document("Triage op school")
    assert titles(search("triage -school", AnonymousUser())) == ["Triage bij scheiding"]


def test_a_word_in_the_title_ranks_above_the_same_word_in_the_text():
    make_document("Verslag van de kennissessie", body="We bespraken triage. Triage werkt.")
    make_document("Triage", body="Een korte uitleg.")
    make_document("Andere namen", labels="triage")
    hits = search("triage", AnonymousUser(), kind=Kind.REPORT).page.object_list
    assert [hit.title for hit in hits] == ["Triage", "Andere namen", "Verslag van de kennissessie"]


def test_results_are_grouped_by_kind_with_counts_and_best_group_first():
    make_document("Ouderschapsplan", kind=Kind.TERM)
    for number in range(6):
        make_document(f"Verslag {number}", body="Iets over het ouderschapsplan.")
    results = search("ouderschapsplan", AnonymousUser())
    assert results.counts == {Kind.TERM: 1, Kind.REPORT: 6}
    assert [group.kind for group in results.groups] == [Kind.TERM, Kind.REPORT]
    report_group = results.groups[1]
    assert report_group.count == 6
    assert len(report_group.hits) == 4  # the best few; the rest behind "Alle 6 resultaten"


def test_one_kind_is_paginated():
    for number in range(25):
        make_document(f"Verslag {number}", body="Over triage.")
    make_document("Triage", kind=Kind.TERM)
    pages = [search("triage", AnonymousUser(), kind=Kind.REPORT, page=n).page for n in (1, 2, 3)]
    assert pages[0].paginator.count == 25
    assert [len(page.object_list) for page in pages] == [10, 10, 5]
    titles = [hit.title for page in pages for hit in page.object_list]
    assert sorted(titles) == sorted(f"Verslag {number}" for number in range(25))
    # A page number that makes no sense shows the last or first page, never an error.
    last = search("triage", AnonymousUser(), kind=Kind.REPORT, page="999").page
    assert last.number == 3
    assert [hit.title for hit in last.object_list] == [hit.title for hit in pages[2].object_list]
    for nonsense in ("x", "-1", "0", "", None, "1e9"):
        assert search("triage", AnonymousUser(), kind=Kind.REPORT, page=nonsense).page.number in (
            1,
            3,
        )


def test_unknown_kind_falls_back_to_all_kinds():
    make_document("Triage")
    results = search("triage", AnonymousUser(), kind="'; DROP")
    assert results.kind is None
    assert titles(results) == ["Triage"]


def test_snippet_highlights_the_match_and_escapes_everything_else():
    make_document(
        "Verslag", body='Wij zagen <script>alert("x")</script> bij de triage & de ⟦ouders⟧.'
    )
    (hit,) = search("triage", AnonymousUser()).groups[0].hits
    assert "<mark>triage</mark>" in hit.snippet
    assert "<script>" not in hit.snippet
    assert "&amp;" in hit.snippet
    assert hit.snippet.count("<mark>") == hit.snippet.count("</mark>") == 1


def test_document_without_text_gets_its_labels_as_snippet():
    make_document("Contactverlies", labels="ouderverstoting", kind=Kind.TERM)
    (hit,) = search("ouderverstoting", AnonymousUser()).groups[0].hits
    assert hit.snippet == "<mark>ouderverstoting</mark>"
