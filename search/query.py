"""Turning what a person typed into a ranked, grouped, highlighted and paginated answer.

The tsquery is built here from plain words, never handed to PostgreSQL's own parsers: what
somebody types (punctuation, SQL, HTML, 5,000 characters) can therefore never cause an error.
"""

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Case, F, Func, Value, When
from django.db.models.functions import Coalesce, Left, Lower, NullIf, Trim
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.models import SEARCH_CONFIG, SearchDocument
from search.registry import tidy_spacing

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
# Between the fragments of a snippet, replaced by " … " afterwards (PostgreSQL trims spaces
# around the delimiter it is given).
FRAGMENT_MARK = "\u27ea"


@dataclass(frozen=True)
class ParsedQuery:
    """The words of a query, cleaned up, and the PostgreSQL query made from them."""

    text: str
    words: tuple[str, ...]
    excluded: tuple[str, ...] = ()
    stop_words: tuple[str, ...] = ()

    def __bool__(self):
        return bool(self.words)

    @property
    def phrase(self) -> str:
        """What was typed as plain words, to compare with a title."""
        return normalize_phrase(self.text)

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


# A title that is exactly what was typed ("triage", not "Triagelijst Scheiding") comes first:
# ts_rank scores both the same, as the last word also matches as a prefix.
EXACT_TITLE_BONUS = 1.0


def normalize_phrase(text: str) -> str:
    """Return the words of `text`, lower case, separated by single spaces."""
    return " ".join(WORD.findall(text.lower()))


def _normalized(expression):
    """The SQL twin of normalize_phrase (letters and digits, single spaces, lower case)."""
    return Trim(
        Func(
            Lower(expression),
            Value(r"[^[:alnum:]]+"),
            Value(" "),
            Value("g"),
            function="regexp_replace",
        )
    )


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


def snippet_text(headline: str, source: str) -> str:
    """Return the headline's fragments as whole words of the source, "…" where they cut it.

    ts_headline cuts at its own tokens, which can split a hyphenated word ("Klein-maar" and
    "Fijn-project"). Each fragment is found back in the source and widened to the spaces
    around it; fragments that touch are joined; "…" marks every place where the source goes on.
    """
    source = " ".join((source or "").split())
    spans: list[list] = []  # [start, stop, text with marks], in the order of the source
    end = 0
    for fragment in (headline or "").split(FRAGMENT_MARK):
        fragment = " ".join(fragment.split())
        bare = fragment.replace(START_MARK, "").replace(STOP_MARK, "")
        begin = source.find(bare, end) if bare else -1
        if begin < 0:
            continue
        end = begin + len(bare)
        start = source.rfind(" ", 0, begin) + 1
        stop = source.find(" ", end)
        stop = len(source) if stop < 0 else stop
        text = source[start:begin] + fragment + source[end:stop]
        if spans and start <= spans[-1][1] + 1:
            _join(spans[-1], start, stop, text, source)
        else:
            spans.append([start, stop, text])
    if not spans:
        # Not found back (should not happen): shown as PostgreSQL made it.
        return tidy_spacing(" … ".join((headline or "").split(FRAGMENT_MARK)))
    text = " … ".join(span[2] for span in spans)
    if spans[0][0] > 0:
        text = f"… {text}"
    if spans[-1][1] < len(source):
        text = f"{text} …"
    return tidy_spacing(text)


def _join(previous: list, start: int, stop: int, text: str, source: str) -> None:
    """Extend the previous span by a fragment that touches or overlaps it."""
    overlap = previous[1] - start
    if overlap < 0:  # one space between them
        previous[2] += source[previous[1] : start] + text
    elif stop > previous[1]:
        previous[2] += _after(text, overlap)
    previous[1] = max(previous[1], stop)


def _after(text: str, skip: int) -> str:
    """Return `text` without its first `skip` characters of source, marks not counted."""
    inside = False
    for position, char in enumerate(text):
        if skip <= 0:
            return (START_MARK if inside else "") + text[position:]
        if char == START_MARK:
            inside = True
        elif char == STOP_MARK:
            inside = False
        else:
            skip -= 1
    return ""


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
    year: int | None = None
    # The years of the matching documents, newest first (for the year filter).
    years: list[int] = field(default_factory=list)
    # What was typed, when these are the results for its correction ("Bedoelde je …?").
    typed: str = ""

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


def search(text, user, *, kind=None, page=1, year=None) -> SearchResults:
    """Search what `user` may see; grouped by kind, or one kind paginated; one year or all.

    When nothing is found and a word looks like a typo of a word in the index, the results
    are those for the corrected words, with what was typed kept in `typed`.
    """
    results = _search(text, user, kind=kind, page=page, year=year)
    if results.query and not results.total and not results.year:
        from search.vocabulary import correct

        corrected = correct(results.query)
        if corrected:
            better = _search(corrected, user, kind=kind, page=page, year=year)
            if better.total:
                better.typed = results.query.text
                return better
    return results


def _year(year) -> int | None:
    try:
        year = int(year)
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2200 else None


