"""The registry of search sources and how it keeps the index current on every save.

A *source* says, for one model, what its search document looks like (a `Document`, or None
when the object must not be findable, such as a draft report). Other models can be declared as
*dependents*: saving or deleting one of them re-indexes the objects it belongs to (an agenda
item changes its meeting's document). Each app declares its sources in its own `search.py`,
which `SearchConfig.ready()` imports the way the admin finds `admin.py`. The receivers are
connected once, there too, and ignore every model the registry does not know.
"""

import datetime
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from search.models import SearchDocument

BATCH_SIZE = 500


@dataclass(frozen=True)
class Document:
    """What the search page needs to know about one object."""

    kind: str
    title: str
    url: str
    body: str = ""
    labels: Iterable[str] = ()
    members_only: bool = False
    date: datetime.date | datetime.datetime | None = None
    # Findable only from this moment on (a report whose publication date lies ahead).
    visible_from: datetime.datetime | None = None

    def field_values(self) -> dict:
        date = self.date
        if isinstance(date, datetime.datetime):
            from django.utils import timezone

            date = timezone.localtime(date).date() if timezone.is_aware(date) else date.date()
        return {
            "kind": self.kind,
            "title": self.title[:300],
            "url": self.url[:500],
            "body": self.body,
            "labels": " · ".join(label for label in self.labels if label),
            "visibility": (
                SearchDocument.Visibility.MEMBERS
                if self.members_only
                else SearchDocument.Visibility.PUBLIC
            ),
            "date": date,
            "visible_from": self.visible_from,
        }


@dataclass
class Source:
    model: type[models.Model]
    describe: Callable[[models.Model], Document | None]
    queryset: Callable[[], models.QuerySet]


@dataclass
class Dependent:
    indexed_model: type[models.Model]
    owners: Callable[[models.Model], Iterable]
    fields: frozenset[str] | None = None


class SourceRegistry:
    """The sources and dependents the apps declared, by model.

    The sources are kept in `_registry`, the attribute `autodiscover_modules` restores when
    an app's `search.py` fails to import.
    """

    def __init__(self):
        self._registry: dict[type[models.Model], Source] = {}
        self._dependents: dict[type[models.Model], list[Dependent]] = defaultdict(list)
        # Models whose `file` is a PDF the worker reads into their `text` field.
        self.pdf_models: set[str] = set()

    def read_pdf_text(self, model):
        """Have the worker read the PDF of every saved `model` object into its `text` field."""
        self.pdf_models.add(model._meta.label)

    def register(self, model, *, queryset=None):
        """Decorate a function `describe(obj) -> Document | None` as the search source of `model`.

        `queryset` returns the objects to index with what `describe` reads already joined
        (select_related / prefetch_related); it defaults to all objects.
        """

        def decorator(describe):
            self._registry[model] = Source(
                model=model,
                describe=describe,
                queryset=queryset or model._default_manager.all,
            )
            return describe

        return decorator

    def register_dependent(
        self, model, indexed_model, owners: Callable[[models.Model], Iterable], fields=None
    ):
        """When an object of `model` changes, re-index the `indexed_model` objects `owners` gives.

        `owners(obj)` returns objects or primary keys. With `fields`, a save that names its
        update_fields re-indexes only when one of these fields is among them (a login, which
        only saves last_login, does not re-index a profile).
        """
        self._dependents[model].append(
            Dependent(indexed_model, owners, frozenset(fields) if fields else None)
        )

    def unregister(self, model):
        """Forget the source of `model` and every dependent pointing at it (tests use this)."""
        self._registry.pop(model, None)
        for dependent_model in list(self._dependents):
            self._dependents[dependent_model] = [
                dependent
                for dependent in self._dependents[dependent_model]
                if dependent.indexed_model is not model
            ]

    def source(self, model) -> Source | None:
        """Return the source of `model`, or None when it is not findable."""
        return self._registry.get(model)

    def dependents(self, model) -> list[Dependent]:
        """Return what changes of `model` re-index elsewhere."""
        return self._dependents.get(model, [])

    def registered_models(self) -> list[type[models.Model]]:
        """Return every model with a source, in the order the apps registered them."""
        return list(self._registry)


sources = SourceRegistry()
register = sources.register
register_dependent = sources.register_dependent
read_pdf_text = sources.read_pdf_text
unregister = sources.unregister
registered_models = sources.registered_models


