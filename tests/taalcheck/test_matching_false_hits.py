"""The matcher does not cry wolf: unrelated words, ordinary words and named exceptions."""

import pytest

from glossary.taalcheck.matching import DiscouragedLabel, MatchEntry, Matcher


@pytest.mark.parametrize(
    "text",
    [
        "Een complex verhaal, extra examens en een expert.",
        "Een echtscheiding is geen vechtpartij.",
        "Pas op: de pas is verlopen, dus pas het later aan.",
        "Pasen, paspoort, passend.",
        "De paarden liepen in de wei.",
        "Mijn vechtscheidinger",
        "Het gezin bleef heel; het gebroken raam werd gemaakt.",
        "Gebroken, gezin.",
    ],
)
def test_no_hits_inside_unrelated_or_ordinary_words(found, text):
    assert found(text) == []


def test_label_inside_a_longer_word_without_a_compound_part_is_not_found(found):
    # "echtscheidingsstrijd" is a label; "vechtscheidingsstrijd" starts with "v" + label,
    # and one letter is no compound part. It is still a compound of "vechtscheiding".
    assert found("Een vechtscheidingsstrijd.") == [
        (4, 25, "vechtscheidingsstrijd", "complexe-scheidingsproblematiek")
    ]
    assert found("Een echtscheidingsstrijd.") == [(4, 24, "echtscheidingsstrijd", "echtscheiding")]


@pytest.mark.parametrize("written", ["pas", "Pas", "P.A.S.", "PASsen"])
def test_abbreviation_is_matched_only_as_written(found, written):
    assert found(f"Dat is {written} later.") == []


def test_abbreviation_written_as_such_is_found(found):
    assert found("Men sprak van PAS.") == [(14, 17, "PAS", "contactverlies")]


def test_named_exception_of_the_entry_is_not_a_finding(found):
    text = "Stichting Stop Vechtscheiding\nhelpt bij een vechtscheiding."
    assert found(text) == [(44, 58, "vechtscheiding", "complexe-scheidingsproblematiek")]
    assert found("De stichting stop   vechtscheiding.") == []


def test_exception_of_one_entry_does_not_hide_another_entrys_terms():
    matcher = Matcher(
        [
            MatchEntry("a", "a", (DiscouragedLabel("ouderverstoting", "x"),)),
            MatchEntry("b", "b", (), exceptions=("Ouderverstoting Nederland",)),
        ]
    )
    assert [f.term for f in matcher.find("Ouderverstoting Nederland")] == ["a"]


def test_capitals_after_the_first_letter_make_a_label_match_as_written_by_default():
    matcher = Matcher([MatchEntry("a", "a", (DiscouragedLabel("KOPP", "x"),))])
    assert matcher.find("kopp en Kopp") == []
    assert [f.match for f in matcher.find("KOPP-kind")] == ["KOPP-kind"]


def test_glossary_without_labels_finds_nothing():
    assert Matcher([]).find("vechtscheiding") == []
    assert Matcher([MatchEntry("a", "a")]).find_terms("a") == []


def test_absurdly_long_run_of_letters_is_no_word_and_has_no_findings(found):
    assert found("vechtscheiding" * 3500) == []
    assert found("x" * 100 + " vechtscheiding " + "y" * 100) == [
        (101, 115, "vechtscheiding", "complexe-scheidingsproblematiek")
    ]
