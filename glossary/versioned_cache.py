"""Structures built from the whole glossary, kept per process and rebuilt when it changes.

The lookup index (`glossary.lookup`) and the taalcheck's matcher (`glossary.taalcheck.check`)
are each built once per server process and kept in memory. `cached_for_version(name, build)`
hands out the kept structure while `glossary_version()` is still the one it was built at, and
calls `build()` again once the version has moved, so every process picks up a change made by
any other on its next use. Within one request the version is read once, however often a page
uses these structures (a report links terms in each of its sections): pages keep a fixed
number of queries. Saves and deletes of entries and labels in this very process drop the kept
structures at once, even within a request (`connect_signals`, called by the app's `ready`).
"""

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save

REQUEST_MEMORY_SECONDS = 10  # an upper bound, should a request never report its end

Built = TypeVar("Built")

_lock = threading.Lock()
_kept: dict[str, tuple[int, object]] = {}
_request_memory = threading.local()


def cached_for_version(name: str, build: Callable[[], Built]) -> Built:
    """Return the structure kept under `name`, built again by `build()` after any change."""
    version = _glossary_version()
    kept = _kept.get(name)
    if kept is not None and kept[0] == version:
        return kept[1]
    with _lock:
        kept = _kept.get(name)
        if kept is None or kept[0] != version:
            kept = (version, build())
            _kept[name] = kept
        return kept[1]


def forget(**kwargs) -> None:
    """Drop every kept structure, so each is built again on its next use (a signal receiver)."""
    with _lock:
        _kept.clear()
    _request_memory.version = None


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


def connect_signals() -> None:
    """Remember the version per request; forget the structures when this process changes them.

    Other processes see a change through the version counter alone; a change made here is
    seen at once, even before the new version is visible.
    """
    request_started.connect(_request_started, dispatch_uid="versioned-cache-request-started")
    request_finished.connect(_request_finished, dispatch_uid="versioned-cache-request-finished")
    for model in ("glossary.Entry", "glossary.Label"):
        for event, signal in (("save", post_save), ("delete", post_delete)):
            signal.connect(forget, sender=model, dispatch_uid=f"versioned-cache-{model}-{event}")
