"""Turning what a person typed into a ranked, grouped, highlighted and paginated answer.

The tsquery is built here from plain words, never handed to PostgreSQL's own parsers: what
somebody types (punctuation, SQL, HTML, 5,000 characters) can therefore never cause an error.
"""

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Left, NullIf
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.models import SEARCH_CONFIG, SearchDocument

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
PER_PAGE = 10
PER_GROUP = 4
MAX_SNIPPET_SOURCE = 10_000

# Letters and digits of any script; everything else separates words.
WORD = re.compile(r"[^\W_]+")
# A minus directly before a word excludes it ("triage -school").
EXCLUDED_WORD = re.compile(r"(?:^|\s)-([^\W_]+)")

# PostgreSQL's Dutch stop words (tsearch_data/dutch.stop): they are never in the index, so a
# query of only these words finds nothing, and they are not worth matching as a prefix.
DUTCH_STOP_WORDS = frozenset(
    """de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar
    om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar
    naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al
    waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd
    altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest
    andere""".split()  # noqa: SIM905 (a word list reads better as text)
)
# Shorter last words match as typed only: "de" is not the start of every "de..." word.
MIN_PREFIX_LENGTH = 3

# Markers for ts_headline that cannot survive escaping as HTML, replaced by <mark> afterwards.
START_MARK, STOP_MARK = "\u27e6", "\u27e7"
MARKED = re.compile(f"{START_MARK}([^{START_MARK}{STOP_MARK}]*){STOP_MARK}")


@dataclass(frozen=True)
class ParsedQuery:
    """The words of a query, cleaned up, and the PostgreSQL query made from them."""

    text: str
    words: tuple[str, ...]
    excluded: tuple[str, ...] = ()
    stop_words: tuple[str, ...] = ()

    def __bool__(self):
        return bool(self.words)

    def search_query(self):
        """Return the tsquery: every word must occur, the last one also as a prefix."""
        *complete, last = self.words
        query = None
        for word in complete:
            query = _and(query, SearchQuery(word, search_type="raw", config=SEARCH_CONFIG))
        if len(last) < MIN_PREFIX_LENGTH:
            query = _and(query, SearchQuery(last, search_type="raw", config=SEARCH_CONFIG))
        else:
            # The last word may be half typed: match it as a prefix, stemmed and as written.
            prefix = SearchQuery(f"{last}:*", search_type="raw", config=SEARCH_CONFIG)
            query = _and(
                query, prefix | SearchQuery(f"{last}:*", search_type="raw", config="simple")
            )
        for word in self.excluded:
            query = query & ~SearchQuery(word, search_type="raw", config=SEARCH_CONFIG)
        return query


def _and(left, right):
    return right if left is None else left & right


def parse_query(text) -> ParsedQuery:
    """Clean up what was typed: at most 200 characters, 8 words of letters and digits."""
    text = " ".join(str(text or "")[:MAX_QUERY_LENGTH].split())
    lowered = text.lower()
    excluded = [word[:MAX_WORD_LENGTH] for word in EXCLUDED_WORD.findall(lowered)]
    words = [word[:MAX_WORD_LENGTH] for word in WORD.findall(EXCLUDED_WORD.sub(" ", lowered))]
    return ParsedQuery(
        text=text,
        words=tuple(
            word for word in words if word not in DUTCH_STOP_WORDS and word not in excluded
        )[:MAX_WORDS],
        excluded=tuple(word for word in excluded if word not in DUTCH_STOP_WORDS)[:MAX_WORDS],
        stop_words=tuple(word for word in words if word in DUTCH_STOP_WORDS),
    )


def highlight(headline: str) -> str:
    """Return a snippet as safe HTML: everything escaped except the highlight marks."""
    html = MARKED.sub(r"<mark>\1</mark>", escape(headline or ""))
    return mark_safe(html.replace(START_MARK, "").replace(STOP_MARK, ""))


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    snippet: str
    date: object
    members_only: bool
    rank: float

    @property
    def kind_label(self):
        return SearchDocument.Kind(self.kind).label


@dataclass
class Group:
    kind: str
    count: int
    hits: list[Hit] = field(default_factory=list)

    @property
    def label(self):
        return SearchDocument.Kind(self.kind).label


class KnownCountPaginator(Paginator):
    """A paginator that takes the count from the per-kind counts instead of asking again."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


@dataclass
class SearchResults:
    query: ParsedQuery
    kind: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    groups: list[Group] = field(default_factory=list)
    page: Page | None = None

    @property
    def kind_label(self) -> str:
        return SearchDocument.Kind(self.kind).label if self.kind else ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def put_first(self, kind: str, url: str) -> None:
        """Show the group of `kind` first and, within it, the hit that links to `url`."""
        self.groups.sort(key=lambda group: group.kind != kind)
        for group in self.groups:
            if group.kind == kind:
                group.hits.sort(key=lambda hit: hit.url != url)

    def kinds(self) -> list[tuple[str, str, int]]:
        """Return (kind, label, count) for every kind with results, in the page's order."""
        return [
            (kind, label, self.counts[kind])
            for kind, label in SearchDocument.Kind.choices
            if kind in self.counts
        ]


