"""Offsets stay right whatever the text looks like: line breaks, spaces, quotes, punctuation."""

import pytest

CSP = "complexe-scheidingsproblematiek"


@pytest.mark.parametrize("separator", [" ", "   ", "\n", "\r\n", "\n\n  ", "\t", "\u00a0", " -\n"])
def test_multi_word_term_is_found_across_line_breaks_and_several_spaces(found, separator):
    text = f"Kinderen uit een gebroken{separator}gezin."
    end = 25 + len(separator) + 5
    assert found(text) == [(17, end, f"gebroken{separator}gezin", "eenoudergezin")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("“Vechtscheiding” is een beladen woord.", 1),
        ("Het woord 'vechtscheiding' valt vaak.", 11),
        ("(vechtscheiding)", 1),
        ("Zo'n vechtscheiding, toch?", 5),
        ("Geen vechtscheiding.", 5),
        ("vechtscheiding", 0),
        ("...vechtscheiding...", 3),
        ("*vechtscheiding*", 1),
    ],
)
def test_punctuation_and_quotes_around_a_word_are_not_part_of_the_match(found, text, start):
    assert found(text) == [(start, start + 14, text[start : start + 14], CSP)]


def test_offsets_count_characters_of_the_original_text_with_accents_and_emoji(found):
    text = "Coördinatie 👪 bij een vechtscheiding en ouderverstoting."
    assert found(text) == [
        (22, 36, "vechtscheiding", CSP),
        (40, 55, "ouderverstoting", "contactverlies"),
    ]


def test_every_occurrence_is_found_in_text_order(found):
    text = "Ouderverstoting\nvechtscheiding; PAS.\n\nVechtscheidingen"
    assert found(text) == [
        (0, 15, "Ouderverstoting", "contactverlies"),
        (16, 30, "vechtscheiding", CSP),
        (32, 35, "PAS", "contactverlies"),
        (38, 54, "Vechtscheidingen", CSP),
    ]


def test_text_without_discouraged_terms_has_no_findings(found):
    assert found("") == []
    assert found("Ouders werken samen aan een ouderschapsplan.") == []


def test_offsets_stay_right_after_a_character_whose_lowercase_is_longer(found):
    text = "İSTANBUL: een vechtscheiding"
    assert found(text) == [(14, 28, "vechtscheiding", CSP)]