def plain_text(html: str) -> str:
    """Return readable text from stored HTML, for the index and its snippets."""
    from html import unescape

    # Block elements and line breaks separate words; inline ones (<strong>, <a>) do not, so
    # "<strong>triage</strong>, en" stays "triage, en".
    text = unescape(strip_tags(BLOCK_BOUNDARY.sub(" \\g<0>", html)))
    return tidy_spacing(" ".join(normalize_newlines(text).split()))


BLOCK_BOUNDARY = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th|section|hr)\b[^>]*>",
    re.IGNORECASE,
)
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?)])")


def tidy_spacing(text: str) -> str:
    """Remove spaces before punctuation ("triage , en" becomes "triage, en")."""
    return SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)


def paragraphs(*texts) -> str:
    """Return the non-empty texts as one text, a blank line between them."""
    return "\n\n".join(text.strip() for text in texts if text and text.strip())


# -- Writing the index ------------------------------------------------------------------------


def reindex(model, pks: Iterable) -> None:
    """Write or remove the documents of these objects, reading them afresh from the database."""
    source = sources.source(model)
    pks = {pk for pk in pks if pk is not None}
    if not pks:
        return
    content_type = ContentType.objects.get_for_model(model)
    documents, keep = [], set()
    for obj in source.queryset().filter(pk__in=pks):
        document = source.describe(obj)
        if document is not None:
            documents.append(_row(content_type, obj.pk, document))
            keep.add(obj.pk)
    _upsert(documents)
    gone = pks - keep
    if gone:
        SearchDocument.objects.filter(content_type=content_type, object_id__in=gone).delete()


def rebuild_index(models_to_index=None) -> dict[str, int]:
    """Index every object of every source (or of the given models); return counts per model.

    Documents of objects that no longer exist or must not be findable are removed.
    """
    counts = {}
    for model in models_to_index or registered_models():
        source = sources.source(model)
        content_type = ContentType.objects.get_for_model(model)
        batch, seen = [], []
        for obj in source.queryset().iterator(chunk_size=BATCH_SIZE):
            document = source.describe(obj)
            if document is None:
                continue
            batch.append(_row(content_type, obj.pk, document))
            seen.append(obj.pk)
            if len(batch) >= BATCH_SIZE:
                _upsert(batch)
                batch = []
        _upsert(batch)
        SearchDocument.objects.filter(content_type=content_type).exclude(
            object_id__in=seen
        ).delete()
        counts[model._meta.label] = len(seen)
    # Documents of models that are no longer a source at all.
    if models_to_index is None:
        known = [ContentType.objects.get_for_model(model).pk for model in registered_models()]
        SearchDocument.objects.exclude(content_type__in=known).delete()
    return counts


def _row(content_type, pk, document: Document) -> SearchDocument:
    return SearchDocument(content_type=content_type, object_id=pk, **document.field_values())


_UPDATED_FIELDS = [
    "kind",
    "title",
    "url",
    "body",
    "labels",
    "visibility",
    "date",
    "visible_from",
    "indexed_at",
]


def _upsert(rows: list[SearchDocument]) -> None:
    if rows:
        SearchDocument.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=_UPDATED_FIELDS,
        )


# -- Signal receivers ---------------------------------------------------------------------

_paused = threading.local()


@contextmanager
def indexing_paused():
    """Skip indexing on save in this thread, for bulk writes; call `rebuild_index()` after."""
    _paused.active = True
    try:
        yield
    finally:
        _paused.active = False


def _changed(instance, update_fields=None) -> None:
    if getattr(_paused, "active", False):
        return
    model = instance._meta.concrete_model
    if sources.source(model) is not None:
        reindex(model, [instance.pk])
    _reindex_owners(instance, update_fields)


def _reindex_owners(instance, update_fields=None) -> None:
    for dependent in sources.dependents(instance._meta.concrete_model):
        if update_fields and dependent.fields and not dependent.fields & set(update_fields):
            continue
        owners = dependent.owners(instance)
        reindex(dependent.indexed_model, [getattr(owner, "pk", owner) for owner in owners])


def on_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:  # loaddata: related rows may not exist yet; `update_search_index` catches up.
        return
    _changed(instance, update_fields)


def on_delete(sender, instance, **kwargs):
    model = instance._meta.concrete_model
    if sources.source(model) is not None:
        SearchDocument.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id=instance.pk
        ).delete()
    _reindex_owners(instance)


def on_m2m_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        _changed(instance)
    elif sources.source(model) is not None and pk_set:
        reindex(model, pk_set)