def search(text, user, *, kind=None, page=1) -> SearchResults:
    """Search what `user` may see; grouped by kind, or one kind paginated.

    Queries: one ranks every match and returns the counts per kind with the positions shown,
    one fetches those few documents with their snippets. A page number past the end costs one
    more ranking query, for the last page.
    """
    query = parse_query(text)
    kind = kind if kind in SearchDocument.Kind.values else None
    results = SearchResults(query=query, kind=kind)
    if not query:
        return results
    tsquery = query.search_query()
    matching = SearchDocument.objects.visible_to(user).filter(search_vector=tsquery)
    if not kind:
        ranked = _ranked(
            matching, tsquery, kinds=SearchDocument.Kind.values, first=1, last=PER_GROUP
        )
        results.counts = {row.kind: row.kind_count for row in ranked}
        groups = {row.kind: Group(row.kind, row.kind_count) for row in ranked}
        for hit in _hits(ranked, tsquery):
            groups[hit.kind].hits.append(hit)
        # The group with the best match first.
        results.groups = sorted(groups.values(), key=lambda group: -group.hits[0].rank)
        return results

    number = _page_number(page)
    ranked = _ranked(
        matching, tsquery, kinds=[kind], first=(number - 1) * PER_PAGE + 1, last=number * PER_PAGE
    )
    results.counts = {row.kind: row.kind_count for row in ranked}
    paginator = KnownCountPaginator([], PER_PAGE, results.counts.get(kind, 0))
    if number > paginator.num_pages:
        number = paginator.num_pages
        ranked = _ranked(
            matching,
            tsquery,
            kinds=[kind],
            first=(number - 1) * PER_PAGE + 1,
            last=number * PER_PAGE,
        )
    shown = [
        row for row in ranked if row.kind == kind and row.position >= (number - 1) * PER_PAGE + 1
    ]
    results.page = Page(_hits(shown, tsquery), number, paginator)
    return results


def _page_number(page) -> int:
    try:
        return max(1, int(page))
    except (TypeError, ValueError):
        return 1


@dataclass(frozen=True)
class RankedRow:
    pk: int
    kind: str
    rank: float
    kind_count: int
    position: int


def _ranked(matching, tsquery, *, kinds, first, last) -> list[RankedRow]:
    """Rank every match in one pass; return the rows at positions first..last of `kinds`.

    The best row of every other kind comes along too, because each row carries the number of
    matches of its kind: that is how the counts per kind need no query of their own.
    """
    inner = matching.annotate(rank=SearchRank(F("search_vector"), tsquery)).values(
        "id", "kind", "date", "rank"
    )
    inner_sql, params = inner.query.sql_with_params()
    sql = f"""
        SELECT id, kind, rank, kind_count, position FROM (
            SELECT id, kind, rank,
                   COUNT(*) OVER (PARTITION BY kind) AS kind_count,
                   ROW_NUMBER() OVER (
                       PARTITION BY kind ORDER BY rank DESC, date DESC NULLS LAST, id
                   ) AS position
            FROM ({inner_sql}) AS matching
        ) AS ranked
        WHERE position = 1 OR (kind = ANY(%s) AND position BETWEEN %s AND %s)
        ORDER BY kind, position
    """  # noqa: S608 (the inner query is compiled by the ORM with parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, list(kinds), first, last])
        return [RankedRow(*row) for row in cursor.fetchall()]


def _hits(ranked: list[RankedRow], tsquery) -> list[Hit]:
    """Return the hits for these ranked rows, in their order, with snippets made only for them."""
    if not ranked:
        return []
    rows = (
        SearchDocument.objects.filter(pk__in=[row.pk for row in ranked])
        .annotate(
            headline=SearchHeadline(
                # Very long texts are cut for the snippet: its cost grows with the length.
                Left(Coalesce(NullIf("body", Value("")), "labels"), MAX_SNIPPET_SOURCE),
                tsquery,
                config=SEARCH_CONFIG,
                start_sel=START_MARK,
                stop_sel=STOP_MARK,
                max_words=25,
                min_words=10,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        .values("pk", "kind", "title", "url", "headline", "date", "visibility")
    )
    by_pk = {row["pk"]: row for row in rows}
    hits = []
    for ranked_row in sorted(ranked, key=lambda row: row.position):
        row = by_pk[ranked_row.pk]
        hits.append(
            Hit(
                kind=row["kind"],
                title=row["title"],
                url=row["url"],
                snippet=highlight(row["headline"]),
                date=row["date"],
                members_only=row["visibility"] == SearchDocument.Visibility.MEMBERS,
                rank=ranked_row.rank,
            )
        )
    return hits
