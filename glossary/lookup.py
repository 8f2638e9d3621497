"""Find the glossary entry for whatever a person types: `lookup(query) -> LookupResult`.

Used by the lookup box on /begrippen/, the API's `?q=` and the site search. PostgreSQL's
pg_trgm and unaccent are not available, so matching runs in Python over an in-memory index
of every label, built once per process and rebuilt when `glossary_version()` changes
(`glossary.versioned_cache`: one small SELECT per request to check; the rebuild is one query
over all labels).

How a query is matched, best first:

1. exact: the query equals a label after folding (case, accents, hyphens, spaces and
   apostrophes do not count: "Co ouderschap" = "co-ouderschap" = "coouderschap");
2. inflection: equal after a light Dutch suffix stripping applied to every word of both
   sides: plural -en/-s, adjective -e, diminutive -(e)tje(s)/-pje/-je, doubled consonants
   and long vowels undone ("vechtscheidingen", "gezinnen", "problemen"). It only strips
   endings, never prefixes or stems, and keeps at least four letters ("gezag" stays "gezag");
3. typo: Damerau-Levenshtein distance on the stripped form, at most 1 for words of 5-8
   letters and 2 from 9 letters ("vechtsheiding"); candidates come from a trigram index so
   only a handful of distances are computed, whatever the glossary size;
4. partial: the query is part of a label ("ouderschap" -> "co-ouderschap") or a label is
   part of the query ("vechtscheidingsadvocaat", "wat is een vechtscheiding").

Labels marked `match_as_written` (abbreviations like "PAS") only match exactly, never by
inflection, typo or as part of another word. Hidden labels (look-up forms) find their entry
but are never shown as advice. The result is one entry ("found"), a short list ("choices")
or, when nothing matches, "none": the word is not in the begrippenkader. Then only labels
that really are close are suggested (`LookupIndex.suggest`): within edit distance 2 of the
query (1 for words under six letters), sharing a whole word with it (not a stop word), or
the same word with another ending (a common start of at least six letters and 75% of the
longer word: "scheidingsproblemaatjes" -> "scheidingsproblematiek", but not "kinder" ->
"kinderopvang"). Nothing close means no suggestions at all, rather than unrelated entries.
When the only matches are partial ("scheiding" inside "scheidingsproblemaatjes"), the close
labels of other entries are suggested next to them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.urls import reverse

from glossary.models import Label
from glossary.versioned_cache import cached_for_version
from glossary.wordforms import comparison_form, strip_word
from search.query import DUTCH_STOP_WORDS

MAX_HITS = 8
MAX_SUGGESTIONS = 5
MIN_PARTIAL_LENGTH = 4
# What counts as close enough to suggest when nothing matched (see `is_close`).
MAX_SUGGESTION_DISTANCE = 2
MIN_SHARED_START = 6
SHARED_START_SHARE = 0.75

EXACT, INFLECTION, TYPO, PARTIAL, SUGGESTION = (
    "exact",
    "inflection",
    "typo",
    "partial",
    "suggestion",
)
TIER = {EXACT: 0, INFLECTION: 1, TYPO: 2, PARTIAL: 3, SUGGESTION: 4}
# Between equally good matches, a discouraged label wins so its advice is shown; a hidden
# look-up form (often a variant spelling of a discouraged term) comes last.
KIND_PRIORITY = {
    Label.Kind.DISCOURAGED: 0,
    Label.Kind.PREFERRED: 1,
    Label.Kind.ADMITTED: 2,
    Label.Kind.HIDDEN: 3,
}


def compact(folded: str) -> str:
    return folded.replace(" ", "")


def stripped_key(folded: str) -> str:
    """The inflection-free form of a folded phrase, without spaces."""
    return "".join(strip_word(word) for word in folded.split())


def trigrams(key: str) -> set[str]:
    padded = f"  {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def typo_allowance(length: int) -> int:
    if length < 5:
        return 0
    return 1 if length < 9 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, or limit + 1 when it exceeds the limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous = None
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous_previous is not None
                and i > 1
                and j > 1
                and char_a == b[j - 2]
                and a[i - 2] == char_b
            ):
                value = min(value, previous_previous[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


# -- The index -----------------------------------------------------------------------------


@dataclass(frozen=True)
class IndexedEntry:
    pk: int
    slug: str
    preferred: str
    definition: str


@dataclass(frozen=True)
class IndexedLabel:
    entry: IndexedEntry
    text: str
    kind: str
    reason: str
    source: str
    as_written: bool
    exact_key: str
    stripped: str
    words: tuple[str, ...]


class LookupIndex:
    """Every label, folded and stripped, with a trigram index for typo candidates."""

    def __init__(self, rows):
        entries: dict[int, IndexedEntry] = {}
        by_entry = defaultdict(list)
        for row in rows:
            by_entry[row["entry_id"]].append(row)
        for entry_id, entry_rows in by_entry.items():
            preferred = next(
                (r["text"] for r in entry_rows if r["kind"] == Label.Kind.PREFERRED),
                entry_rows[0]["text"],
            )
            first = entry_rows[0]
            entries[entry_id] = IndexedEntry(
                pk=entry_id,
                slug=first["entry__slug"],
                preferred=preferred,
                definition=first["entry__definition"],
            )
        self.labels: list[IndexedLabel] = []
        self.by_exact = defaultdict(list)
        self.by_stripped = defaultdict(list)
        self.by_trigram = defaultdict(list)
        for row in rows:
            folded = comparison_form(row["text"])
            if not folded:
                continue
            label = IndexedLabel(
                entry=entries[row["entry_id"]],
                text=row["text"],
                kind=row["kind"],
                reason=row["reason"],
                source=row["source"],
                as_written=row["match_as_written"],
                exact_key=compact(folded),
                stripped=stripped_key(folded),
                words=tuple(content_words(folded)),
            )
            position = len(self.labels)
            self.labels.append(label)
            self.by_exact[label.exact_key].append(position)
            if not label.as_written:
                self.by_stripped[label.stripped].append(position)
                for gram in trigrams(label.stripped):
                    self.by_trigram[gram].append(position)

    @classmethod
    def from_database(cls):
        rows = list(
            Label.objects.values(
                "entry_id",
                "entry__slug",
                "entry__definition",
                "text",
                "kind",
                "reason",
                "source",
                "match_as_written",
            ).order_by("entry_id", "kind_order", "text")
        )
        return cls(rows)

    def _candidates_by_trigram(self, key: str, minimum_share: float) -> list[tuple[int, int]]:
        """Positions of labels sharing enough trigrams with key, most shared first."""
        grams = trigrams(key)
        counts: dict[int, int] = defaultdict(int)
        for gram in grams:
            for position in self.by_trigram.get(gram, ()):
                counts[position] += 1
        needed = max(1, int(len(grams) * minimum_share))
        ranked = sorted(
            ((count, position) for position, count in counts.items() if count >= needed),
            reverse=True,
        )
        return [(position, count) for count, position in ranked[:60]]

    def find(self, query: str) -> LookupResult:
        folded = comparison_form(query)
        result = LookupResult(query=query.strip())
        if not folded:
            result.outcome = LookupResult.EMPTY
            return result
        exact_key, stripped = compact(folded), stripped_key(folded)
        matches: dict[int, tuple[int, int, IndexedLabel]] = {}

        def consider(position: int, how: str, distance: int = 0):
            label = self.labels[position]
            rank = (TIER[how], distance, KIND_PRIORITY[label.kind])
            current = matches.get(label.entry.pk)
            if current is None or rank < current[:3]:
                matches[label.entry.pk] = (*rank, label, how)

        for position in self.by_exact.get(exact_key, ()):
            consider(position, EXACT)
        for position in self.by_stripped.get(stripped, ()):
            consider(position, INFLECTION)
        allowance = typo_allowance(len(stripped))
        if allowance and not any(m[0] <= TIER[INFLECTION] for m in matches.values()):
            for position, _ in self._candidates_by_trigram(stripped, 0.3):
                label = self.labels[position]
                if stripped in label.stripped or label.stripped in stripped:
                    continue  # a word inside a longer term is a partial match, not a typo
                distance = edit_distance(stripped, label.stripped, allowance)
                if distance <= allowance:
                    consider(position, TYPO, distance)
        if len(stripped) >= MIN_PARTIAL_LENGTH:
            for position, label in enumerate(self.labels):
                if label.as_written or len(label.stripped) < MIN_PARTIAL_LENGTH:
                    continue
                if stripped in label.stripped or label.stripped in stripped:
                    consider(position, PARTIAL, abs(len(label.stripped) - len(stripped)))

        hits = [
            Hit.from_label(label, how)
            for _, _, _, label, how in sorted(
                matches.values(), key=lambda m: (m[0], m[1], comparison_form(m[3].entry.preferred))
            )
        ]
        result.hits = hits[:MAX_HITS]
        partial_only = False
        if hits:
            best_rank = min(matches.values(), key=lambda m: m[:2])[:2]
            at_best = [m for m in matches.values() if m[:2] == best_rank]
            clear = best_rank[0] <= TIER[TYPO] and len(at_best) == 1
            partial_only = best_rank[0] == TIER[PARTIAL]
            result.outcome = LookupResult.FOUND if clear else LookupResult.CHOICES
        else:
            result.outcome = LookupResult.NONE
        if not hits or partial_only:
            shown = {hit.slug for hit in result.hits}
            result.suggestions = [hit for hit in self.suggest(folded) if hit.slug not in shown]
        return result

    def suggest(self, folded: str) -> list[Hit]:
        """Labels that really are close to what was typed, closest first; none if none are."""
        query_key, query_words = stripped_key(folded), content_words(folded)
        ranked = []
        for label in self.labels:
            if label.as_written:
                continue
            closeness = closeness_of(query_key, query_words, label)
            if closeness is not None:
                ranked.append((closeness, comparison_form(label.entry.preferred), label))
        seen, suggestions = set(), []
        for _, _, label in sorted(ranked, key=lambda item: item[:2]):
            if label.entry.pk not in seen:
                seen.add(label.entry.pk)
                suggestions.append(Hit.from_label(label, SUGGESTION))
            if len(suggestions) == MAX_SUGGESTIONS:
                break
        return suggestions


def content_words(folded: str) -> list[str]:
    """The stripped words of a folded phrase that carry meaning: no stop words, 4+ letters."""
    return [
        strip_word(word)
        for word in folded.split()
        if len(word) >= MIN_PARTIAL_LENGTH and word not in DUTCH_STOP_WORDS
    ]


def shared_start(a: str, b: str) -> int:
    length = 0
    for char_a, char_b in zip(a, b, strict=False):
        if char_a != char_b:
            break
        length += 1
    return length


def is_close(a: str, b: str) -> int | None:
    """How far apart two stripped words are when they are close (0 = equal), else None."""
    if a == b:
        return 0
    shorter = min(len(a), len(b))
    if shorter < MIN_PARTIAL_LENGTH:
        return None
    limit = MAX_SUGGESTION_DISTANCE if shorter >= MIN_SHARED_START else 1
    distance = edit_distance(a, b, limit)
    if distance <= limit:
        return distance
    start = shared_start(a, b)
    if start >= MIN_SHARED_START and start >= SHARED_START_SHARE * max(len(a), len(b)):
        return limit + 1
    return None


def closeness_of(query_key: str, query_words: list[str], label: IndexedLabel):
    """A sort key for a label close to the query (whole phrase first, then a word), or None."""
    whole = is_close(query_key, label.stripped)
    if whole is not None:
        return (0, whole)
    distances = [
        distance
        for word in query_words
        for other in label.words
        if (distance := is_close(word, other)) is not None
    ]
    return (1, min(distances)) if distances else None


# -- Results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One entry found for the query, and through which label."""

    slug: str
    preferred: str
    definition: str
    matched_text: str
    matched_kind: str
    how: str
    reason: str = ""
    source: str = ""

    @classmethod
    def from_label(cls, label: IndexedLabel, how: str) -> Hit:
        return cls(
            slug=label.entry.slug,
            preferred=label.entry.preferred,
            definition=label.entry.definition,
            matched_text=label.text,
            matched_kind=label.kind,
            how=how,
            reason=label.reason if label.kind == Label.Kind.DISCOURAGED else "",
            source=label.source if label.kind == Label.Kind.DISCOURAGED else "",
        )

    @property
    def is_discouraged(self) -> bool:
        return self.matched_kind == Label.Kind.DISCOURAGED

    @property
    def shown_label(self) -> str:
        """The label to show next to the entry: never a hidden look-up form."""
        if self.matched_kind in {Label.Kind.HIDDEN, Label.Kind.PREFERRED}:
            return ""
        return self.matched_text

    def get_absolute_url(self) -> str:
        return reverse("glossary:detail", args=[self.slug])

    def as_dict(self) -> dict:
        return {
            "slug": self.slug,
            "preferred": self.preferred,
            "definition": self.definition,
            "matched": self.shown_label or self.preferred,
            "matched_kind": "preferred" if not self.shown_label else self.matched_kind,
            "match": self.how,
            "discouraged": self.is_discouraged,
            "reason": self.reason,
            "source": self.source,
        }


@dataclass
class LookupResult:
    FOUND, CHOICES, NONE, EMPTY = "found", "choices", "none", "empty"

    query: str
    outcome: str = "empty"
    hits: list[Hit] = field(default_factory=list)
    suggestions: list[Hit] = field(default_factory=list)

    @property
    def best(self) -> Hit | None:
        return self.hits[0] if self.outcome == self.FOUND else None

    @property
    def discouraged(self) -> Hit | None:
        """The best hit when the word typed is a discouraged term ("Gebruik liever: ...")."""
        best = self.best
        return best if best and best.is_discouraged else None


# -- Per-process cache ---------------------------------------------------------------------


def get_index() -> LookupIndex:
    """The index for the current glossary, rebuilt when glossary_version() has changed."""
    return cached_for_version("lookup-index", LookupIndex.from_database)


def lookup(query: str) -> LookupResult:
    """Return the entry, the choices or the suggestions for what a person typed."""
    return get_index().find(query or "")
