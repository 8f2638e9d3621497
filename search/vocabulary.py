"""Typo tolerance: the words of the index, and the nearest one to a word nobody wrote.

The embedded PostgreSQL has no pg_trgm, so the tolerance lives here, in Python: a vocabulary of
every word in the public documents (title, labels and text, as written, lower case), kept per
process and built again once the index changed, and a Damerau-Levenshtein distance (optimal
string alignment) with a bound. A word of 5 to 8 letters may be one edit off, a longer one two;
shorter words are never corrected ("ik" is not a typo of "in").

The version is the number of public documents, the highest id and the latest moment one was
written: reading it is one small query, run only when a search found nothing.
"""

import threading
from collections import defaultdict
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Max, Q
from django.utils import timezone

from search.models import SearchDocument

MIN_CORRECTED_LENGTH = 5
LONG_WORD_LENGTH = 9

_lock = threading.Lock()
_kept: dict[str, object] = {}


def allowed_distance(word: str) -> int:
    """Return how many edits a word of this length may be off: 0, 1 or 2."""
    if len(word) < MIN_CORRECTED_LENGTH:
        return 0
    return 1 if len(word) < LONG_WORD_LENGTH else 2


def edit_distance(first: str, second: str, bound: int) -> int:
    """Return the Damerau-Levenshtein distance (adjacent swaps count one), or bound + 1 beyond.

    The optimal string alignment variant, row by row, stopping as soon as a whole row exceeds
    the bound.
    """
    if abs(len(first) - len(second)) > bound:
        return bound + 1
    previous_previous = None
    previous = list(range(len(second) + 1))
    for i, first_char in enumerate(first, start=1):
        current = [i] + [0] * len(second)
        for j, second_char in enumerate(second, start=1):
            cost = first_char != second_char
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous_previous is not None
                and j > 1
                and first_char == second[j - 2]
                and first[i - 2] == second_char
            ):
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > bound:
            return bound + 1
        previous_previous, previous = previous, current
    return min(previous[-1], bound + 1)


@dataclass(frozen=True)
class Vocabulary:
    """Every word of the public documents with the number of documents it occurs in."""

    frequency: dict[str, int]
    # Words by length and two of their first three letters: a typo seldom changes two of
    # them, so a candidate keeps at least one such pair of the word typed in place. Comparing
    # only those keeps a correction quick on a large index (hundreds of comparisons, not
    # 150,000). A word mistyped in its first two letters is not corrected.
    by_start: dict[tuple[int, tuple[int, int], str], tuple[str, ...]]

    @classmethod
    def of(cls, frequency: dict[str, int]) -> "Vocabulary":
        by_start = defaultdict(list)
        for word in frequency:
            if len(word) >= MIN_CORRECTED_LENGTH:
                for pair in START_PAIRS:
                    by_start[_start_key(word, len(word), pair)].append(word)
        return cls(frequency, {key: tuple(words) for key, words in by_start.items()})

    def __contains__(self, word: str) -> bool:
        return word in self.frequency

    def nearest(self, word: str) -> str | None:
        """Return the closest known word within the allowed distance, the most common on a tie.

        A word that is known, or too short to correct, has no correction.
        """
        bound = allowed_distance(word)
        if not bound or word in self.frequency:
            return None
        best, best_key = None, None
        for length in range(len(word) - bound, len(word) + bound + 1):
            candidates = {
                candidate
                for pair in START_PAIRS
                for candidate in self.by_start.get(_start_key(word, length, pair), ())
            }
            for candidate in candidates:
                distance = edit_distance(word, candidate, bound)
                if distance > bound:
                    continue
                key = (distance, -self.frequency[candidate], candidate)
                if best_key is None or key < best_key:
                    best, best_key = candidate, key
        return best


START_PAIRS = ((0, 1), (0, 2), (1, 2))


def _start_key(word: str, length: int, pair: tuple[int, int]):
    return (length, pair, word[pair[0]] + word[pair[1]])


def vocabulary() -> Vocabulary:
    """Return the vocabulary of the public index, built again after any change to it."""
    version = _version()
    kept = _kept.get("vocabulary")
    if kept is not None and kept[0] == version:
        return kept[1]
    with _lock:
        built = (version, _build())
        _kept["vocabulary"] = built
        return built[1]


def forget() -> None:
    """Drop the kept vocabulary (for tests that write the index behind the signals' back)."""
    with _lock:
        _kept.clear()


def _public_documents():
    # Not yet findable documents (a factsheet published next week) must not leak a word.
    return SearchDocument.objects.filter(
        Q(visible_from__isnull=True) | Q(visible_from__lte=timezone.now()),
        visibility=SearchDocument.Visibility.PUBLIC,
    )


def _version() -> tuple:
    row = _public_documents().aggregate(
        count=Count("id"), newest=Max("id"), latest=Max("indexed_at")
    )
    return (row["count"], row["newest"], row["latest"])


def _build() -> Vocabulary:
    """Count the words of the public documents as written ('simple' configuration)."""
    inner_sql, params = _public_documents().values("id").query.sql_with_params()
    table = connection.ops.quote_name(SearchDocument._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT word.lexeme, COUNT(*)
            FROM {table} AS document,
                 unnest(to_tsvector(
                     'simple', document.title || ' ' || document.labels || ' ' || document.body
                 )) AS word
            WHERE document.id IN ({inner_sql}) AND word.lexeme ~ '^[[:alpha:]]+$'
            GROUP BY word.lexeme
            """,  # noqa: S608 (the inner query is compiled by the ORM with parameters)
            params,
        )
        return Vocabulary.of(dict(cursor.fetchall()))


def correct(query) -> str:
    """Return the query with each unknown word replaced by its nearest known word, or "".

    Only when at least one word changed; excluded words ("-school") are kept as typed.
    """
    known = vocabulary()
    changed = False
    words = []
    for word in query.words:
        better = known.nearest(word)
        changed = changed or better is not None
        words.append(better or word)
    if not changed:
        return ""
    return " ".join([*words, *(f"-{word}" for word in query.excluded)])
