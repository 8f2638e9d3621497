"""How easy a Dutch text is to read: sentences, words, syllables and one named score.

Plain Python, no Django. `measure(text, allowed_words)` returns a `Readability`:

- the **Flesch–Douma score**, the Dutch adaptation of Flesch's Reading Ease by W.H. Douma
  (1960, "De leesbaarheid van landbouwbladen", Landbouwhogeschool Wageningen):
  ``206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence``. Higher is easier;
  a score of `B1_MIN_SCORE` (60) or more counts here as plain language (B1). That mapping is
  a rule of thumb used by Dutch plain-language tools, not part of Douma's formula or of the
  CEFR;
- **long sentences**: more than `LONG_SENTENCE_WORDS` (20) words. Dutch B1 writing guides ask
  for sentences of about 10 to 15 words and treat more than 20 as too long for many readers;
- **long words**: more than `LONG_WORD_SYLLABLES` (4) syllables or more than
  `LONG_WORD_LETTERS` (15) letters, such as long compounds. Words of the glossary's own
  preferred and admitted terms are allowed (`allowed_words`): the network chose them;
- **uncommon words**: words of at least `UNCOMMON_MIN_LETTERS` letters that are not among the
  10,000 most frequent Dutch words (`data/common_dutch_words.txt`, from wordfreq, CC BY-SA
  4.0), not a compound of two such words, not a name (a capital letter inside a sentence)
  and not an allowed word.

Syllables are counted by vowel groups: a run of vowels that Dutch spells as one sound (aa, ee,
oo, uu, ie, oe, eu, ui, ei, ij, au, ou, and aai, ooi, oei, eeu, ieu) is one syllable; other
neighbouring vowels are two (the-a-ter, ra-di-o); a diaeresis starts a new syllable
(ge-ëerd, co-ör-di-na-tie, ru-ï-ne). English loanwords can be off by one ("professionals"
counts five); over a whole text that hardly moves the score.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LONG_SENTENCE_WORDS = 20
LONG_WORD_SYLLABLES = 4
LONG_WORD_LETTERS = 15
UNCOMMON_MIN_LETTERS = 6
B1_MIN_SCORE = 60
SHORT_TEXT_WORDS = 30  # below this a score says little
QUOTE_WORDS = 12  # how much of a long sentence is quoted back

# One syllable each; longest first, so "aai" wins over "aa" and "ieu" over "ie".
_VOWEL_UNIT = re.compile("aai|ooi|oei|eeu|ieu|aa|ee|oo|uu|ie|oe|eu|ui|ei|ij|au|ou|[aeiouy]")
_DIAERESIS = str.maketrans("äëïöü", "aeiou")

_LETTER = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTER}+(?:['’-]{_LETTER}+)*|\d+(?:[.,]\d+)*")
_ABBREVIATIONS = re.compile(
    r"bijv|bv|ca|enz|etc|evt|jl|nl|resp|vs|zgn"
    r"|o\.a|d\.w\.z|z\.s\.m|t\.a\.v|i\.p\.v|m\.b\.t|n\.a\.v|a\.u\.b|o\.b\.v|t\.z\.t|e\.d|e\.a"
)
_TITLES = re.compile("dhr|mevr|mr|dr|drs|ir|ing|prof")  # a name follows them
# A sentence ends at . ! ? or … (with closing quotes or brackets) before white space, or at a
# blank line, or at a line break before a capital, a digit or a list marker.
_NEXT_CHARACTER = re.compile(r"\s*(\S?)")
_LIST_NUMBER = re.compile(r"\n[ \t]*\d+$")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n[ \t]*\n\s*|\n(?=[ \t]*\S)")


@dataclass(frozen=True)
class Sentence:
    text: str
    words: tuple[str, ...]

    @property
    def word_count(self) -> int:
        return len(self.words)

    @property
    def quote(self) -> str:
        """The start of the sentence, a few words, with "…" when cut."""
        if len(self.words) <= QUOTE_WORDS:
            return " ".join(self.text.split())
        pieces = self.text.split()
        return " ".join(pieces[:QUOTE_WORDS]) + " …"


@dataclass(frozen=True)
class Readability:
    sentences: tuple[Sentence, ...]
    word_count: int
    syllable_count: int
    long_words: tuple[str, ...]
    uncommon_words: tuple[str, ...]

    @property
    def sentence_count(self) -> int:
        return len(self.sentences)

    @property
    def words_per_sentence(self) -> float:
        return self.word_count / self.sentence_count if self.sentences else 0.0

    @property
    def syllables_per_100_words(self) -> float:
        return 100 * self.syllable_count / self.word_count if self.word_count else 0.0

    @property
    def score(self) -> float | None:
        """The Flesch–Douma score, rounded to one decimal; None for a text without words."""
        if not self.word_count:
            return None
        return round(
            206.84 - 0.77 * self.syllables_per_100_words - 0.93 * self.words_per_sentence, 1
        )

    @property
    def long_sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.word_count > LONG_SENTENCE_WORDS)

    @property
    def is_b1(self) -> bool:
        """True when the score reaches the B1 threshold and no sentence is too long."""
        return self.score is not None and self.score >= B1_MIN_SCORE and not self.long_sentences

    @property
    def is_short(self) -> bool:
        return self.word_count < SHORT_TEXT_WORDS

    @property
    def verdict(self) -> str:
        """The score in plain Dutch."""
        score = self.score
        if score is None:
            return "Er staan geen woorden in de tekst."
        if score >= 80:
            return "Makkelijk te lezen."
        if score >= B1_MIN_SCORE:
            return "Goed te lezen voor de meeste mensen (B1)."
        if score >= 40:
            return "Vrij moeilijk: voor veel mensen te moeilijk (boven B1)."
        return "Moeilijk: alleen voor mensen die veel lezen (ver boven B1)."

    def as_dict(self) -> dict:
        """Return the figures in the shape the taalcheck API promises."""
        return {
            "formula": "Flesch-Douma",
            "score": self.score,
            "b1_min_score": B1_MIN_SCORE,
            "is_b1": self.is_b1,
            "verdict": self.verdict,
            "sentences": self.sentence_count,
            "words": self.word_count,
            "syllables": self.syllable_count,
            "words_per_sentence": round(self.words_per_sentence, 1),
            "long_sentence_words": LONG_SENTENCE_WORDS,
            "long_sentences": [
                {"text": s.quote, "words": s.word_count} for s in self.long_sentences
            ],
            "long_words": list(self.long_words),
            "uncommon_words": list(self.uncommon_words),
        }


def count_syllables(word: str) -> int:
    """Return the number of syllables of a Dutch word, at least one."""
    total = 0
    for part in re.split(r"['’-]", word.casefold()):
        # A diaeresis marks the start of a new syllable: split there, then fold it away.
        for piece in re.split(r"(?=[äëïöü])", _without_accents(part)):
            total += len(_VOWEL_UNIT.findall(piece.translate(_DIAERESIS)))
    return max(total, 1)


def _without_accents(text: str) -> str:
    """Drop acute and grave accents (één, à), keep the diaeresis that splits syllables."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if c not in "\u0301\u0300\u0302")
    return unicodedata.normalize("NFC", kept)


