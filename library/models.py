"""The kennisbank: the network's products (publications and instruments), news and image cards.

For other apps and the digest:

- `Publication.objects.visible_to(user)` is the one rule for who sees a publication: drafts
  (`is_published` off, or a publication date still ahead) only for trekkers; members-only
  publications for approved members; public ones for everyone.
- `NewsItem.objects.visible_to(user)` follows the same rule for news and interviews.
- A publication links to meetings, projects and glossary entries (`meetings`, `projects`,
  `terms`); the other side reads them back with `Publication.objects.about(obj, user)`.
"""

from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from taggit.managers import TaggableManager

from leernetwerk.fields import SingleLineCharField
from leernetwerk.files import (
    ProtectedFileField,
    ProtectedImageField,
    extension_of,
    unguessable_name,
)
from leernetwerk.link_validators import validate_web_address
from leernetwerk.slugs import ReservedSlugValidator
from leernetwerk.text import render_markdown
from leernetwerk.validators import MaxFileSizeValidator, validate_image, validate_pdf

MAX_FILE_MEGABYTES = 10
MAX_IMAGE_MEGABYTES = 2
MARKDOWN_HELP = "Opmaak met Markdown: **vet**, *schuin*, lijstjes met -, tussenkoppen met ###."

validate_publication_slug = ReservedSlugValidator("library.urls")
validate_news_slug = ReservedSlugValidator("library.news_urls")


class Visibility(models.TextChoices):
    PUBLIC = "public", "Iedereen"
    MEMBERS = "members", "Alleen leden"


class Audience(models.TextChoices):
    PROFESSIONALS = "professionals", "Professionals"
    PARENTS = "ouders", "Ouders"
    YOUNG_PEOPLE = "jongeren", "Jongeren"


class Region(models.TextChoices):
    HAAGLANDEN = "haaglanden", "Haaglanden"
    MIDDEN_HOLLAND = "midden-holland", "Midden-Holland"
    HOLLAND_RIJNLAND = "holland-rijnland", "Holland-Rijnland"
    NATIONAL = "landelijk", "Landelijk"


def _visible_to(queryset, user, today=None):
    """The one visibility rule of this app, for publications and news alike."""
    from members.roles import is_approved_member, is_trekker

    if is_trekker(user):
        return queryset
    today = today or timezone.localdate()
    published = queryset.filter(is_published=True, published_on__lte=today)
    if is_approved_member(user):
        return published
    return published.filter(visibility=Visibility.PUBLIC)


class PublicationQuerySet(models.QuerySet):
    def published(self, today=None):
        """Return the publications past their date and not drafts, public or not."""
        today = today or timezone.localdate()
        return self.filter(is_published=True, published_on__lte=today)

    def public(self, today=None):
        """Return what anyone may read: published and public (the API and the sitemap)."""
        return self.published(today).filter(visibility=Visibility.PUBLIC)

    def visible_to(self, user, today=None):
        return _visible_to(self, user, today)

    def filtered(self, *, kind="", theme="", audience=""):
        """Return the publications of this kind, theme slug and audience (each optional)."""
        query = Q()
        if kind:
            query &= Q(kind=kind)
        if theme:
            query &= Q(themes__slug=theme)
        if audience:
            query &= Q(audiences__contains=[audience])
        return self.filter(query)

    def about(self, obj, user):
        """Return the publications this viewer may see that link to a meeting, project or term."""
        field = {"meeting": "meetings", "project": "projects", "entry": "terms"}[
            obj._meta.model_name
        ]
        return (
            self.visible_to(user)
            .filter(**{field: obj})
            .only("title", "slug", "kind", "status", "visibility", "published_on")
            .order_by("-published_on", "title")
        )


