"""Dutch word forms for the glossary: folding text and the inflection rules, in one place.

`comparison_form` and `strip_word` serve the look-up (glossary/lookup.py): they compare what
someone types with a label. `fold_in_place` and `inflected_forms` serve the taalcheck matcher
(glossary/matching.py): it must report positions in the original text, so its folding keeps
the length, and it expands a label into the forms a text may hold.
"""

import re
import unicodedata

_VOWELS = "aeiouy"

# -- Comparing (look-up) ---------------------------------------------------------------------

_APOSTROPHES = str.maketrans("", "", "'’‘`´")
_NON_ALNUM = re.compile(r"[\W_]+")
_DIMINUTIVES = ("etjes", "etje", "tjes", "pjes", "tje", "pje", "jes", "je")
_PLURAL_S_AFTER = ("er", "el", "em", "en", "je", "a", "o", "y")
_LONG_VOWEL = re.compile(r"(aa|ee|oo|uu)([^aeiouy])$")


def comparison_form(text: str) -> str:
    """Lowercase, strip accents and apostrophes, turn punctuation into single spaces.

    For comparing what someone typed with a label; the length of the text changes.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    plain = plain.translate(_APOSTROPHES).casefold()
    return " ".join(_NON_ALNUM.sub(" ", plain).split())


def strip_word(word: str) -> str:
    """Remove a Dutch inflection ending from one folded word; keep at least four letters."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _DIMINUTIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    else:
        if word.endswith("en") and len(word) >= 6:
            word = word[:-2]
        elif word.endswith("s") and word[:-1].endswith(_PLURAL_S_AFTER) and len(word) >= 5:
            word = word[:-1]
        if word.endswith("e") and len(word) >= 5:
            word = word[:-1]
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in _VOWELS:
        word = word[:-1]
    return _LONG_VOWEL.sub(lambda m: m.group(1)[0] + m.group(2), word)


# -- Finding in a text (taalcheck) -------------------------------------------------------------


def _build_fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):
        character = chr(code)
        base = unicodedata.normalize("NFD", character)[0]
        if base != character and base.isascii() and base.isalpha():
            table[code] = base.lower()
    for quote in "‘’‚‛′`´":
        table[ord(quote)] = "'"
    for quote in "“”„‟″«»":
        table[ord(quote)] = '"'
    for hyphen in "‐‑‒–":
        table[ord(hyphen)] = "-"
    return table


_FOLD_TABLE = _build_fold_table()


def fold_in_place(text: str) -> str:
    """Lowercase and strip accents without changing the length of the text.

    For finding terms in a text: positions in the folded text are positions in the original.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(
            character.lower() if len(character.lower()) == 1 else character for character in text
        )
    return lowered.translate(_FOLD_TABLE)


_ENDINGS = ("eren", "etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je", "en", "'s", "s")
_ENDINGS_AFTER_DOUBLING = ("etjes", "etje", "eren", "en", "er", "e")
_ENDINGS_AFTER_VOWEL_CHANGE = ("en", "e")


def inflected_forms(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """Return (stem, endings) pairs; a stem without endings stands as it is."""
    endings = list(_ENDINGS)
    if word.endswith("e"):
        endings.append("n")
    else:
        endings.append("e")
    forms: list[tuple[str, tuple[str, ...]]] = [(word, tuple(endings))]
    if len(word) < 3 or not word[-1].isalpha():
        return forms
    last, before, before_that = word[-1], word[-2], word[-3]
    if (
        last not in _VOWELS
        and last not in "wxy"
        and before in _VOWELS
        and before_that not in _VOWELS
    ):
        forms.append((word + last, _ENDINGS_AFTER_DOUBLING))
    if last not in _VOWELS and before in _VOWELS and before == before_that and before != "i":
        forms.append((word[:-2] + last, _ENDINGS_AFTER_VOWEL_CHANGE))
    if last in "fs" and (before in _VOWELS or before in "lr"):
        forms.append((word[:-1] + ("v" if last == "f" else "z"), _ENDINGS_AFTER_VOWEL_CHANGE))
    if word.endswith("heid"):
        forms.append((word[:-4] + "heden", ()))
    if word.endswith("ing"):
        forms.append((word[:-1] + "k", ("jes", "je")))
    return forms
