"""Glossary factories: entries with their labels in one call."""

from glossary.models import Entry, Label


def make_entry(
    preferred="complexe scheidingsproblematiek",
    *,
    slug=None,
    definition="Een korte definitie.",
    explanation="",
    admitted=(),
    deprecated=(),
    hidden=(),
    status=Entry.Status.DRAFT,
    themes=(),
    reason="Dit woord legt schuld bij de ouders.",
    source="Taalonderzoek leernetwerk 2024",
):
    """Create an entry with a preferred label and optional admitted/deprecated/hidden labels."""
    from django.utils.text import slugify

    entry = Entry.objects.create(
        slug=slug or slugify(preferred),
        definition=definition,
        explanation=explanation,
        status=status,
    )
    Label.objects.create(entry=entry, text=preferred, kind=Label.Kind.PREFERRED)
    for text in admitted:
        Label.objects.create(entry=entry, text=text, kind=Label.Kind.ADMITTED)
    for text in deprecated:
        Label.objects.create(
            entry=entry, text=text, kind=Label.Kind.DEPRECATED, reason=reason, source=source
        )
    for text in hidden:
        Label.objects.create(entry=entry, text=text, kind=Label.Kind.HIDDEN)
    if themes:
        entry.themes.set(list(themes))
    return entry