class Publication(models.Model):
    """A product of the network: a framework, tipsheet, toolkit, factsheet, study or instrument."""

    class Kind(models.TextChoices):
        THINKING_FRAMEWORK = "denkkader", "Denkkader"
        ACTION_FRAMEWORK = "handelingskader", "Handelingskader"
        TIPSHEET = "tipsheet", "Tipsheet"
        TOOLKIT = "toolkit", "Toolkit"
        FACTSHEET = "factsheet", "Factsheet"
        RESEARCH = "onderzoek", "Onderzoek"
        INSTRUMENT = "instrument", "Instrument"
        IMAGES = "beeldmateriaal", "Beeldmateriaal"

    class Status(models.TextChoices):
        CONCEPT = "concept", "Concept"
        PILOT = "pilot", "In pilot"
        ESTABLISHED = "vastgesteld", "Vastgesteld"

    class Databank(models.TextChoices):
        NJI = "nji", "Databank Effectieve Jeugdinterventies (NJi)"
        MOVISIE = "movisie", "Databank Effectieve sociale interventies (Movisie)"
        OTHER = "other", "Andere databank"

    title = SingleLineCharField("titel", max_length=200)
    slug = models.SlugField(
        "korte naam in de link",
        max_length=200,
        unique=True,
        validators=[validate_publication_slug],
        error_messages={"unique": "Er is al een publicatie met deze korte naam. Kies een andere."},
    )
    kind = models.CharField("soort", max_length=20, choices=Kind, db_index=True)
    summary = SingleLineCharField(
        "samenvatting", max_length=300, help_text="Eén of twee zinnen voor het overzicht."
    )
    body = models.TextField("tekst", blank=True, help_text=MARKDOWN_HELP)
    body_html = models.TextField(editable=False, blank=True)
    audiences = ArrayField(
        models.CharField(max_length=20, choices=Audience),
        verbose_name="voor wie",
        default=list,
        blank=True,
        help_text="Voor wie is deze publicatie geschreven?",
    )
    b1_version = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="b1_originals",
        verbose_name="B1-versie (andere publicatie)",
        help_text="Een eenvoudiger versie in taalniveau B1, als aparte publicatie.",
    )
    b1_body = models.TextField(
        "B1-versie (tekst)",
        blank=True,
        help_text="Of schrijf hier een korte versie in eenvoudige taal (B1). " + MARKDOWN_HELP,
    )
    b1_body_html = models.TextField(editable=False, blank=True)
    themes = TaggableManager("thema's", blank=True, help_text="Thema's, gescheiden door komma's.")
    regions = ArrayField(
        models.CharField(max_length=20, choices=Region),
        verbose_name="regio's",
        default=list,
        blank=True,
    )
    status = models.CharField(
        "stand", max_length=16, choices=Status, default=Status.CONCEPT, db_index=True
    )
    published_on = models.DateField("publicatiedatum", default=timezone.localdate)
    visibility = models.CharField(
        "zichtbaar voor", max_length=10, choices=Visibility, default=Visibility.PUBLIC
    )
    is_published = models.BooleanField(
        "gepubliceerd",
        default=False,
        help_text="Zolang dit uit staat, is de publicatie een concept dat alleen trekkers zien.",
    )
    meetings = models.ManyToManyField(
        "meetings.Meeting",
        related_name="publications",
        blank=True,
        verbose_name="bijeenkomsten",
        help_text="Bijeenkomsten waar deze publicatie gepresenteerd of besproken is.",
    )
    projects = models.ManyToManyField(
        "projects.Project",
        related_name="publications",
        blank=True,
        verbose_name="projecten",
        help_text="Klein-maar-Fijn-projecten waar deze publicatie uit voortkomt.",
    )
    terms = models.ManyToManyField(
        "glossary.Entry",
        related_name="publications",
        blank=True,
        verbose_name="begrippen",
        help_text="Begrippen uit het begrippenkader die hierin een rol spelen.",
    )
    # Instruments: where they stand.
    databank = models.CharField(
        "databank",
        max_length=10,
        choices=Databank,
        blank=True,
        help_text="Alleen bij instrumenten.",
    )
    databank_url = models.CharField(
        "link naar de databank",
        max_length=500,
        blank=True,
        validators=[validate_web_address],
        help_text="Het volledige webadres van het instrument in de databank, met https://.",
    )
    recognition_level = SingleLineCharField(
        "erkenningsniveau",
        max_length=120,
        blank=True,
        help_text="Zoals de databank het noemt, bijvoorbeeld 'Goed onderbouwd'.",
    )
    regional_use = models.TextField(
        "wie gebruikt het in de regio",
        blank=True,
        help_text="Welke organisaties in de regio werken ermee? " + MARKDOWN_HELP,
    )
    regional_use_html = models.TextField(editable=False, blank=True)
    network_notes = models.TextField(
        "opmerkingen van het leernetwerk", blank=True, help_text=MARKDOWN_HELP
    )
    network_notes_html = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = "publicatie"
        verbose_name_plural = "publicaties"
        ordering = ["-published_on", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Publication, self.title, validate_publication_slug)
        self.body_html = render_markdown(self.body)
        self.b1_body_html = render_markdown(self.b1_body)
        self.regional_use_html = render_markdown(self.regional_use)
        self.network_notes_html = render_markdown(self.network_notes)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("library:detail", args=[self.slug])

    def clean(self):
        if self.b1_version_id and self.b1_version_id == self.pk:
            raise ValidationError(
                {"b1_version": "Een publicatie kan niet haar eigen B1-versie zijn."}
            )
        if self.databank_url and not self.databank:
            raise ValidationError({"databank": "Kies bij welke databank deze link hoort."})

    def is_public(self, today=None) -> bool:
        """Return whether anyone, logged in or not, may read it now."""
        today = today or timezone.localdate()
        return (
            self.is_published
            and self.published_on <= today
            and self.visibility == Visibility.PUBLIC
        )

    def is_instrument(self) -> bool:
        return self.kind == self.Kind.INSTRUMENT

    def audience_labels(self) -> list[str]:
        return [Audience(value).label for value in self.audiences if value in Audience.values]

    def region_labels(self) -> list[str]:
        return [Region(value).label for value in self.regions if value in Region.values]


