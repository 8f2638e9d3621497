"""The begrippenkader: concepts (entries) and their labels, modelled after SKOS.

For other apps (taalcheck, search, site-wide linking):

- `Entry` is one concept (skos:Concept), found by `slug`. Its wording lives in `Label` rows
  (`entry.labels`), each with a `kind`:
  * `Label.Kind.PREFERRED`  ("preferred")  -> skos:prefLabel, exactly one per entry;
  * `Label.Kind.ADMITTED`   ("admitted")   -> skos:altLabel, a fine alternative;
  * `Label.Kind.DISCOURAGED` ("deprecated") -> a discouraged term (afgeraden), always with
    `reason` (why) and `source` (who discourages it);
  * `Label.Kind.HIDDEN`     ("hidden")     -> skos:hiddenLabel, a look-up form (spelling
    variant, common misspelling): searchable, never shown as advice.
- `Label.match_as_written`: when true, the label only matches with exactly this case and form
  (abbreviations such as "PAS"), never as an ordinary word ("pas op").
- `Entry.exceptions`: phrases, one per line, that contain a discouraged word but must not be
  flagged (names of organisations or programmes); `entry.exception_phrases()` gives the list.
- `Entry.related` (symmetrical), `Entry.broader` / `entry.narrower` (reverse) are the SKOS
  relations.
- `glossary.services.glossary_version()` changes whenever an entry, label, note, meaning,
  source or relation is saved or deleted: rebuild in-memory indexes when it changes.

Named queries: `Entry.objects.with_preferred_term()` (annotates `preferred_term`),
`Entry.objects.for_listing()` (+ labels prefetched), `Label.objects.discouraged()`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q, Subquery
from django.db.models.functions import Lower
from django.urls import reverse
from taggit.managers import TaggableManager

from leernetwerk.fields import SingleLineCharField
from leernetwerk.files import ProtectedImageField, extension_of, unguessable_name
from leernetwerk.link_validators import validate_web_address
from leernetwerk.slugs import ReservedSlugValidator
from leernetwerk.validators import MaxFileSizeValidator, validate_image


def entry_image_path(entry, filename):
    return unguessable_name("begrippen", extension_of(filename))


class EntryQuerySet(models.QuerySet):
    def with_preferred_term(self):
        """Annotate each entry with its preferred term and order A-Z on it."""
        preferred = Label.objects.filter(
            entry=models.OuterRef("pk"), kind=Label.Kind.PREFERRED
        ).values("text")[:1]
        return self.annotate(preferred_term=Subquery(preferred)).order_by(
            Lower("preferred_term"), "pk"
        )

    def for_listing(self):
        """Entries A-Z with their labels, ready for lists."""
        return self.with_preferred_term().prefetch_related(
            Prefetch("labels", queryset=Label.objects.order_by("kind_order", Lower("text")))
        )

    def for_export(self):
        """Entries A-Z with everything a term page or an export shows, prefetched."""
        named = Entry.objects.with_preferred_term()
        return self.for_listing().prefetch_related(
            "themes",
            "audience_notes",
            "meanings",
            "sources",
            Prefetch("related", queryset=named),
            Prefetch("broader", queryset=named),
            Prefetch("narrower", queryset=named),
        )

    def established(self):
        return self.filter(status=Entry.Status.ESTABLISHED)

    def with_theme(self, theme_slug):
        return self.filter(themes__slug=theme_slug) if theme_slug else self


class Entry(models.Model):
    """One concept of the begrippenkader (skos:Concept)."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Concept"
        ESTABLISHED = "established", "Vastgesteld"

    slug = models.SlugField(
        "korte naam in de link",
        max_length=120,
        unique=True,
        validators=[ReservedSlugValidator("glossary.urls")],
        error_messages={"unique": "Er is al een begrip met deze korte naam. Kies een andere."},
        help_text="Bijvoorbeeld complexe-scheidingsproblematiek. Verander dit liever niet meer "
        "als het begrip eenmaal gedeeld is.",
    )
    definition = models.TextField(
        "korte definitie (professionals)",
        help_text="Eén tot drie zinnen: wat betekent dit begrip in het werkveld?",
    )
    explanation = models.TextField(
        "uitleg in gewone taal (B1)",
        blank=True,
        help_text="Voor ouders en jongeren. Korte zinnen, gewone woorden.",
    )
    exceptions = models.TextField(
        "uitzonderingen voor de taalcheck",
        blank=True,
        help_text="Eén naam per regel: namen van organisaties of programma's waarin een "
        "afgeraden woord staat, maar die de taalcheck niet moet aanwijzen.",
    )
    image = ProtectedImageField(
        "afbeelding voor gesprekken",
        upload_to=entry_image_path,
        blank=True,
        validators=[validate_image, MaxFileSizeValidator(2)],
        help_text="Optioneel, zoals de beelden van 'Praat erover'. JPG, PNG of WebP, hoogstens "
        "2 MB.",
    )
    image_description = SingleLineCharField(
        "beschrijving van de afbeelding",
        max_length=300,
        blank=True,
        help_text="Wat staat er op de afbeelding? Voor wie de afbeelding niet kan zien.",
    )
    image_credit = SingleLineCharField(
        "bron van de afbeelding", max_length=200, blank=True, help_text="Maker of bron."
    )
    status = models.CharField(
        "status", max_length=16, choices=Status, default=Status.DRAFT, db_index=True
    )
    status_date = models.DateField(
        "datum status",
        null=True,
        blank=True,
        help_text="Wanneer het begrip deze status kreeg (bijvoorbeeld de datum van vaststelling).",
    )
    themes = TaggableManager("thema's", blank=True, help_text="Thema's, gescheiden door komma's.")
    related = models.ManyToManyField(
        "self", verbose_name="verwante begrippen", blank=True, symmetrical=True
    )
    broader = models.ManyToManyField(
        "self",
        verbose_name="bredere begrippen",
        blank=True,
        symmetrical=False,
        related_name="narrower",
        help_text="Begrippen waar dit begrip onder valt.",
    )
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        verbose_name = "begrip"
        verbose_name_plural = "begrippen"
        ordering = ["slug"]

    def __str__(self):
        return self.preferred_label_text() or self.slug

    def get_absolute_url(self):
        return reverse("glossary:detail", args=[self.slug])

    def get_image_url(self):
        return reverse("glossary:image", args=[self.slug])

    def clean(self):
        if self.image and not self.image_description:
            raise ValidationError(
                {"image_description": "Beschrijf kort wat er op de afbeelding staat."}
            )

    def _labels(self):
        """All labels, from the prefetch cache when the view prefetched them."""
        return list(self.labels.all())

    def preferred_label(self):
        """Return the preferred label (None while the entry is being created)."""
        return next((lb for lb in self._labels() if lb.kind == Label.Kind.PREFERRED), None)

    def preferred_label_text(self) -> str:
        annotated = getattr(self, "preferred_term", None)
        if annotated:
            return annotated
        label = self.preferred_label() if self.pk else None
        return label.text if label else ""

    def labels_of_kind(self, kind):
        return [label for label in self._labels() if label.kind == kind]

    def admitted_labels(self):
        return self.labels_of_kind(Label.Kind.ADMITTED)

    def discouraged_labels(self):
        return self.labels_of_kind(Label.Kind.DISCOURAGED)

    def discouraged_reasons(self):
        """Each different reason of the discouraged labels once, in label order."""
        return list(dict.fromkeys(label.reason for label in self.discouraged_labels()))

    def hidden_labels(self):
        return self.labels_of_kind(Label.Kind.HIDDEN)

    def notes_in_order(self):
        """Audience notes in the order ouders, jongeren, professionals, rechtspraak."""
        order = list(AudienceNote.Audience.values)
        return sorted(self.audience_notes.all(), key=lambda note: order.index(note.audience))

    def exception_phrases(self) -> list[str]:
        """The exception phrases, one per non-empty line."""
        return [line.strip() for line in self.exceptions.splitlines() if line.strip()]

    def is_established(self) -> bool:
        return self.status == self.Status.ESTABLISHED


