"""The matcher finds discouraged terms in every capitalisation and inflected form."""

import pytest

from glossary.wordforms import fold_in_place
from tests.taalcheck.factories import VECHTSCHEIDING_REASON

CSP = "complexe-scheidingsproblematiek"


def test_finding_carries_entry_preferred_term_and_reason(matcher):
    [finding] = matcher.find("Het was een vechtscheiding.")
    assert (finding.start, finding.end, finding.match) == (12, 26, "vechtscheiding")
    assert finding.term == CSP
    assert finding.preferred == "complexe scheidingsproblematiek"
    assert finding.reason == VECHTSCHEIDING_REASON
    assert finding.as_dict() == {
        "start": 12,
        "end": 26,
        "match": "vechtscheiding",
        "term": CSP,
        "preferred": "complexe scheidingsproblematiek",
        "reason": VECHTSCHEIDING_REASON,
    }


@pytest.mark.parametrize(
    "written", ["vechtscheiding", "Vechtscheiding", "VECHTSCHEIDING", "VechtScheiding"]
)
def test_any_capitalisation_is_found(found, written):
    assert found(f"Een {written}!") == [(4, 18, written, CSP)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twee vechtscheidingen.", (5, 21, "vechtscheidingen")),
        ("De vechtscheidings aanpak", (3, 18, "vechtscheidings")),
        ("Die vechtscheiding's gevolgen", (4, 20, "vechtscheiding's")),
        ("Een vechtscheidinkje", (4, 20, "vechtscheidinkje")),
    ],
)
def test_plurals_genitives_and_diminutives_of_a_noun_are_found(found, text, expected):
    assert found(text) == [(*expected, CSP)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Zij groeide op in een gebroken gezin.", 22, 36),
        ("Kinderen uit gebroken gezinnen.", 13, 30),
        ("Een gebroken gezinnetje.", 4, 23),
        ("Twee gebroken gezinnetjes.", 5, 25),
    ],
)
def test_consonant_doubling_before_an_ending_is_found(found, text, start, end):
    assert found(text) == [(start, end, text[start:end], "eenoudergezin")]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Er waren twee paren.", "paren"),
        ("Twee brieven kwamen.", "brieven"),
        ("De schuldvragen bleven.", "schuldvragen"),
        ("Gevoelens van machteloosheden.", "machteloosheden"),
        ("Scheidingskinderen praten mee.", "Scheidingskinderen"),
        ("Een scheidingskindje.", "scheidingskindje"),
    ],
)
def test_dutch_spelling_changes_before_endings_are_found(found, text, match):
    start = text.index(match)
    assert found(text) == [(start, start + len(match), match, "ouderschapsplan")]


def test_forms_are_written_out_so_nothing_is_over_stripped_like_a_stemmer_does(found):
    # Snowball's Dutch stemmer turns "gezag" into "zag"; our forms only ever add endings to the
    # label, so "paarden" (horses) is no form of "paar", while the diminutive "briefje" is.
    assert found("Ik zag het gezag, paarden en een briefje.") == [
        (33, 40, "briefje", "ouderschapsplan")
    ]


def test_folding_keeps_offsets_for_accents_and_odd_capitals():
    text = "İnge’s coördinator – Ĳssel"
    assert len(fold_in_place(text)) == len(text)
    assert fold_in_place("Coördinatie Ÿ") == "coordinatie y"
