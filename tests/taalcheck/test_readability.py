"""Readability figures on fixed texts: syllables, sentences, the Flesch–Douma score, word lists.

Every number below is counted by hand in the comments, so a change in the counting shows.
"""

import pytest

from glossary.taalcheck.readability import (
    allowed_words_of,
    count_syllables,
    is_common,
    measure,
    split_sentences,
)

# 21 words in one sentence; syllables by hand (52 in all):
# De 1, ge-meen-te-lij-ke 5, jeugd-hulp-or-ga-ni-sa-tie 7, co-ör-di-neert 4, de 1,
# on-der-steu-ning 4, van 1, ge-zin-nen 3, met 1, kin-de-ren 3, bij 1, com-plex-e 3,
# schei-dings-pro-ble-ma-tiek 6, in 1, sa-men-wer-king 4, met 1, de 1, recht-bank 2, en 1,
# de 1, raad 1.
HARD = (
    "De gemeentelijke jeugdhulporganisatie coördineert de ondersteuning van gezinnen met "
    "kinderen bij complexe scheidingsproblematiek, in samenwerking met de rechtbank en de raad."
)
# 12 words in two sentences of 6; syllables: Het 1, kind 1, woont 1, bij 1, zijn 1, moe-der 2,
# Het 1, ziet 1, zijn 1, va-der 2, elk 1, week-end 2 = 15.
EASY = "Het kind woont bij zijn moeder. Het ziet zijn vader elk weekend."


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("kind", 1),
        ("huis", 1),  # ui
        ("eeuw", 1),  # eeu
        ("nieuw", 1),  # ieu
        ("één", 1),  # an accent is no new syllable
        ("ouders", 2),  # ou
        ("scheiding", 2),  # ei
        ("moeilijk", 2),  # oe, ij
        ("koeien", 2),  # oei-en
        ("draaien", 2),  # aai-en
        ("kinderen", 3),
        ("bijvoorbeeld", 3),  # ij, oo, ee
        ("theater", 3),  # e and a are two sounds
        ("radio", 3),
        ("ideaal", 3),  # i-de-aal
        ("zeeën", 2),  # the diaeresis starts a new syllable
        ("geëerd", 2),
        ("ruïne", 3),
        ("coördinatie", 5),
        ("informatie", 4),
        ("organisatie", 5),
        ("ondersteuning", 4),
        ("Vecht-scheiding", 3),  # both parts of a hyphenated word
        ("2024", 1),  # a number counts as one word of at least one syllable
    ],
)
def test_syllables_are_counted_by_dutch_vowel_groups(word, syllables):
    assert count_syllables(word) == syllables


def test_easy_text_scores_by_the_flesch_douma_formula():
    reading = measure(EASY)
    assert (reading.sentence_count, reading.word_count, reading.syllable_count) == (2, 12, 15)
    # 206.84 - 0.77 * (100 * 15 / 12 = 125) - 0.93 * 6 = 206.84 - 96.25 - 5.58 = 105.01
    assert reading.score == 105.0
    assert reading.is_b1
    assert reading.verdict == "Makkelijk te lezen."
    assert reading.long_sentences == ()
    assert reading.long_words == ()
    assert reading.uncommon_words == ()


def test_hard_text_has_a_low_score_a_long_sentence_and_long_words():
    reading = measure(HARD)
    assert (reading.sentence_count, reading.word_count, reading.syllable_count) == (1, 21, 52)
    # 206.84 - 0.77 * (100 * 52 / 21 = 247.619) - 0.93 * 21 = 206.84 - 190.667 - 19.53 = -3.36
    assert reading.score == -3.4
    assert not reading.is_b1
    assert reading.verdict.startswith("Moeilijk")
    [sentence] = reading.long_sentences
    assert sentence.word_count == 21
    assert sentence.quote == (
        "De gemeentelijke jeugdhulporganisatie coördineert de ondersteuning van gezinnen met "
        "kinderen bij complexe …"
    )
    # gemeentelijke: 5 syllables; the other two: more than 15 letters.
    assert reading.long_words == (
        "gemeentelijke",
        "jeugdhulporganisatie",
        "scheidingsproblematiek",
    )


def test_the_glossarys_own_terms_are_never_long_or_uncommon():
    allowed = allowed_words_of(["complexe scheidingsproblematiek", "ouderschapsplan"])
    assert "scheidingsproblematiek" not in measure(HARD, allowed).long_words
    text = "Jansen praat met de jeugdbeschermer over het ouderschapsplan."
    assert measure(text).uncommon_words == ("jeugdbeschermer", "ouderschapsplan")
    assert measure(text, allowed).uncommon_words == ("jeugdbeschermer",)


def test_uncommon_words_leave_out_names_and_compounds_of_common_words():
    # "Jansen" is a name (a capital inside the sentence); ouder + avond is a compound.
    reading = measure("Op de ouderavond bemiddelt Jansen tussen de ouders.")
    assert reading.uncommon_words == ("bemiddelt",)
    assert is_common("ouderavond")
    assert is_common("Kinderen")
    assert not is_common("bemiddelt")


def test_the_verdict_follows_the_b1_threshold_of_60():
    # 10 words of one syllable in one sentence: 206.84 - 77 - 9.3 = 120.54
    assert measure("Ik ga met mijn kind en hond naar het bos.").score == 120.5
    # 10 words, syllables moe-der 2, en 1, va-der 2, wo-nen 2, a-part 2, maar 1, pra-ten 2,
    # sa-men 2, o-ver 2, Tim 1 = 17: 206.84 - 0.77 * 170 - 0.93 * 10 = 66.64
    b1 = measure("Moeder en vader wonen apart maar praten samen over Tim.")
    assert (b1.syllable_count, b1.score) == (17, 66.6)
    assert b1.is_b1
    assert b1.verdict == "Goed te lezen voor de meeste mensen (B1)."
    # The same with Sanne (2 syllables): 18 syllables, 206.84 - 138.6 - 9.3 = 58.94
    above_b1 = measure("Moeder en vader wonen apart maar praten samen over Sanne.")
    assert (above_b1.syllable_count, above_b1.score) == (18, 58.9)
    assert not above_b1.is_b1
    assert above_b1.verdict == "Vrij moeilijk: voor veel mensen te moeilijk (boven B1)."


def test_a_text_without_words_has_no_score():
    reading = measure(" … 👪 ")
    assert reading.score is None
    assert reading.verdict == "Er staan geen woorden in de tekst."
    assert not reading.is_b1


def test_sentences_end_at_punctuation_blank_lines_and_list_items_not_at_abbreviations():
    text = (
        "Dit is een zin. Bijv. dit hoort er nog bij, o.a. met dhr. Jansen!\n"
        "Een lijst:\n- punt een\n- punt twee\n1. Eerste punt\n\n"
        "Een regel zonder punt\nloopt door op de volgende regel."
    )
    assert [sentence.text for sentence in split_sentences(text)] == [
        "Dit is een zin.",
        "Bijv. dit hoort er nog bij, o.a. met dhr. Jansen!",
        "Een lijst:",
        "- punt een",
        "- punt twee",
        "1. Eerste punt",
        "Een regel zonder punt\nloopt door op de volgende regel.",
    ]


def test_a_sentence_of_exactly_twenty_words_is_not_long():
    twenty = " ".join(["kind"] * 20) + "."
    assert measure(twenty).long_sentences == ()
    assert len(measure(twenty.replace(".", " kind.")).long_sentences) == 1