class LabelQuerySet(models.QuerySet):
    def discouraged(self):
        return self.filter(kind=Label.Kind.DISCOURAGED)

    def shown(self):
        """Labels that may be shown as advice (everything except look-up forms)."""
        return self.exclude(kind=Label.Kind.HIDDEN)


class Label(models.Model):
    """A word or phrase for an entry: preferred, admitted, discouraged or a look-up form."""

    class Kind(models.TextChoices):
        PREFERRED = "preferred", "Voorkeursterm"
        ADMITTED = "admitted", "Toegestaan alternatief"
        # The stored value keeps the SKOS word "deprecated"; rows and exports already hold it.
        DISCOURAGED = "deprecated", "Afgeraden"
        HIDDEN = "hidden", "Zoekvorm (niet tonen)"

    # Sort order within an entry: preferred first, look-up forms last.
    KIND_ORDER = {Kind.PREFERRED: 0, Kind.ADMITTED: 1, Kind.DISCOURAGED: 2, Kind.HIDDEN: 3}

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="labels")
    text = SingleLineCharField("term", max_length=200)
    kind = models.CharField("soort", max_length=16, choices=Kind, default=Kind.ADMITTED)
    kind_order = models.PositiveSmallIntegerField(editable=False, default=1)
    match_as_written = models.BooleanField(
        "alleen precies zo",
        default=False,
        help_text="Aanzetten voor afkortingen zoals PAS: alleen precies zo geschreven "
        "(hoofdletters) telt als deze term, niet als gewoon woord.",
    )
    reason = models.TextField(
        "waarom afgeraden",
        blank=True,
        help_text="Verplicht bij een afgeraden term: waarom gebruiken we dit woord liever niet?",
    )
    source = SingleLineCharField(
        "bron van het advies",
        max_length=300,
        blank=True,
        help_text="Verplicht bij een afgeraden term: wie raadt het af (onderzoek, document)?",
    )

    objects = LabelQuerySet.as_manager()

    class Meta:
        verbose_name = "term"
        verbose_name_plural = "termen"
        ordering = ["entry", "kind_order", "text"]
        constraints = [
            models.UniqueConstraint(
                fields=["entry"],
                condition=Q(kind="preferred"),
                name="glossary_one_preferred_label_per_entry",
                violation_error_message="Dit begrip heeft al een voorkeursterm.",
            ),
            models.UniqueConstraint(
                "entry",
                Lower("text"),
                name="glossary_label_text_unique_per_entry",
                violation_error_message="Deze term staat al bij dit begrip.",
            ),
        ]
        indexes = [models.Index(fields=["kind"])]

    def __str__(self):
        return self.text

    def save(self, *args, **kwargs):
        self.kind_order = self.KIND_ORDER.get(self.kind, 1)
        self.text = " ".join((self.text or "").split())
        super().save(*args, **kwargs)

    def clean(self):
        self.text = " ".join((self.text or "").split())
        if self.kind == self.Kind.DISCOURAGED:
            errors = {}
            if not self.reason.strip():
                errors["reason"] = "Leg uit waarom deze term wordt afgeraden."
            if not self.source.strip():
                errors["source"] = "Noem de bron die deze term afraadt."
            if errors:
                raise ValidationError(errors)

    def is_discouraged(self) -> bool:
        return self.kind == self.Kind.DISCOURAGED


