"""Compounds that contain a discouraged term are found, and highlighted as a whole word."""

import pytest

CSP = "complexe-scheidingsproblematiek"


@pytest.mark.parametrize(
    ("text", "start", "end", "term"),
    [
        ("Bel een vechtscheidingsadvocaat.", 8, 31, CSP),
        ("Over ouderverstotingsproblematiek.", 5, 33, "contactverlies"),
        ("De vechtscheidingzaak liep lang.", 3, 21, CSP),
        ("Een kindervechtscheiding.", 4, 24, CSP),
        ("Het vechtscheidingen-protocol.", 4, 29, CSP),
        ("Een anti-ouderverstoting-campagne.", 4, 33, "contactverlies"),
        ("Twee vechtscheidingsadvocaten.", 5, 29, CSP),
    ],
)
def test_compound_with_a_discouraged_term_is_found_as_one_word(found, text, start, end, term):
    assert found(text) == [(start, end, text[start:end], term)]


def test_hyphenated_compound_with_an_abbreviation_is_found(found):
    assert found("Zogenaamde PAS-kinderen.") == [(11, 23, "PAS-kinderen", "contactverlies")]


def test_short_label_is_found_in_a_hyphenated_compound_only(found):
    assert found("Mijn ex-partner en mijn ex.") == [
        (5, 15, "ex-partner", "andere-ouder"),
        (24, 26, "ex", "andere-ouder"),
    ]
