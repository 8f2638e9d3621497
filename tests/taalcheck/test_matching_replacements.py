"""One-to-one replacements: only a word in the label's own form is filled in automatically."""

from glossary.taalcheck.matching import apply_replacements


def test_plain_forms_are_replaced_with_matching_capitalisation(matcher):
    text = "Vechtscheiding, vechtscheiding en VECHTSCHEIDING door ouderverstoting."
    assert apply_replacements(text, matcher.find(text)) == (
        "Complexe scheidingsproblematiek, complexe scheidingsproblematiek en "
        "COMPLEXE SCHEIDINGSPROBLEMATIEK door contactverlies."
    )


def test_inflected_forms_and_compounds_are_left_for_the_writer(matcher):
    text = "Twee vechtscheidingen en een vechtscheidingsadvocaat."
    findings = matcher.find(text)
    assert len(findings) == 2
    assert all(finding.replacement is None for finding in findings)
    assert apply_replacements(text, findings) == text


def test_multi_word_term_across_a_line_break_is_replaced_by_the_preferred_term(matcher):
    text = "Een gebroken\ngezin."
    assert apply_replacements(text, matcher.find(text)) == "Een eenoudergezin."


def test_abbreviation_is_replaced_without_capitalising_the_preferred_term(matcher):
    text = "Er is sprake van PAS."
    assert apply_replacements(text, matcher.find(text)) == "Er is sprake van contactverlies."