def split_sentences(text: str) -> list[Sentence]:
    """Split a text into sentences with their words; pieces without words are dropped."""
    sentences, start = [], 0
    for end_mark in _SENTENCE_END.finditer(text):
        if not _ends_sentence(text, end_mark):
            continue
        sentences.append(text[start : end_mark.end()])
        start = end_mark.end()
    sentences.append(text[start:])
    found = []
    for piece in sentences:
        words = tuple(_WORD.findall(piece))
        if words:
            found.append(Sentence(text=piece.strip(), words=words))
    return found


def _ends_sentence(text: str, end_mark: re.Match) -> bool:
    next_character = _NEXT_CHARACTER.match(text, end_mark.end()).group(1)
    starts_anew = not next_character or not next_character.islower()
    mark = end_mark.group()
    if mark.startswith("\n") and not mark.strip(" \t\n"):
        # A single line break ends a sentence only before a capital, a digit or a list item.
        return "\n\n" in mark.replace(" ", "").replace("\t", "") or (
            next_character.isupper() or next_character.isdigit() or next_character in "-*•"
        )
    if not mark.startswith("."):
        return True
    before = re.search(r"(?:\w\.)*\w+$", text[max(0, end_mark.start() - 20) : end_mark.start()])
    word = before.group().casefold() if before else ""
    if _TITLES.fullmatch(word):
        return False
    if word.isdigit() and _LIST_NUMBER.search(_line_before(text, end_mark.start())):
        return False  # the number of a numbered list item
    if _ABBREVIATIONS.fullmatch(word) or (len(word) == 1 and word.isalpha()):
        return starts_anew and next_character.isupper()
    return True


def _line_before(text: str, position: int) -> str:
    """The last characters before `position`, with a line break for the start of the text."""
    start = max(0, position - 20)
    return ("\n" if start == 0 else "") + text[start:position]


def is_long_word(word: str) -> bool:
    letters = sum(c.isalpha() for c in word)
    return letters > LONG_WORD_LETTERS or count_syllables(word) > LONG_WORD_SYLLABLES


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The most frequent Dutch words (see data/common_dutch_words.txt for source and licence)."""
    path = Path(__file__).with_name("data") / "common_dutch_words.txt"
    with path.open(encoding="utf-8") as lines:
        return frozenset(
            line.strip() for line in lines if line.strip() and not line.startswith("#")
        )


def is_common(word: str) -> bool:
    """True for a frequent word, or a compound of two (with a linking s or e): ouderavond."""
    word = word.casefold()
    common = common_words()
    if word in common:
        return True
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if tail in common and (
            head in common or (head[-1] in "se" and head[:-1] in common and cut > 3)
        ):
            return True
    return False


def measure(text: str, allowed_words: frozenset[str] = frozenset()) -> Readability:
    """Measure the readability of `text`; words in `allowed_words` (lower case) are fine."""
    sentences = split_sentences(text)
    long_words: dict[str, str] = {}
    uncommon: dict[str, str] = {}
    syllables = words = 0
    for sentence in sentences:
        for position, word in enumerate(sentence.words):
            words += 1
            syllables += count_syllables(word)
            key = word.casefold()
            if not word[0].isalpha() or key in allowed_words:
                continue
            if is_long_word(word):
                long_words.setdefault(key, word)
            elif (
                len(word) >= UNCOMMON_MIN_LETTERS
                and (position == 0 or not word[0].isupper())
                and not all(is_common(part) for part in re.split(r"['’-]", key) if part)
            ):
                uncommon.setdefault(key, word)
    return Readability(
        sentences=tuple(sentences),
        word_count=words,
        syllable_count=syllables,
        long_words=tuple(long_words.values()),
        uncommon_words=tuple(uncommon.values()),
    )


def allowed_words_of(terms) -> frozenset[str]:
    """The single words (lower case) of the given glossary terms."""
    return frozenset(word.casefold() for term in terms for word in _WORD.findall(term))


def readability_thresholds() -> dict[str, int]:
    """The thresholds, by name, for pages that explain them."""
    return {
        "b1_min_score": B1_MIN_SCORE,
        "long_sentence_words": LONG_SENTENCE_WORDS,
        "long_word_syllables": LONG_WORD_SYLLABLES,
        "long_word_letters": LONG_WORD_LETTERS,
    }
