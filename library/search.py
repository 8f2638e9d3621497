"""What the kennisbank puts in the site search: published publications (with their PDFs' words)
and news. Drafts are never findable; members-only items only for members."""

import datetime

from django.utils import timezone
from taggit.models import Tag

from library.models import NewsItem, Publication, PublicationFile, Visibility
from search.models import SearchDocument
from search.registry import (
    Document,
    paragraphs,
    plain_text,
    read_pdf_text,
    register,
    register_dependent,
)

Kind = SearchDocument.Kind


def _start_of(day: datetime.date) -> datetime.datetime:
    """Midnight in Amsterdam: the moment a publication dated `day` becomes findable."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@register(Publication, queryset=lambda: Publication.objects.prefetch_related("themes", "files"))
def publication_document(publication):
    if not publication.is_published:
        return None
    return Document(
        kind=Kind.PUBLICATION,
        title=publication.title,
        url=publication.get_absolute_url(),
        labels=[
            publication.get_kind_display(),
            publication.get_status_display(),
            *publication.audience_labels(),
            *(theme.name for theme in publication.themes.all()),
        ],
        body=paragraphs(
            publication.summary,
            plain_text(publication.body_html),
            plain_text(publication.b1_body_html),
            plain_text(publication.regional_use_html),
            plain_text(publication.network_notes_html),
            *(document.text for document in publication.files.all()),
        ),
        members_only=publication.visibility == Visibility.MEMBERS,
        date=publication.published_on,
        visible_from=_start_of(publication.published_on),
    )


@register(NewsItem)
def news_document(item):
    if not item.is_published:
        return None
    return Document(
        kind=Kind.NEWS,
        title=item.title,
        url=item.get_absolute_url(),
        labels=[item.get_kind_display(), item.source],
        body=paragraphs(item.summary, plain_text(item.body_html)),
        members_only=item.visibility == Visibility.MEMBERS,
        date=item.published_on,
        visible_from=_start_of(item.published_on),
    )


# A renamed theme re-indexes the publications that carry it.
register_dependent(
    Tag,
    Publication,
    lambda tag: Publication.objects.filter(themes__in=[tag]).values_list("pk", flat=True),
    fields={"name"},
)

# Words inside publication PDFs make the publication findable once the worker has read them.
read_pdf_text(PublicationFile)
register_dependent(PublicationFile, Publication, lambda document: [document.publication_id])
