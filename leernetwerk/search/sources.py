"""What each app contributes to the search index: one source per findable model.

A source returns None for objects nobody may find (drafts, ideas, hidden profiles); members-only
documents are found by approved members only. Dependents re-index the object they belong to
when they change (a label changes its glossary entry).
"""

from glossary.models import AudienceNote, Entry, Label, Meaning
from leernetwerk.models import SearchDocument
from leernetwerk.search.registry import Document, register, register_dependent
from meetings.models import Meeting

Kind = SearchDocument.Kind


def _paragraphs(*texts) -> str:
    return "\n\n".join(text.strip() for text in texts if text and text.strip())


# -- Meetings -------------------------------------------------------------------------------


@register(Meeting)
def meeting_document(meeting):
    return Document(
        kind=Kind.MEETING,
        title=meeting.title,
        url=meeting.get_absolute_url(),
        date=meeting.starts_at,
    )


# -- Glossary -------------------------------------------------------------------------------


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
        body=_paragraphs(
            entry.definition,
            entry.explanation,
            *(note.text for note in entry.audience_notes.all()),
            *(f"{meaning.perspective}: {meaning.text}" for meaning in entry.meanings.all()),
        ),
        date=entry.status_date,
    )


for _part in (Label, AudienceNote, Meaning):
    register_dependent(_part, Entry, lambda part: [part.entry_id])
