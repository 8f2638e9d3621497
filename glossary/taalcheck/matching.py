"""Find glossary terms in Dutch text: the engine of the taalcheck. Plain Python, no Django.

The matcher is built once from `MatchEntry` values (one per glossary entry) and then checks any
number of texts. `Matcher.find(text)` returns a `Finding` for every discouraged term;
`Matcher.find_terms(text)` returns where preferred or admitted labels occur (for linking).
All offsets are character (code point) offsets in the text exactly as it was given.

Strategy
--------
1. Folding, one character for one character. The text is lowercased and accents, curly quotes
   and typographic hyphens are mapped to their plain form with `str.translate`, so every
   offset in the folded text is the same offset in the original text. (The rare characters
   whose lowercase form is longer, such as "İ", are kept as they are.)
2. No stemmer. Stemmers over-strip Dutch (Snowball turns "gezag" into "zag"), which would
   make short stems match inside unrelated words. Instead every label is *expanded*: each word
   of a label becomes a regular expression of its own inflected forms, written out by the
   Dutch spelling rules we rely on, each of them tested:
   plural and genitive endings (-en, -s, -'s, -n after -e, -eren), the adjective ending -e,
   diminutives (-je, -tje, -pje, -etje and their plurals, -ing -> -inkje), a doubled final
   consonant after a short vowel (gezin -> gezinnen, gezinnetje), an undoubled long vowel
   (paar -> paren), f -> v and s -> z before an ending (brief -> brieven), -heid -> -heden.
   Words of a multi-word label may be separated by any run of white space (line breaks,
   several spaces, non-breaking spaces) or a hyphen. A one-word label of at least
   `MIN_COMPOUND_LENGTH` letters is also found when it is written as two parts with one hyphen
   or space between ("Vecht-scheiding", "vecht scheiding"), split anywhere that leaves two
   parts of `MIN_COMPOUND_PART` letters or more.
3. Locating candidates quickly. All first-word stems of all labels go into one regular
   expression shaped as a trie (shared prefixes are written once), wrapped in a look-ahead so
   that overlapping candidates are all seen. Python's regex engine rejects a position after
   one character comparison per branch, so one pass over a 10,000-word text costs a few
   milliseconds, independent of how the glossary grows. Only at the (few) candidate
   positions does Python look further: a small trie of stems tells which labels can start
   there, and each label's own pre-compiled expression decides.
4. Word boundaries and compounds. A hit must begin at the start of a word, or, for a
   discouraged label of at least `MIN_COMPOUND_LENGTH` letters, inside a compound after a
   part of at least three letters (kindervechtscheiding) or after a hyphen. After the label
   the word must end, or continue as a compound with a linking -s- or -e- plus at least three
   letters (vechtscheidingsadvocaat, ouderverstotingsproblematiek) or a hyphen. Short labels
   ("ex") therefore never match inside ordinary words ("complex", "extra"), and no label
   matches inside a longer word that merely contains its letters ("echtscheiding" is not
   found in "vechtscheiding": "v" is no compound part). The finding covers the whole word
   as written, so a compound is highlighted completely.
5. Abbreviations and names are matched as written. A label flagged `match_as_written` (by
   default every label with a capital letter after its first character, such as "PAS" or
   "Veilig Thuis") matches only with exactly that capitalisation and without inflection, as
   a whole word or a hyphenated part ("PAS-kinderen"), never in "pas op".
6. Exceptions. An entry can list names (organisations, programmes) that contain one of its
   labels; a finding that overlaps an occurrence of such a name is dropped.
7. One finding per stretch of text: overlapping findings are resolved in favour of the one
   that starts first, then the longest.

A finding offers a one-to-one `replacement` (the preferred term, capitalised like the words
it replaces) only when it is a whole word in the label's own form: inflected forms and
compounds need a person to rewrite them.

Not handled, on purpose: verb conjugations (add the forms as extra labels in the glossary),
soft hyphens inside words, and labels written together when the label has a space (add
"hoogconflictscheiding" as a label of its own when it is used).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import NamedTuple

from glossary.wordforms import fold_in_place, inflected_forms

MIN_COMPOUND_LENGTH = 6
MIN_COMPOUND_PART = 3
MAX_WORD_LENGTH = 80  # longer runs of letters are no words; keeps every check bounded

_LETTER = r"[^\W\d_]"
_NO_LETTER_AFTER = rf"(?!{_LETTER})"
_WORD_SEPARATOR = r"(?:\s+|\s*-\s*)"


@dataclass(frozen=True)
class DiscouragedLabel:
    """A word or phrase the network asks people not to use, and why."""

    text: str
    reason: str = ""
    match_as_written: bool | None = None


@dataclass(frozen=True)
class MatchEntry:
    """What the matcher needs to know about one glossary entry."""

    slug: str
    preferred: str
    discouraged: tuple[DiscouragedLabel, ...] = ()
    linkable: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    definition: str = ""
    url: str = ""


@dataclass(frozen=True)
class Finding:
    """One occurrence of a discouraged term in a text."""

    start: int
    end: int
    match: str
    term: str
    preferred: str
    reason: str
    label: str
    replacement: str | None = None

    def as_dict(self) -> dict:
        """Return the finding in the shape the taalcheck API promises."""
        return {
            "start": self.start,
            "end": self.end,
            "match": self.match,
            "term": self.term,
            "preferred": self.preferred,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class TermOccurrence:
    """One occurrence of a preferred or admitted label (for linking to the entry)."""

    start: int
    end: int
    match: str
    term: str


# -- Folding --------------------------------------------------------------------------------


def looks_like_abbreviation(label: str) -> bool:
    """True for labels such as "PAS", "MASIC" or "Veilig Thuis": capitals after the start."""
    return any(character.isupper() for character in label[1:])


# -- Expanding labels into inflected forms -------------------------------------------------


@lru_cache(maxsize=64)
def _alternation(options: tuple[str, ...]) -> str:
    """Return a regex group of the options, longest first (the few ending sets repeat)."""
    ordered = sorted(set(options), key=lambda option: (-len(option), option))
    return "(?:" + "|".join(re.escape(option) for option in ordered) + ")"


def _word_pattern(word: str, inflect: bool) -> tuple[str, list[str]]:
    """Return a regex for one word of a label and the stems it can start with."""
    parts = [part for part in word.split("-") if part]
    if not parts:
        return re.escape(word), [word]
    fixed = [re.escape(part) for part in parts[:-1]]
    last = parts[-1]
    if inflect:
        alternatives = []
        stems = []
        for stem, endings in inflected_forms(last):
            ending = _alternation(endings) + "?" if endings else ""
            alternatives.append(re.escape(stem) + ending)
            stems.append(stem)
        last_pattern = "(?:" + "|".join(alternatives) + ")"
    else:
        last_pattern = re.escape(last)
        stems = [last]
    pattern = r"(?:-|\s*)".join([*fixed, last_pattern]) if fixed else last_pattern
    if fixed:
        stems = [parts[0]]
    return pattern, stems


@dataclass
class _CompiledLabel:
    entry_index: int
    text: str
    folded: str
    reason: str
    as_written: bool
    compoundable: bool
    body: str
    first_stems: list[str] = field(default_factory=list)

    # Most labels never occur in a given text: their expressions are compiled on first use,
    # which keeps rebuilding the matcher after a glossary change quick.
    @cached_property
    def whole_word(self) -> re.Pattern:
        return re.compile(f"(?:{self.body}){_NO_LETTER_AFTER}")

    @cached_property
    def in_compound(self) -> re.Pattern | None:
        if not self.compoundable:
            return None
        # After the label: an optional linking -s- or -e-, then a part of three letters or more.
        return re.compile(f"(?:{self.body})(?=-{_LETTER}|(?:s|e)?{_LETTER}{{{MIN_COMPOUND_PART}}})")


def _compile_label(entry_index: int, text: str, reason: str, as_written, compounds: bool):
    text = " ".join(text.split())
    if as_written is None:
        as_written = looks_like_abbreviation(text)
    folded = fold_in_place(text)
    words = folded.split(" ")
    inflect = not as_written
    patterns = []
    first_stems: list[str] = []
    for position, word in enumerate(words):
        pattern, stems = _word_pattern(word, inflect)
        patterns.append(pattern)
        if position == 0:
            first_stems = stems
    body = _WORD_SEPARATOR.join(patterns)
    letters = sum(character.isalpha() for character in folded)
    compoundable = compounds and not as_written and letters >= MIN_COMPOUND_LENGTH
    return _CompiledLabel(
        entry_index=entry_index,
        text=text,
        folded=folded,
        reason=reason,
        as_written=as_written,
        compoundable=compoundable,
        body=body,
        first_stems=first_stems,
    )


def _split_labels(entry_index: int, text: str, reason: str) -> list[_CompiledLabel]:
    """Return a one-word label written as two parts: "vecht-scheiding", "vecht scheiding".

    The glossary does not say where its compounds join, so every cut that leaves two parts of
    at least MIN_COMPOUND_PART letters is a label of its own; the second part is inflected like
    the whole word. Each starts with its first part *and* the hyphen or space, so the text is
    looked at only where such a pair occurs (keeping the check as fast as without them).
    """
    label = _compile_label(entry_index, text, reason, None, True)
    word = label.folded
    if not label.compoundable or " " in word or "-" in word:
        return []
    splits = []
    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        if not (head.isalpha() and tail.isalpha()):
            continue
        tail_pattern, _ = _word_pattern(tail, inflect=True)
        splits.append(
            replace(
                label,
                body=f"{re.escape(head)}[- ]{tail_pattern}",
                first_stems=[f"{head}-", f"{head} "],
                compoundable=False,
            )
        )
    return splits


class _Hit(NamedTuple):
    start: int
    end: int
    label: _CompiledLabel
    in_compound: bool


def _trie_pattern(words) -> str:
    """Return a regex matching any of `words`, written as a trie so shared prefixes are shared."""
    trie: dict = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = True

    def render(node) -> str:
        ends_here = "" in node
        branches = [re.escape(key) + render(child) for key, child in node.items() if key != ""]
        if not branches:
            return ""
        if len(branches) == 1 and not ends_here:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends_here else body

    return render(trie)


class _LabelIndex:
    """Labels of one kind (discouraged or linkable) with the machinery to find them."""

    def __init__(self, labels: list[_CompiledLabel]):
        self.labels = labels
        self.stem_trie: dict = {}
        compound_stems, word_start_stems = set(), set()
        for label_index, label in enumerate(labels):
            for stem in label.first_stems:
                node = self.stem_trie
                for character in stem:
                    node = node.setdefault(character, {})
                node.setdefault("", []).append(label_index)
                (compound_stems if label.compoundable else word_start_stems).add(stem)
        alternatives = []
        if compound_stems:
            alternatives.append(f"(?={_trie_pattern(compound_stems)})")
        if word_start_stems:
            alternatives.append(f"(?<!{_LETTER})(?={_trie_pattern(word_start_stems)})")
        self.locator = re.compile("|".join(alternatives)) if alternatives else None

    def candidates(self, folded: str, position: int):
        """Yield the labels whose first stem starts at `position`."""
        node = self.stem_trie
        seen = set()
        for index in range(position, len(folded)):
            node = node.get(folded[index])
            if node is None:
                return
            for label_index in node.get("", ()):
                if label_index not in seen:
                    seen.add(label_index)
                    yield self.labels[label_index]

    def scan(self, text: str, folded: str):
        """Yield a `_Hit` for every acceptable occurrence of a label."""
        if self.locator is None:
            return
        for located in self.locator.finditer(folded):
            position = located.start()
            word_start = _part_start(folded, position)
            joined_by_hyphen = (
                word_start == position and position > 0 and folded[position - 1] == "-"
            )
            for label in self.candidates(folded, position):
                hit = _match_label(text, folded, label, position, word_start, joined_by_hyphen)
                if hit is not None:
                    yield hit


def _part_start(folded: str, position: int) -> int:
    """Return where the run of letters that contains `position` begins."""
    start, floor = position, max(0, position - MAX_WORD_LENGTH)
    while start > floor and folded[start - 1].isalpha():
        start -= 1
    return start


def _word_start(folded: str, position: int) -> int | None:
    """Return where the word (hyphenated parts included) around `position` begins.

    None for a run of letters too long to be a word: the walk stays bounded whatever the text.
    """
    floor = max(0, position - MAX_WORD_LENGTH)
    start = position
    while True:
        while start > floor and folded[start - 1].isalpha():
            start -= 1
        if start > floor + 1 and folded[start - 1] == "-" and folded[start - 2].isalpha():
            start -= 1
            continue
        if (
            start == floor
            and floor > 0
            and (folded[floor - 1].isalpha() or folded[floor - 1] == "-")
        ):
            return None
        return start


def _word_end(folded: str, position: int) -> int | None:
    """Return where the word (hyphenated parts included) that goes on at `position` ends."""
    end, ceiling = position, min(len(folded), position + MAX_WORD_LENGTH)
    while True:
        while end < ceiling and folded[end].isalpha():
            end += 1
        if end + 1 < ceiling and folded[end] == "-" and folded[end + 1].isalpha():
            end += 1
            continue
        if end == ceiling and ceiling < len(folded) and folded[ceiling].isalpha():
            return None
        return end


def _match_label(text, folded, label, position, part_start, joined_by_hyphen):
    letters_before = position - part_start
    if letters_before and (not label.compoundable or letters_before < MIN_COMPOUND_PART):
        return None
    in_compound = bool(letters_before) or joined_by_hyphen
    matched = label.whole_word.match(folded, position)
    if matched is None and label.in_compound is not None:
        matched = label.in_compound.match(folded, position)
    if matched is None:
        return None
    label_end = matched.end()
    if label.as_written and _normalise_space(text[position:label_end]) != label.text:
        return None
    start = _word_start(folded, position)
    end = _word_end(folded, label_end)
    if start is None or end is None:
        return None
    in_compound = in_compound or end != label_end
    return _Hit(start, end, label, in_compound)


def _normalise_space(text: str) -> str:
    return " ".join(text.split())


def _as_label(written: str, label) -> str:
    """Return what was written in the label's own spacing: a split one-word label joined."""
    if " " in label.folded:
        return _normalise_space(written)
    return "".join(part for part in re.split(r"[-\s]", written))


