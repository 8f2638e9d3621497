"""Factories for publications, their files, news items and image cards."""

from datetime import timedelta
from io import BytesIO
from itertools import count

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from library.models import ImageCard, NewsItem, Publication, PublicationFile, Visibility
from tests.meetings.factories import pdf_upload

_numbers = count(1)


def make_publication(
    title="Denkkader verbinding en vertrouwen",
    *,
    kind=Publication.Kind.THINKING_FRAMEWORK,
    published=True,
    members_only=False,
    days_ago=10,
    themes=(),
    meetings=(),
    projects=(),
    terms=(),
    **fields,
):
    publication = Publication.objects.create(
        title=title,
        slug=fields.pop("slug", f"publicatie-{next(_numbers)}"),
        kind=kind,
        summary=fields.pop("summary", f"Samenvatting van {title}."),
        is_published=published,
        visibility=Visibility.MEMBERS if members_only else Visibility.PUBLIC,
        published_on=timezone.localdate() - timedelta(days=days_ago),
        **fields,
    )
    if themes:
        publication.themes.set(list(themes))
    publication.meetings.set(meetings)
    publication.projects.set(projects)
    publication.terms.set(terms)
    return publication


def make_publication_file(publication, title="Het kader als PDF", **fields):
    return PublicationFile.objects.create(
        publication=publication, title=title, file=fields.pop("file", pdf_upload()), **fields
    )


def make_news_item(
    title="Interview met de kwartiermaker",
    *,
    kind=NewsItem.Kind.INTERVIEW,
    published=True,
    members_only=False,
    days_ago=3,
    **fields,
):
    return NewsItem.objects.create(
        title=title,
        slug=fields.pop("slug", f"bericht-{next(_numbers)}"),
        kind=kind,
        summary=fields.pop("summary", f"Samenvatting van {title}."),
        body=fields.pop("body", "Een **gesprek** over het leernetwerk."),
        is_published=published,
        visibility=Visibility.MEMBERS if members_only else Visibility.PUBLIC,
        published_on=timezone.localdate() - timedelta(days=days_ago),
        **fields,
    )


def jpeg(name="beeld.jpg", size=(32, 24)) -> ContentFile:
    output = BytesIO()
    Image.new("RGB", size, "teal").save(output, format="JPEG")
    return ContentFile(output.getvalue(), name=name)


def make_image_card(title="Samen", *, terms=(), **fields):
    card = ImageCard(
        title=title,
        slug=fields.pop("slug", f"beeld-{next(_numbers)}"),
        alt_text=fields.pop("alt_text", "Twee handen die elkaar vasthouden."),
        licence=fields.pop("licence", "CC BY 4.0"),
        **fields,
    )
    card.image.save("beeld.jpg", jpeg(), save=True)
    card.terms.set(terms)
    return card
