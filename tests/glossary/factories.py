"""Glossary factories: entries with their labels in one call."""

from glossary.models import Entry, Label


def make_entry(
    preferred="complexe scheidingsproblematiek",
    *,
    slug=None,
    definition="Een korte definitie.",
    explanation="",
    admitted=(),
    discouraged=(),
    hidden=(),
    status=Entry.Status.DRAFT,
    themes=(),
    reason="Dit woord legt schuld bij de ouders.",
    source="Taalonderzoek leernetwerk 2024",
):
    """Create an entry with a preferred label and optional admitted/discouraged/hidden labels."""
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
    for text in discouraged:
        Label.objects.create(
            entry=entry, text=text, kind=Label.Kind.DISCOURAGED, reason=reason, source=source
        )
    for text in hidden:
        Label.objects.create(entry=entry, text=text, kind=Label.Kind.HIDDEN)
    if themes:
        entry.themes.set(list(themes))
    return entry


def make_many_entries(count, *, theme="taal"):
    """Create `count` related entries, each with a full set of labels, notes and sources."""
    from glossary.models import AudienceNote, Meaning, Source

    entries = []
    for number in range(count):
        entry = make_entry(
            f"begrip {number:04d}",
            admitted=[f"ander woord {number:04d}"],
            discouraged=[f"afgeraden woord {number:04d}"],
            hidden=[f"begripp {number:04d}"],
            themes=[theme],
        )
        AudienceNote.objects.create(entry=entry, audience="parents", text="Tip voor ouders.")
        Meaning.objects.create(entry=entry, perspective="Veilig Thuis", text="Betekenis.")
        Source.objects.create(entry=entry, title=f"Bron {number}")
        if entries:
            entry.related.add(entries[-1])
            entry.broader.add(entries[0])
        entries.append(entry)
    return entries