def unique_slug(model, text: str, validator, max_length: int = 200) -> str:
    """Return a slug for `text` that no row of `model` uses and no fixed page takes."""
    base = slugify(text)[: max_length - 4] or model._meta.model_name
    slug, number = base, 2
    while validator.is_reserved(slug) or model.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


def publication_file_path(document, filename):
    # The validator lets only PDFs through; the readable name comes from `download_name()`.
    return unguessable_name("library/files", ".pdf")


class PublicationFile(models.Model):
    """A PDF of a publication, served under a readable name by a view that checks visibility."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="files")
    title = SingleLineCharField("titel", max_length=200)
    file = ProtectedFileField(
        "bestand (PDF)",
        upload_to=publication_file_path,
        validators=[validate_pdf, MaxFileSizeValidator(MAX_FILE_MEGABYTES)],
        help_text=f"Een PDF van hoogstens {MAX_FILE_MEGABYTES} MB.",
    )
    # Read from the PDF by the worker (search/tasks.py), so the site search finds its words.
    text = models.TextField("tekst uit de pdf", blank=True, editable=False)
    added_at = models.DateTimeField("toegevoegd op", default=timezone.now)

    class Meta:
        verbose_name = "bestand"
        verbose_name_plural = "bestanden"
        ordering = ["added_at", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("library:file", args=[self.publication.slug, self.pk])

    def get_file_url(self):
        return self.get_absolute_url()

    def download_name(self) -> str:
        return f"{slugify(self.title) or 'bestand'}.pdf"


class NewsItemQuerySet(models.QuerySet):
    def public(self, today=None):
        today = today or timezone.localdate()
        return self.filter(is_published=True, published_on__lte=today, visibility=Visibility.PUBLIC)

    def visible_to(self, user, today=None):
        return _visible_to(self, user, today)

    def published_for(self, user, today=None):
        """Return the published items this viewer may read, drafts left out even for trekkers.

        Needs no trekker check, so lists such as the home page's cost one query.
        """
        from members.roles import is_approved_member

        today = today or timezone.localdate()
        published = self.filter(is_published=True, published_on__lte=today)
        if is_approved_member(user):
            return published
        return published.filter(visibility=Visibility.PUBLIC)


class NewsItem(models.Model):
    """A news item or an interview, as in the newsletter of Werkplaats SAMEN."""

    class Kind(models.TextChoices):
        NEWS = "nieuws", "Nieuws"
        INTERVIEW = "interview", "Interview"

    title = SingleLineCharField("titel", max_length=200)
    slug = models.SlugField(
        "korte naam in de link",
        max_length=200,
        unique=True,
        validators=[validate_news_slug],
        error_messages={"unique": "Er is al een bericht met deze korte naam. Kies een andere."},
    )
    kind = models.CharField("soort", max_length=12, choices=Kind, default=Kind.NEWS)
    summary = SingleLineCharField(
        "samenvatting", max_length=300, help_text="Eén of twee zinnen voor het overzicht."
    )
    body = models.TextField("tekst", help_text=MARKDOWN_HELP)
    body_html = models.TextField(editable=False, blank=True)
    source = SingleLineCharField(
        "bron",
        max_length=200,
        blank=True,
        help_text="Waar het eerder verscheen, bijvoorbeeld 'Nieuwsbrief Werkplaats SAMEN'.",
    )
    published_on = models.DateField("publicatiedatum", default=timezone.localdate)
    visibility = models.CharField(
        "zichtbaar voor", max_length=10, choices=Visibility, default=Visibility.PUBLIC
    )
    is_published = models.BooleanField(
        "gepubliceerd",
        default=False,
        help_text="Zolang dit uit staat, is het bericht een concept dat alleen trekkers zien.",
    )
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    objects = NewsItemQuerySet.as_manager()

    class Meta:
        verbose_name = "nieuwsbericht"
        verbose_name_plural = "nieuws en interviews"
        ordering = ["-published_on", "-pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(NewsItem, self.title, validate_news_slug)
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:detail", args=[self.slug])

    def is_public(self, today=None) -> bool:
        today = today or timezone.localdate()
        return (
            self.is_published
            and self.published_on <= today
            and self.visibility == Visibility.PUBLIC
        )


def image_card_path(card, filename):
    return unguessable_name("library/beelden", extension_of(filename))


class ImageCard(models.Model):
    """An image card ("Praat erover") for conversations with children and parents."""

    title = SingleLineCharField("woord of titel", max_length=120)
    slug = models.SlugField(
        "korte naam",
        max_length=120,
        unique=True,
        error_messages={"unique": "Er is al een beeld met deze korte naam. Kies een andere."},
    )
    image = ProtectedImageField(
        "afbeelding",
        upload_to=image_card_path,
        validators=[validate_image, MaxFileSizeValidator(MAX_IMAGE_MEGABYTES)],
        help_text=f"Een JPG-, PNG- of WebP-bestand van hoogstens {MAX_IMAGE_MEGABYTES} MB.",
    )
    alt_text = SingleLineCharField(
        "beschrijving van het beeld (alt-tekst)",
        max_length=300,
        help_text="Wat is er te zien? Voor wie het beeld niet kan zien. Verplicht.",
    )
    licence = SingleLineCharField(
        "licentie",
        max_length=200,
        help_text="Onder welke voorwaarden mag iemand het beeld gebruiken?",
    )
    credit = SingleLineCharField("maker of bron", max_length=200, blank=True)
    terms = models.ManyToManyField(
        "glossary.Entry",
        related_name="image_cards",
        blank=True,
        verbose_name="begrippen",
        help_text="De begrippen die dit beeld laat zien.",
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        verbose_name = "beeldkaart"
        verbose_name_plural = "beeldkaarten (Praat erover)"
        ordering = ["position", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("library:images") + f"#beeld-{self.slug}"

    def clean(self):
        if not (self.alt_text or "").strip():
            raise ValidationError({"alt_text": "Beschrijf wat er op het beeld te zien is."})

    def get_image_url(self):
        return reverse("library:image", args=[self.slug])