def _search(text, user, *, kind=None, page=1, year=None) -> SearchResults:
    """Search once, as typed.

    Queries: one ranks every match and returns the counts per kind with the positions shown,
    one fetches those few documents with their snippets. A page number past the end costs one
    more ranking query, for the last page.
    """
    query = parse_query(text)
    kind = kind if kind in SearchDocument.Kind.values else None
    results = SearchResults(query=query, kind=kind, year=_year(year))
    if not query:
        return results
    tsquery = query.search_query()
    matching = (
        SearchDocument.objects.visible_to(user)
        .filter(search_vector=tsquery)
        .alias(normalized_title=_normalized(F("title")))
    )
    if not kind:
        ranked = _ranked(
            matching,
            tsquery,
            kinds=SearchDocument.Kind.values,
            first=1,
            last=PER_GROUP,
            results=results,
        )
        results.counts = {row.kind: row.kind_count for row in ranked}
        groups = {row.kind: Group(row.kind, row.kind_count) for row in ranked}
        for hit in _hits(ranked, tsquery):
            groups[hit.kind].hits.append(hit)
        results.groups = sorted(groups.values(), key=_group_order(groups))
        return results

    number = _page_number(page)
    ranked = _ranked(
        matching,
        tsquery,
        kinds=[kind],
        first=(number - 1) * PER_PAGE + 1,
        last=number * PER_PAGE,
        results=results,
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
            results=results,
        )
    shown = [
        row for row in ranked if row.kind == kind and row.position >= (number - 1) * PER_PAGE + 1
    ]
    results.page = Page(_hits(shown, tsquery), number, paginator)
    return results


# Programme items come after these kinds whenever both match: a report, glossary entry or
# factsheet says more about a subject than the programme item that merely names it.
WEIGHTIER_THAN_PROGRAMME = frozenset(
    {SearchDocument.Kind.REPORT, SearchDocument.Kind.TERM, SearchDocument.Kind.FACTSHEET}
)


def _group_order(groups):
    """Return the sort key of the groups: the best match first, programme items after the rest."""
    weightier_found = bool(WEIGHTIER_THAN_PROGRAMME & set(groups))

    def key(group):
        below = group.kind == SearchDocument.Kind.AGENDA_ITEM and weightier_found
        return (below, -group.hits[0].rank)

    return key


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


def _ranked(matching, tsquery, *, kinds, first, last, results) -> list[RankedRow]:
    """Rank every match in one pass; return the rows at positions first..last of `kinds`.

    The best row of every other kind comes along too, because each row carries the number of
    matches of its kind: that is how the counts per kind need no query of their own. The years
    of all matches (before the year filter) come along the same way, into `results.years`.
    """
    inner = matching.annotate(
        rank=SearchRank(F("search_vector"), tsquery)
        + Case(
            When(normalized_title=results.query.phrase, then=Value(EXACT_TITLE_BONUS)),
            default=Value(0.0),
        )
    ).values("id", "kind", "date", "rank")
    inner_sql, params = inner.query.sql_with_params()
    sql = f"""
        SELECT id, kind, rank, kind_count, position, first_year, last_year FROM (
            SELECT id, kind, rank, first_year, last_year,
                   COUNT(*) OVER (PARTITION BY kind) AS kind_count,
                   ROW_NUMBER() OVER (
                       PARTITION BY kind ORDER BY rank DESC, date DESC NULLS LAST, id
                   ) AS position
            FROM (
                SELECT *, MIN(EXTRACT(YEAR FROM date)) OVER () AS first_year,
                          MAX(EXTRACT(YEAR FROM date)) OVER () AS last_year
                FROM ({inner_sql}) AS matching
            ) AS matching
            WHERE %s::integer IS NULL OR EXTRACT(YEAR FROM date) = %s::integer
        ) AS ranked
        WHERE position = 1 OR (kind = ANY(%s) AND position BETWEEN %s AND %s)
        ORDER BY kind, position
    """  # noqa: S608 (the inner query is compiled by the ORM with parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, results.year, results.year, list(kinds), first, last])
        rows = cursor.fetchall()
    if rows and rows[0][5] is not None:
        results.years = list(range(int(rows[0][6]), int(rows[0][5]) - 1, -1))
    return [RankedRow(*row[:5]) for row in rows]


def _hits(ranked: list[RankedRow], tsquery) -> list[Hit]:
    """Return the hits for these ranked rows, in their order, with snippets made only for them."""
    if not ranked:
        return []
    # Very long texts are cut for the snippet: its cost grows with the length.
    source = Left(Coalesce(NullIf("body", Value("")), "labels"), MAX_SNIPPET_SOURCE)
    rows = (
        SearchDocument.objects.filter(pk__in=[row.pk for row in ranked])
        .annotate(
            headline=SearchHeadline(
                source,
                tsquery,
                config=SEARCH_CONFIG,
                start_sel=START_MARK,
                stop_sel=STOP_MARK,
                max_words=25,
                min_words=10,
                max_fragments=2,
                fragment_delimiter=FRAGMENT_MARK,
            ),
            source=source,
        )
        .values(
            "pk",
            "kind",
            "title",
            "url",
            "headline",
            "source",
            "date",
            "visibility",
        )
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
                snippet=highlight(snippet_text(row["headline"], row["source"])),
                date=row["date"],
                members_only=row["visibility"] == SearchDocument.Visibility.MEMBERS,
                rank=ranked_row.rank,
            )
        )
    return hits


RELATED_THEMES = 5


def related_themes(query: ParsedQuery, user) -> list[dict]:
    """Return themes for a search that found nothing: those sharing any word first, then newest.

    One query. Any single word counts here (not every word, as in the search itself).
    """
    any_word = None
    for word in query.words:
        word_query = SearchQuery(f"{word}:*", search_type="raw", config=SEARCH_CONFIG)
        any_word = word_query if any_word is None else any_word | word_query
    themes = SearchDocument.objects.visible_to(user).filter(kind=SearchDocument.Kind.THEME)
    if any_word is not None:
        themes = themes.annotate(rank=SearchRank(F("search_vector"), any_word))
    else:
        themes = themes.annotate(rank=Value(0.0))
    return list(
        themes.order_by("-rank", F("date").desc(nulls_last=True), "title").values("title", "url")[
            :RELATED_THEMES
        ]
    )
