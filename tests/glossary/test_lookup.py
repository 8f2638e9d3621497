"""Lookup: any form a person types lands on the right entry, never a dead end."""

import pytest

from glossary.lookup import LookupResult, edit_distance, lookup
from glossary.models import Label
from glossary.wordforms import comparison_form, strip_word
from tests.glossary.factories import make_entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def glossary(demo_glossary):
    """The demo glossary (committed once for this module)."""


@pytest.mark.parametrize(
    "typed",
    [
        "complexe scheidingsproblematiek",  # the preferred term
        "vechtscheiding",  # the discouraged term
        "VECHTSCHEIDING",  # another case
        "Vechtscheiding ",
        "vechtscheidingen",  # a plural
        "vechtsheiding",  # a small typo
        "vechtscheidnig",  # two letters swapped
        "vechscheiding",  # a letter left out
        "Complexe  Scheidings-problematiek",  # hyphens and spaces
        "complexe scheidingsproblematieken",
    ],
)
def test_every_form_lands_on_complexe_scheidingsproblematiek(glossary, typed):
    result = lookup(typed)
    assert result.outcome == LookupResult.FOUND, result
    assert result.best.slug == "complexe-scheidingsproblematiek"


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("ouderverstoting", "contactverlies"),
        ("Ouderverstotingen", "contactverlies"),
        ("ouderverstotnig", "contactverlies"),
        ("verlies van contact", "contactverlies"),  # admitted alternative
        ("PAS", "contactverlies"),  # abbreviation
        ("coouderschap", "co-ouderschap"),  # hidden look-up form
        ("co ouderschap", "co-ouderschap"),
        ("gezinsvertegenwoordigers", "gezinsvertegenwoordiger"),  # -s plural
        ("ervaringsdeskundigen", "ervaringsdeskundige"),  # -n plural after -e
        ("ouderschapsplannen", "ouderschapsplan"),  # doubled consonant
        ("Veilig thuis", "veilig-thuis"),
        ("masic", "masic"),
        ("zorgregelingen", "zorgregeling"),
        ("ouderlijke macht", "ouderlijk-gezag"),
        ("klein maar fijn projecten", "klein-maar-fijn-project"),
        ("kwartaalbijeenkomsten", "kwartaalbijeenkomst"),
        ("gezag", "ouderlijk-gezag"),
        ("loyaliteitsconflicten", "loyaliteitsconflict"),
        ("omgangsregeling", "omgangsregeling"),
        ("bezoekregeling", "omgangsregeling"),  # discouraged
        ("omgangsrecht", "omgangsregeling"),  # the legal right, explained there
        ("hoofdverblijf", "hoofdverblijf"),
        ("OTS", "ondertoezichtstelling"),
        ("Bureau Jeugdzorg", "gecertificeerde-instelling"),
        ("gezinsvoogd", "jeugdbeschermer"),
        ("Raad van de Kinderbescherming", "raad-voor-de-kinderbescherming"),
        ("kinderen in de knel", "kinderen-uit-de-knel"),
    ],
)
def test_other_forms_land_on_their_entry(glossary, typed, slug):
    result = lookup(typed)
    assert result.outcome == LookupResult.FOUND, result
    assert result.best.slug == slug


def test_a_discouraged_word_says_use_instead_with_the_reason(glossary):
    result = lookup("vechtscheiding")
    assert result.discouraged is not None
    assert result.discouraged.preferred == "complexe scheidingsproblematiek"
    assert "schuld" in result.discouraged.reason
    assert result.discouraged.source


def test_the_preferred_term_is_not_reported_as_discouraged(glossary):
    assert lookup("contactverlies").discouraged is None


def test_a_hidden_look_up_form_is_never_shown_as_a_term(glossary):
    hit = lookup("beeldenbib").best
    assert hit.slug == "praat-erover"
    assert hit.matched_kind == Label.Kind.HIDDEN
    assert hit.shown_label == ""
    assert hit.as_dict()["matched"] == "Praat erover"


def test_several_candidates_give_a_short_list(glossary):
    result = lookup("complexe")
    assert result.outcome == LookupResult.CHOICES
    slugs = [hit.slug for hit in result.hits]
    assert {"complexe-scheiding", "complexe-scheidingsproblematiek"} <= set(slugs)
    assert len(slugs) <= 8


