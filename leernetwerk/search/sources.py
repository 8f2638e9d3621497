"""What each app contributes to the search index: one source per findable model.

A source returns None for objects nobody may find (drafts, ideas, hidden profiles); members-only
documents are found by approved members only.
"""

from leernetwerk.models import SearchDocument
from leernetwerk.search.registry import Document, register
from meetings.models import Meeting

Kind = SearchDocument.Kind


@register(Meeting)
def meeting_document(meeting):
    return Document(
        kind=Kind.MEETING,
        title=meeting.title,
        url=meeting.get_absolute_url(),
        date=meeting.starts_at,
    )
