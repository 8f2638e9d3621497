"""Compounds that contain a discouraged term are found, and highlighted as a whole word."""

import pytest

from glossary.taalcheck.matching import DiscouragedLabel, MatchEntry, Matcher

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


def test_a_compound_label_written_as_two_parts_is_found():
    matcher = Matcher(
        [
            MatchEntry(
                slug="complexe-scheidingsproblematiek",
                preferred="complexe scheidingsproblematiek",
                discouraged=(DiscouragedLabel("vechtscheiding", "Legt de schuld bij de ouders."),),
            )
        ]
    )
    text = "Een Vecht-scheiding, een vecht scheiding en vecht-scheidingen."
    found = [(finding.match, finding.replacement) for finding in matcher.find(text)]
    assert found == [
        ("Vecht-scheiding", "Complexe scheidingsproblematiek"),
        ("vecht scheiding", "complexe scheidingsproblematiek"),
        ("vecht-scheidingen", None),  # inflected: a person rewrites it
    ]
    # Words that merely sit next to each other across a sentence or line are no compound.
    assert matcher.find("Ze vecht. Scheiding volgt.") == []
    assert matcher.find("vecht\nscheiding") == []