def _replacement(preferred: str, written: str, as_written: bool) -> str:
    """Return the preferred term with the capitalisation of the words it replaces."""
    if as_written:
        return preferred
    if len(written) > 1 and written.isupper():
        return preferred.upper()
    if written[:1].isupper():
        return preferred[:1].upper() + preferred[1:]
    return preferred


class Matcher:
    """Checks texts against a glossary; build it once, use it for many texts."""

    def __init__(self, entries):
        self.entries: list[MatchEntry] = list(entries)
        self._by_slug = {entry.slug: entry for entry in self.entries}
        discouraged, linkable = [], []
        for index, entry in enumerate(self.entries):
            for label in entry.discouraged:
                if label.text.strip():
                    discouraged.append(
                        _compile_label(
                            index, label.text, label.reason, label.match_as_written, True
                        )
                    )
                    if label.match_as_written is not True:
                        discouraged.extend(_split_labels(index, label.text, label.reason))
            for text in entry.linkable:
                if text.strip():
                    linkable.append(_compile_label(index, text, "", None, False))
        self._discouraged = _LabelIndex(discouraged)
        self._linkable = _LabelIndex(linkable)
        self._exceptions = [
            [
                re.compile(
                    _WORD_SEPARATOR.join(re.escape(word) for word in fold_in_place(name).split())
                )
                for name in entry.exceptions
                if name.strip()
            ]
            for entry in self.entries
        ]

    def find(self, text: str) -> list[Finding]:
        """Return every discouraged term in `text`, in text order, without overlaps."""
        folded = fold_in_place(text)
        findings = []
        for start, end, label, in_compound in self._discouraged.scan(text, folded):
            if self._is_exception(label.entry_index, folded, start, end):
                continue
            entry = self.entries[label.entry_index]
            written = text[start:end]
            replacement = None
            if not in_compound and _as_label(folded[start:end], label) == label.folded:
                replacement = _replacement(entry.preferred, written, label.as_written)
            findings.append(
                Finding(
                    start=start,
                    end=end,
                    match=written,
                    term=entry.slug,
                    preferred=entry.preferred,
                    reason=label.reason,
                    label=label.text,
                    replacement=replacement,
                )
            )
        return _without_overlaps(findings)

    def find_terms(self, text: str) -> list[TermOccurrence]:
        """Return where preferred or admitted labels occur as whole words, without overlaps."""
        folded = fold_in_place(text)
        occurrences = [
            TermOccurrence(start, end, text[start:end], self.entries[label.entry_index].slug)
            for start, end, label, in_compound in self._linkable.scan(text, folded)
            if not in_compound
        ]
        return _without_overlaps(occurrences)

    def entry(self, slug: str) -> MatchEntry | None:
        """Return the entry with this slug, if the matcher knows it."""
        return self._by_slug.get(slug)

    def _is_exception(self, entry_index: int, folded: str, start: int, end: int) -> bool:
        for pattern in self._exceptions[entry_index]:
            window_start = max(0, start - 200)
            for found in pattern.finditer(folded, window_start, min(len(folded), end + 200)):
                if found.start() < end and found.end() > start:
                    return True
        return False


def apply_replacements(text: str, findings) -> str:
    """Return `text` with every one-to-one replaceable finding replaced by its preferred term."""
    pieces, position = [], 0
    for finding in sorted(findings, key=lambda finding: finding.start):
        if finding.replacement is None or finding.start < position:
            continue
        pieces.append(text[position : finding.start])
        pieces.append(finding.replacement)
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)


def _without_overlaps(items):
    kept, reached = [], -1
    for item in sorted(items, key=lambda item: (item.start, -(item.end - item.start))):
        if item.start >= reached:
            kept.append(item)
            reached = item.end
    return kept
