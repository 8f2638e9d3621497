"""Search documents written straight into the index, to test the query engine on its own."""

import itertools

from django.contrib.contenttypes.models import ContentType
from django.utils.text import slugify

from search.models import SearchDocument

_object_ids = itertools.count(1)


def make_document(
    title="Een document",
    *,
    body="",
    labels="",
    kind=SearchDocument.Kind.REPORT,
    members_only=False,
    date=None,
    url=None,
    visible_from=None,
):
    """Create a search document that points at no real object (its own content type)."""
    object_id = next(_object_ids)
    return SearchDocument.objects.create(
        kind=kind,
        content_type=ContentType.objects.get_for_model(SearchDocument),
        object_id=object_id,
        title=title,
        body=body,
        labels=labels,
        url=url or f"/test/{object_id}/",
        visibility=(
            SearchDocument.Visibility.MEMBERS if members_only else SearchDocument.Visibility.PUBLIC
        ),
        date=date,
        visible_from=visible_from,
    )


def make_entry(preferred, *, definition="", admitted=(), discouraged=(), hidden=(), **fields):
    """Create a glossary entry with its labels (discouraged ones with a reason and source)."""
    from glossary.models import Entry, Label

    entry = Entry.objects.create(
        slug=slugify(preferred), definition=definition or f"Uitleg over {preferred}.", **fields
    )
    Label.objects.create(entry=entry, text=preferred, kind=Label.Kind.PREFERRED)
    for text in admitted:
        Label.objects.create(entry=entry, text=text, kind=Label.Kind.ADMITTED)
    for text in discouraged:
        Label.objects.create(
            entry=entry,
            text=text,
            kind=Label.Kind.DISCOURAGED,
            reason="Legt de nadruk op strijd.",
            source="Taalonderzoek leernetwerk",
        )
    for text in hidden:
        Label.objects.create(entry=entry, text=text, kind=Label.Kind.HIDDEN)
    return entry
