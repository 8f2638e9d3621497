"""What the glossary puts in the site search: every entry, found by each of its labels."""

from taggit.models import Tag

from glossary.models import AudienceNote, Entry, Label, Meaning
from search.models import SearchDocument
from search.registry import Document, paragraphs, register, register_dependent

Kind = SearchDocument.Kind


@register(
    Entry,
    queryset=lambda: Entry.objects.prefetch_related(
        "labels", "audience_notes", "meanings", "themes"
    ),
)
def glossary_entry_document(entry):
    """Every label is findable (also look-up forms); the snippet shows the definition."""
    preferred = entry.preferred_label()
    if preferred is None:  # still being created; its preferred label will index it
        return None
    return Document(
        kind=Kind.TERM,
        title=preferred.text,
        url=entry.get_absolute_url(),
        labels=[label.text for label in entry.labels.all() if label != preferred]
        + [theme.name for theme in entry.themes.all()],
        body=paragraphs(
            entry.definition,
            entry.explanation,
            *(note.text for note in entry.audience_notes.all()),
            *(f"{meaning.perspective}: {meaning.text}" for meaning in entry.meanings.all()),
        ),
        date=entry.status_date,
    )


for _part in (Label, AudienceNote, Meaning):
    register_dependent(_part, Entry, lambda part: [part.entry_id])

# A renamed theme re-indexes the entries that carry it.
register_dependent(
    Tag,
    Entry,
    lambda tag: Entry.objects.filter(themes__in=[tag]).values_list("pk", flat=True),
    fields={"name"},
)
