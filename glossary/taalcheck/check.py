"""The matcher for the glossary as it is now, and the result of checking one text.

The matcher itself (`matching.py`) knows nothing of Django. Here it is built from the glossary
once per process and rebuilt after any change (`glossary.versioned_cache`). Texts are never
stored or logged.
"""

from dataclasses import dataclass

from glossary.taalcheck.matching import (
    DiscouragedLabel,
    Finding,
    MatchEntry,
    Matcher,
    apply_replacements,
)
from glossary.taalcheck.readability import Readability, allowed_words_of, measure
from glossary.versioned_cache import cached_for_version


def get_matcher() -> Matcher:
    """Return the matcher for the glossary as it is now, rebuilding it after any change."""
    return cached_for_version("taalcheck-matcher", lambda: Matcher(_load_entries()))


def allowed_words(matcher: Matcher) -> frozenset[str]:
    """The words of the glossary's preferred and admitted terms: never long or uncommon."""
    return allowed_words_of(
        term for entry in matcher.entries for term in (entry.preferred, *entry.linkable)
    )


def measure_readability(text: str) -> Readability:
    """Measure how easy `text` is to read, allowing the glossary's own terms."""
    return measure(text, allowed_words(get_matcher()))


def _load_entries() -> list[MatchEntry]:
    """Read the glossary in one query: every shown label with its entry."""
    from glossary.models import Label

    labels_by_entry: dict = {}
    for label in Label.objects.shown().select_related("entry").order_by("entry_id", "pk"):
        labels_by_entry.setdefault(label.entry_id, (label.entry, []))[1].append(label)
    return [_match_entry(entry, labels) for entry, labels in labels_by_entry.values()]


def _match_entry(entry, labels) -> MatchEntry:
    from glossary.models import Label

    preferred = next(
        (label.text for label in labels if label.kind == Label.Kind.PREFERRED), entry.slug
    )
    return MatchEntry(
        slug=entry.slug,
        preferred=preferred,
        discouraged=tuple(
            DiscouragedLabel(
                label.text,
                label.reason,
                # Unticked means "not told": capitals inside the label still count.
                match_as_written=True if label.match_as_written else None,
            )
            for label in labels
            if label.kind == Label.Kind.DISCOURAGED
        ),
        linkable=tuple(
            label.text
            for label in labels
            if label.kind in (Label.Kind.PREFERRED, Label.Kind.ADMITTED)
        ),
        exceptions=tuple(entry.exception_phrases()),
        definition=entry.definition,
        url=entry.get_absolute_url(),
    )


@dataclass(frozen=True)
class Segment:
    """A piece of the checked text: plain, or one finding with its number and its group's."""

    text: str
    finding: Finding | None = None
    number: int = 0
    group: int = 0


@dataclass(frozen=True)
class FindingGroup:
    """Every occurrence of one discouraged word, explained once."""

    number: int
    preferred: str
    term: str
    reason: str
    occurrences: tuple[tuple[int, Finding], ...]  # (finding number, finding)

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def first_number(self) -> int:
        return self.occurrences[0][0]

    @property
    def written_forms(self) -> list[str]:
        """The word as it was written, each form once (capitals aside), in the text's order."""
        forms: dict[str, str] = {}
        for _, finding in self.occurrences:
            forms.setdefault(finding.match.casefold(), finding.match)
        return list(forms.values())


@dataclass(frozen=True)
class CheckResult:
    text: str
    findings: list[Finding]
    readability: Readability | None = None

    @property
    def groups(self) -> list[FindingGroup]:
        """The findings per discouraged label, in the order each first occurs."""
        by_label: dict[tuple[str, str], list[tuple[int, Finding]]] = {}
        for number, finding in enumerate(self.findings, start=1):
            by_label.setdefault((finding.term, finding.label), []).append((number, finding))
        return [
            FindingGroup(
                number=group_number,
                preferred=occurrences[0][1].preferred,
                term=occurrences[0][1].term,
                reason=occurrences[0][1].reason,
                occurrences=tuple(occurrences),
            )
            for group_number, occurrences in enumerate(by_label.values(), start=1)
        ]

    @property
    def segments(self) -> list[Segment]:
        group_of = {
            number: group.number for group in self.groups for number, _ in group.occurrences
        }
        pieces, position = [], 0
        for number, finding in enumerate(self.findings, start=1):
            if finding.start > position:
                pieces.append(Segment(self.text[position : finding.start]))
            pieces.append(Segment(finding.match, finding, number, group_of[number]))
            position = finding.end
        if position < len(self.text):
            pieces.append(Segment(self.text[position:]))
        return pieces

    @property
    def replaced_text(self) -> str:
        return apply_replacements(self.text, self.findings)

    @property
    def replaced_count(self) -> int:
        return sum(finding.replacement is not None for finding in self.findings)

    @property
    def summary(self) -> str:
        count = len(self.findings)
        if count == 0:
            return "Geen woorden om te vervangen"
        return f"{count} {'woord' if count == 1 else 'woorden'} om te vervangen"


def check_text(text: str) -> CheckResult:
    """Check a text against the current glossary."""
    matcher = get_matcher()
    return CheckResult(
        text=text,
        findings=matcher.find(text),
        readability=measure(text, allowed_words(matcher)),
    )
