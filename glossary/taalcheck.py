"""The taalcheck's Django side: the current matcher, the rate limit and the result to show.

The matcher itself (glossary/matching.py) knows nothing of Django. Here it is built from the
glossary once per process and rebuilt when `glossary.services.glossary_version()` changes, so
every server process picks up a change on its next check. Within one request the version is
read once, however often a page uses the matcher (a report links terms in each of its
sections): pages keep a fixed number of queries. Texts are never stored or logged.
"""

import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save

from glossary.matching import (
    DiscouragedLabel,
    Finding,
    MatchEntry,
    Matcher,
    apply_replacements,
)

MAX_TEXT_CHARACTERS = 50_000
DEFAULT_RATE_LIMIT = (30, 600)  # checks per client address, per that many seconds

REQUEST_MEMORY_SECONDS = 10  # an upper bound, should a request never report its end

_lock = threading.Lock()
_current: dict = {"version": None, "matcher": None}
_request_memory = threading.local()


def get_matcher() -> Matcher:
    """Return the matcher for the glossary as it is now, rebuilding it after any change."""
    version = _glossary_version()
    with _lock:
        if _current["matcher"] is None or _current["version"] != version:
            _current["matcher"] = Matcher(_load_entries())
            _current["version"] = version
        return _current["matcher"]


def _glossary_version() -> int:
    """Read the version counter, once per request (or on every call outside requests)."""
    from glossary.services import glossary_version

    remembered = getattr(_request_memory, "version", None)
    if remembered is not None and time.monotonic() - remembered[1] < REQUEST_MEMORY_SECONDS:
        return remembered[0]
    version = glossary_version()
    if getattr(_request_memory, "in_request", False):
        _request_memory.version = (version, time.monotonic())
    return version


def _request_started(**kwargs) -> None:
    _request_memory.in_request = True
    _request_memory.version = None


def _request_finished(**kwargs) -> None:
    _request_memory.in_request = False
    _request_memory.version = None


request_started.connect(_request_started, dispatch_uid="taalcheck-request-started")
request_finished.connect(_request_finished, dispatch_uid="taalcheck-request-finished")


def forget_matcher(**kwargs) -> None:
    """Drop this process's matcher so the next check rebuilds it (a signal receiver too)."""
    with _lock:
        _current["matcher"] = None
        _current["version"] = None
    _request_memory.version = None


# Changes made in this very process are seen at once, even before the version counter is
# visible (other processes rely on the counter alone).
for _model in ("glossary.Entry", "glossary.Label"):
    for _event, _signal in (("save", post_save), ("delete", post_delete)):
        _signal.connect(forget_matcher, sender=_model, dispatch_uid=f"taalcheck-{_model}-{_event}")


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


def rate_limit_exceeded(request) -> bool:
    """Count one check for the client's address; True once it has used up its checks.

    The count lives in a key of its own per time window, written with the window's length as
    its timeout (`incr` on the database cache would write it back with the default timeout and
    end the window early). Read-then-write, as `incr` is on the database cache: a few checks at
    the same moment may count as one, which this courtesy limit can bear.
    """
    checks, seconds = getattr(settings, "TAALCHECK_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    window = int(time.time() // seconds)
    key = f"taalcheck:checks:{request.META.get('REMOTE_ADDR', 'onbekend')}:{window}"
    used = (cache.get(key) or 0) + 1
    cache.set(key, used, timeout=seconds)
    return used > checks


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