def test_a_word_inside_longer_terms_lists_those_terms(glossary):
    result = lookup("ouderschap")
    assert result.outcome == LookupResult.CHOICES
    assert {"co-ouderschap", "ouderschapsplan"} <= {hit.slug for hit in result.hits}


def test_a_compound_with_a_discouraged_term_finds_it(glossary):
    result = lookup("vechtscheidingsadvocaat")
    assert result.hits[0].slug == "complexe-scheidingsproblematiek"


@pytest.mark.parametrize("typed", ["xyzzy", "zwemles", "divorce", "kinderopvang in de zomer"])
def test_a_word_not_in_the_glossary_is_reported_as_missing_without_unrelated_entries(
    glossary, typed
):
    result = lookup(typed)
    assert result.outcome == LookupResult.NONE
    assert result.hits == []
    assert result.suggestions == []


def test_close_but_not_close_enough_words_are_suggested(glossary):
    result = lookup("interactieproblemaatjes")
    assert result.outcome == LookupResult.NONE
    assert [hit.slug for hit in result.suggestions] == ["interactieproblematiek"]


def test_a_compound_of_a_short_term_also_suggests_the_closer_term(glossary):
    result = lookup("scheidingsproblemaatjes")
    assert result.outcome == LookupResult.CHOICES
    assert [hit.slug for hit in result.hits] == ["scheiding"]  # "scheiding" is part of it
    assert "scheidingsproblematiek" in {hit.slug for hit in result.suggestions}


def test_a_phrase_sharing_a_word_with_a_term_suggests_only_terms_with_that_word(glossary):
    result = lookup("scheidingsproblemen bij pubers")
    slugs = {hit.slug for hit in result.suggestions}
    assert "scheidingsproblematiek" in slugs
    assert slugs <= {"scheidingsproblematiek", "complexe-scheidingsproblematiek"}


def test_a_near_miss_by_two_letters_is_suggested_and_nothing_further(glossary):
    # Two edits from "mediation": too far to be taken for it, close enough to suggest.
    result = lookup("medaiton")
    assert result.outcome == LookupResult.NONE
    assert [hit.slug for hit in result.suggestions] == ["mediation"]


def test_a_word_only_starting_like_a_term_is_not_close(glossary):
    assert lookup("kinderopvang").suggestions == []


def test_an_abbreviation_matched_as_written_is_not_found_inside_words(glossary):
    result = lookup("paspoort")
    assert "contactverlies" not in {hit.slug for hit in result.hits}


def test_empty_query_is_reported_as_empty(glossary):
    assert lookup("   ").outcome == LookupResult.EMPTY


def test_the_index_is_rebuilt_after_a_glossary_change(demo_glossary):
    entry = make_entry("kind in de knel")
    assert lookup("gebroken gezin").outcome == LookupResult.NONE
    Label.objects.create(
        entry=entry, text="gebroken gezin", kind=Label.Kind.DISCOURAGED, reason="r", source="s"
    )
    assert lookup("gebroken gezin").best.slug == "kind-in-de-knel"


def test_an_unchanged_glossary_is_looked_up_with_one_query(django_assert_num_queries, glossary):
    lookup("vechtscheiding")
    # Queries: the glossary version only; the index is reused.
    with django_assert_num_queries(1):
        assert lookup("ouderverstoting").best.slug == "contactverlies"


def test_fold_and_strip_follow_dutch_spelling():
    assert comparison_form("Coöuderschap") == "coouderschap"
    assert comparison_form("baby's") == "babys"
    assert strip_word("vechtscheidingen") == "vechtscheiding"
    assert strip_word("gezinnen") == "gezin"
    assert strip_word("gezin") == "gezin"
    assert strip_word("gezag") == "gezag"
    assert strip_word("problemen") == strip_word("probleem")
    assert strip_word("huisje") == "huis"


def test_edit_distance_counts_swaps_as_one_and_stops_at_the_limit():
    assert edit_distance("vechtscheiding", "vechtsheiding", 2) == 1
    assert edit_distance("scheidnig", "scheiding", 2) == 1
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


@pytest.mark.parametrize("typed", ["vechtsheiding", "Vechtscheidingen", "vecht-scheiding"])
def test_a_variant_of_a_discouraged_word_still_gives_the_advice(glossary, typed):
    hit = lookup(typed).discouraged
    assert hit is not None
    assert hit.matched_text == "vechtscheiding"
    assert hit.as_dict()["discouraged"] is True
