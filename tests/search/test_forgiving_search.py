"""Search that forgives: typos corrected, a helpful empty result, filters, programme items
below what says more, and snippets of whole words."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from search.models import SearchDocument
from search.query import search, snippet_text
from search.registry import plain_text
from search.vocabulary import Vocabulary, allowed_distance, edit_distance
from tests.html_validator import validate
from tests.meetings.factories import make_agenda_item, make_meeting, make_report
from tests.search.factories import make_document, make_entry

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
Kind = SearchDocument.Kind


# -- Edit distance and the vocabulary ------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "distance"),
    [
        ("triage", "triage", 0),
        ("trigae", "triage", 1),  # two neighbours swapped: one edit
        ("vechscheiding", "vechtscheiding", 1),  # a letter missing
        ("scheidnig", "scheiding", 1),
        ("ouderschapspaln", "ouderschapsplan", 1),
        ("kwartaalbijenkomts", "kwartaalbijeenkomst", 2),
        ("mediation", "mediator", 2),
        ("divorce", "scheiding", 3),  # beyond the bound of 2: bound + 1
    ],
)
def test_edit_distance_counts_a_swap_as_one_edit_and_stops_at_the_bound(first, second, distance):
    assert edit_distance(first, second, 2) == distance


def test_short_words_are_never_corrected_long_ones_may_be_two_edits_off():
    assert [
        allowed_distance(word) for word in ["scha", "schaap", "scheiding", "vechtscheiding"]
    ] == [
        0,
        1,
        2,
        2,
    ]
    vocabulary = Vocabulary.of({"triage": 3, "vechtscheiding": 2, "school": 5, "ik": 9, "in": 9})
    assert vocabulary.nearest("trigae") == "triage"
    assert vocabulary.nearest("vechscheidng") == "vechtscheiding"
    assert vocabulary.nearest("tirgea") is None  # two edits off a six-letter word
    assert vocabulary.nearest("ij") is None  # too short to guess
    assert vocabulary.nearest("triage") is None  # known words need no correction


def test_a_tie_goes_to_the_most_common_word():
    vocabulary = Vocabulary.of({"ouders": 2, "odders": 1, "oudere": 7})
    assert vocabulary.nearest("ouderz") == "oudere"


# -- Typos on the page ---------------------------------------------------------------------


@pytest.fixture
def entry(db):
    return make_entry(
        "complexe scheidingsproblematiek",
        definition="Ouders lukt het niet om duurzaam samen te werken na de scheiding.",
        discouraged=["vechtscheiding"],
    )


def test_a_typo_shows_the_results_for_the_correction_with_did_you_mean(client, entry):
    content = client.get("/zoeken/", {"q": "vechscheiding"}).content.decode()
    assert "We vonden niets voor ‘vechscheiding’. Bedoelde je ‘" in content
    assert '<a href="?q=vechtscheiding">vechtscheiding</a>' in content
    assert 'href="/begrippen/complexe-scheidingsproblematiek/"' in content
    # The correction is a discouraged term: the glossary's advice follows it.
    assert "Gebruik liever:" in content


def test_only_the_unknown_word_of_several_is_corrected(entry):
    make_document("Verslag over school", body="Signalen van scheiding op school.")
    results = search("scheidnig school", AnonymousUser())
    assert results.typed == "scheidnig school"
    assert results.query.text == "scheiding school"
    assert [hit.title for group in results.groups for hit in group.hits] == ["Verslag over school"]


def test_a_word_added_to_the_index_is_known_to_the_next_search():
    make_document("Triage", body="Over triage.")
    assert search("ouderschapspaln", AnonymousUser()).total == 0
    make_document("Ouderschapsplan maken", body="Tips.")
    results = search("ouderschapspaln", AnonymousUser())
    assert results.typed == "ouderschapspaln"
    assert results.total == 1


def test_words_of_members_only_documents_are_never_suggested_to_anyone(member_client):
    make_document("Profiel", body="Werkt als gezinsvertegenwoordiger.", members_only=True)
    content = member_client.get("/zoeken/", {"q": "gezinsvertegenwoordigr"}).content.decode()
    assert "Bedoelde je" not in content
    assert "We vonden niets voor ‘gezinsvertegenwoordigr’." in content


def test_a_corrected_search_runs_a_fixed_number_of_queries(client, get_within_budget, entry):
    for number in range(5):
        make_document(f"Verslag {number}", body="Over triage en vechtscheiding.")
    client.get("/zoeken/?q=vechscheiding")  # builds the vocabulary and glossary index once
    # The ranking of the typed words (nothing), the vocabulary's version, the ranking of the
    # correction, its shown hits with snippets, the glossary version (advice).
    response = get_within_budget(client, "/zoeken/?q=vechscheiding", 5)
    assert "Bedoelde je" in response.content.decode()


# -- The empty result ----------------------------------------------------------------------


def test_empty_result_offers_the_glossary_lookup_with_the_query_themes_and_tips(
    client, get_within_budget
):
    make_document("Verslag", body="Over triage.")
    make_document("Kinderen in beeld", kind=Kind.THEME, url="/themas/kinderen/")
    make_document("Preventie", kind=Kind.THEME, url="/themas/preventie/")
    client.get("/zoeken/?q=kinderen+knel")
    # The ranking (nothing), the vocabulary's version, the themes.
    response = get_within_budget(client, "/zoeken/?q=kinderen+knel", 3)
    content = response.content.decode()
    assert "We vonden niets voor ‘kinderen knel’." in content
    assert 'href="/begrippen/zoeken/?q=kinderen+knel">begrippenkader</a>' in content
    assert "Het begin van een woord is genoeg" in content
    themes = content[content.index("Thema's die misschien passen") :]
    # The theme that shares a word comes first.
    assert themes.index('href="/themas/kinderen/"') < themes.index('href="/themas/preventie/"')


# -- Filters -------------------------------------------------------------------------------


def test_year_filter_shows_one_year_and_offers_every_year_of_the_matches(client):
    make_document("Triage 2024", body="Over triage.", date=datetime.date(2024, 3, 1))
    make_document("Triage 2025", body="Over triage.", date=datetime.date(2025, 5, 1))
    content = client.get("/zoeken/", {"q": "triage", "jaar": "2024"}).content.decode()
    assert "Triage 2024" in content
    assert "Triage 2025" not in content
    assert "1 resultaat voor ‘triage’ in 2024." in content
    assert '<option value="2025">2025</option>' in content
    assert '<option value="2024" selected>2024</option>' in content
    assert 'href="?q=triage&amp;soort=report&amp;jaar=2024"' in content


def test_kind_and_year_filters_ignore_nonsense(client):
    make_document("Triage", body="Over triage.", date=datetime.date(2024, 3, 1))
    for params in [{"jaar": "twee"}, {"jaar": "99999"}, {"soort": "<script>"}]:
        content = client.get("/zoeken/", {"q": "triage", **params}).content.decode()
        assert "1 resultaat voor ‘triage’." in content, params


def test_a_year_without_matches_links_to_every_year(client):
    make_document("Triage", body="Over triage.", date=datetime.date(2024, 3, 1))
    content = client.get("/zoeken/", {"q": "triage", "jaar": "2020"}).content.decode()
    assert "We vonden niets voor ‘triage’ in 2020." in content
    assert '<a href="?q=triage">Zoek in alle soorten en jaren</a>' in content


# -- Programme items -----------------------------------------------------------------------


def test_programme_items_rank_below_reports_even_when_their_title_matches():
    meeting = make_meeting("Kwartaalbijeenkomst", days_from_now=-10)
    make_agenda_item(meeting, "Triage")
    make_agenda_item(meeting, "Welkom")
    meeting.themes.add("triage")
    make_report(meeting, summary="Een werkgroep sprak over het eerste gesprek, en over triage.")
    results = search("triage", AnonymousUser())
    kinds = [group.kind for group in results.groups]
    assert kinds.index(Kind.REPORT) < kinds.index(Kind.AGENDA_ITEM)
    # "Welkom" carries the meeting's theme no more: only the item about triage is found.
    (items,) = [group for group in results.groups if group.kind == Kind.AGENDA_ITEM]
    assert [hit.title for hit in items.hits] == ["Triage"]


def test_programme_items_alone_come_first_by_their_rank():
    meeting = make_meeting("Kwartaalbijeenkomst", days_from_now=-10)
    make_agenda_item(meeting, "Triage")
    results = search("triage", AnonymousUser())
    assert [group.kind for group in results.groups][0] == Kind.AGENDA_ITEM


# -- Snippets ------------------------------------------------------------------------------


def test_plain_text_keeps_punctuation_against_the_word_before_it():
    html = "<p>Deze keer: <strong>triage</strong>, en <a href='/x/'>taal</a>.</p><p>Nieuw</p>"
    assert plain_text(html) == "Deze keer: triage, en taal. Nieuw"


def test_snippet_is_whole_words_with_dots_where_the_text_goes_on():
    words = " ".join(f"woord{number}" for number in range(60))
    body = f"{words}, en over triage in het Klein-maar-Fijn-project. {words}"
    make_document("Verslag", body=body)
    (group,) = search("triage", AnonymousUser()).groups
    snippet = group.hits[0].snippet
    assert snippet.startswith("… woord")
    assert snippet.endswith(" …")
    assert "<mark>triage</mark>" in snippet
    assert "Klein-maar-Fijn-project" in snippet or "Klein" not in snippet


def test_snippet_at_the_start_of_a_short_text_has_no_dots():
    make_document("Verslag", body="Over triage, en veiligheid.")
    (group,) = search("triage", AnonymousUser()).groups
    assert group.hits[0].snippet == "Over <mark>triage</mark>, en veiligheid."


def test_fragments_that_split_a_hyphenated_word_are_joined_back():
    marks = "\u27e6triage\u27e7"
    headline = f"het eerste Klein-maar\u27eaFijn-project over {marks}"
    source = "Dit is het eerste Klein-maar-Fijn-project over triage en meer."
    assert snippet_text(headline, source) == (
        "… het eerste Klein-maar-Fijn-project over \u27e6triage\u27e7 …"
    )


def test_correction_empty_result_and_filters_are_valid_html(client, entry):
    make_document("Triage", body="Over triage.", date=datetime.date(2024, 3, 1))
    make_document("Kinderen in beeld", kind=Kind.THEME, url="/themas/kinderen/")
    pages = {
        url: client.get(url).content.decode()
        for url in [
            "/zoeken/?q=vechscheiding",
            "/zoeken/?q=kinderen+knel",
            "/zoeken/?q=triage&jaar=2024&soort=report",
            "/zoeken/?q=triage&jaar=2020",
        ]
    }
    assert validate(pages) == {}
