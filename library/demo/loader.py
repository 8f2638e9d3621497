"""Create the demo publications, news and image cards, each only when it is missing."""

from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from glossary.models import Entry
from library.demo.data import IMAGE_CARDS, IMAGE_LICENCE, NEWS, PUBLICATIONS
from library.models import ImageCard, NewsItem, Publication, PublicationFile
from meetings.demo.factsheet_pdf import factsheet_pdf, markdown_blocks
from meetings.models import Meeting
from projects.models import Project

FIELDS = [
    "title", "kind", "status", "summary", "body", "audiences", "regions", "published_on",
    "visibility", "databank", "databank_url", "recognition_level", "regional_use",
    "network_notes",
]  # fmt: skip


def load():
    for data in PUBLICATIONS:
        load_publication(data)
    for data in NEWS:
        NewsItem.objects.get_or_create(slug=data["slug"], defaults={**data, "is_published": True})
    for position, data in enumerate(IMAGE_CARDS):
        load_card(data, position)


def load_publication(data):
    publication, created = Publication.objects.get_or_create(
        slug=data["slug"],
        defaults={
            **{field: data[field] for field in FIELDS if field in data},
            "is_published": True,
        },
    )
    if not created:
        return
    if b1 := data.get("b1_version"):
        publication.b1_version = Publication.objects.filter(slug=b1).first()
        publication.save()
    publication.themes.set(data.get("themes", []))
    publication.meetings.set(Meeting.objects.filter(slug__in=data.get("meetings", [])))
    publication.projects.set(Project.objects.filter(slug__in=data.get("projects", [])))
    publication.terms.set(Entry.objects.filter(slug__in=data.get("terms", [])))
    if data.get("pdf"):
        content = factsheet_pdf(publication.title, markdown_blocks(publication.body))
        PublicationFile.objects.create(
            publication=publication,
            title=publication.title,
            file=ContentFile(content, name=f"{publication.slug}.pdf"),
        )


def load_card(data, position):
    if ImageCard.objects.filter(slug=data["slug"]).exists():
        return
    card = ImageCard(
        slug=data["slug"],
        title=data["title"],
        alt_text=data["alt_text"],
        licence=IMAGE_LICENCE,
        credit="Gemaakt voor de demo van dit portaal",
        position=position,
    )
    card.image.save(f"{data['slug']}.png", ContentFile(card_png(data), name="beeld.png"), save=True)
    card.terms.set(Entry.objects.filter(slug__in=data["terms"]))


def card_png(data) -> bytes:
    """A simple generated picture: a coloured card with circles, as its alt text says."""
    image = Image.new("RGB", (640, 480), data["colour"])
    draw = ImageDraw.Draw(image)
    if data["slug"] == "veilig":
        draw.ellipse((170, 90, 470, 390), outline="white", width=12)
        draw.ellipse((260, 180, 380, 300), fill="white")
    elif data["slug"] == "contact":
        draw.ellipse((150, 150, 330, 330), fill="white")
        draw.ellipse((310, 150, 490, 330), outline="white", width=12)
    else:
        draw.ellipse((110, 150, 290, 330), fill="white")
        draw.ellipse((350, 150, 530, 330), fill="white")
    output = BytesIO()
    image.save(output, format="PNG")
    return output.getvalue()