class AudienceNote(models.Model):
    """How to use the entry when talking to or writing for one audience."""

    class Audience(models.TextChoices):
        PARENTS = "parents", "Ouders"
        YOUTH = "youth", "Jongeren"
        PROFESSIONALS = "professionals", "Professionals"
        JUDICIARY = "judiciary", "Rechtspraak"

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="audience_notes")
    audience = models.CharField("doelgroep", max_length=16, choices=Audience)
    text = models.TextField("toelichting bij gebruik")

    class Meta:
        verbose_name = "toelichting per doelgroep"
        verbose_name_plural = "toelichtingen per doelgroep"
        ordering = ["entry", "audience"]
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "audience"],
                name="glossary_one_note_per_audience",
                violation_error_message="Er is al een toelichting voor deze doelgroep.",
            )
        ]

    def __str__(self):
        return f"{self.get_audience_display()}: {self.text[:40]}"


class Meaning(models.Model):
    """What the entry means in one perspective or organisation, where meanings differ."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="meanings")
    perspective = SingleLineCharField(
        "perspectief of organisatie",
        max_length=120,
        help_text="Bijvoorbeeld: Veilig Thuis, wijkteam, rechtspraak, onderwijs.",
    )
    text = models.TextField("betekenis daar")

    class Meta:
        verbose_name = "betekenis per perspectief"
        verbose_name_plural = "betekenissen per perspectief"
        ordering = ["entry", "perspective"]

    def __str__(self):
        return self.perspective


class Source(models.Model):
    """A document or study the entry is based on."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="sources")
    title = SingleLineCharField("titel", max_length=300)
    url = models.URLField("link", blank=True, validators=[validate_web_address])

    class Meta:
        verbose_name = "bron"
        verbose_name_plural = "bronnen"
        ordering = ["entry", "title"]

    def __str__(self):
        return self.title


class EntryChange(models.Model):
    """One change to an entry in the admin: who, when and what (the history)."""

    class Action(models.TextChoices):
        CREATED = "created", "Aangemaakt"
        CHANGED = "changed", "Gewijzigd"
        DELETED = "deleted", "Verwijderd"

    entry = models.ForeignKey(
        Entry, on_delete=models.SET_NULL, null=True, blank=True, related_name="changes"
    )
    entry_name = SingleLineCharField("begrip", max_length=200)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="glossary_changes",
        verbose_name="door",
    )
    changed_at = models.DateTimeField("wanneer", auto_now_add=True)
    action = models.CharField("actie", max_length=16, choices=Action)
    summary = models.TextField("wat is er veranderd", blank=True)

    class Meta:
        verbose_name = "wijziging"
        verbose_name_plural = "geschiedenis"
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.entry_name}: {self.get_action_display()}"

    def changed_by_name(self) -> str:
        if self.changed_by is None:
            return "oud-lid"
        return self.changed_by.get_full_name() or self.changed_by.email


class GlossaryVersion(models.Model):
    """A one-row counter, bumped on every glossary change (see services.glossary_version)."""

    counter = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "versie van het begrippenkader"
        verbose_name_plural = "versie van het begrippenkader"

    def __str__(self):
        return str(self.counter)
