"""What people type is cleaned up into words before PostgreSQL sees it."""

from search.query import MAX_WORD_LENGTH, MAX_WORDS, parse_query


def test_words_are_lowercased_and_punctuation_is_dropped():
    assert parse_query("Triage, (Scheiding)!").words == ("triage", "scheiding")


def test_only_punctuation_gives_no_words():
    assert not parse_query("!?.,;:'\"()[]{}<>&|*-+=").words


def test_dutch_stop_words_are_set_aside():
    query = parse_query("de triage en het ouderschapsplan")
    assert query.words == ("triage", "ouderschapsplan")
    assert query.stop_words == ("de", "en", "het")


def test_minus_before_a_word_excludes_it():
    query = parse_query("triage -school")
    assert query.words == ("triage",)
    assert query.excluded == ("school",)


def test_hyphen_inside_a_word_is_not_an_exclusion():
    assert parse_query("klein-maar-fijn").words == ("klein", "fijn")


def test_long_input_is_capped_in_length_and_in_words():
    query = parse_query("scheiding " * 500 + "x" * 5000)
    assert len(query.text) <= 200
    assert len(query.words) == MAX_WORDS
    assert all(len(word) <= MAX_WORD_LENGTH for word in parse_query("y" * 5000).words)


def test_sql_and_html_become_harmless_words():
    assert parse_query("'; DROP TABLE users; --").words == ("drop", "table", "users")
    assert parse_query("<script>alert(1)</script>").words == ("script", "alert", "1", "script")


def test_letters_of_other_scripts_and_accents_are_kept():
    assert parse_query("Café naïef Ærø").words == ("café", "naïef", "ærø")
