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
from glossary.versioned_cache import cached_for_version


def get_matcher() -> Matcher:
    """Return the matcher for the glossary as it is now, rebuilding it after any change."""
    return cached_for_version("taalcheck-matcher", lambda: Matcher(_load_entries()))


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
    """A piece of the checked text: plain, or one finding with its number."""

    text: str
    finding: Finding | None = None
    number: int = 0


@dataclass(frozen=True)
class CheckResult:
    text: str
    findings: list[Finding]

    @property
    def segments(self) -> list[Segment]:
        pieces, position = [], 0
        for number, finding in enumerate(self.findings, start=1):
            if finding.start > position:
                pieces.append(Segment(self.text[position : finding.start]))
            pieces.append(Segment(finding.match, finding, number))
            position = finding.end
        if position < len(self.text):
            pieces.append(Segment(self.text[position:]))
        return pieces

    @property
    def numbered_findings(self) -> list[tuple[int, Finding]]:
        return list(enumerate(self.findings, start=1))

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
    return CheckResult(text=text, findings=get_matcher().find(text))
