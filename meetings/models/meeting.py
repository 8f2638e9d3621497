"""A meeting with its goals, agenda and "Goed te weten" links."""

from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from taggit.managers import TaggableManager

from leernetwerk.fields import SingleLineCharField
from leernetwerk.link_validators import validate_web_address
from leernetwerk.slugs import ReservedSlugValidator
from leernetwerk.text import render_markdown
from meetings.models.registration import Registration

# Reminders go out this many days before a meeting unless the trekker sets other moments.
DEFAULT_REMINDER_DAYS = (7, 1)
MAX_REMINDER_DAYS = 60


def default_reminder_days():
    return list(DEFAULT_REMINDER_DAYS)


class MeetingQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        """Meetings that have not ended yet and are not cancelled, soonest first."""
        now = now or timezone.now()
        return (
            self.filter(ends_at__gte=now)
            .exclude(status=Meeting.Status.CANCELLED)
            .order_by("starts_at")
        )

    def announced(self, now=None):
        """Meetings that have not ended yet, cancelled ones included, soonest first."""
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at")

    def past(self, now=None):
        return self.filter(ends_at__lt=timezone.now() if now is None else now).order_by(
            "-starts_at"
        )

    def with_confirmed_count(self):
        return self.annotate(
            confirmed_count=models.Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.CONFIRMED),
            )
        )


class Meeting(models.Model):
    """A meeting (bijeenkomst) of the network."""

    class Kind(models.TextChoices):
        QUARTERLY = "quarterly", "Kwartaalbijeenkomst"
        LIVE = "live", "Live bijeenkomst"
        KNOWLEDGE = "knowledge", "Kennissessie"
        WORKING_GROUP = "working_group", "Werkgroep"

    class Format(models.TextChoices):
        ONLINE = "online", "Online"
        ON_SITE = "on_site", "Op locatie"
        HYBRID = "hybrid", "Hybride"

    class Status(models.TextChoices):
        PLANNED = "planned", "Gepland"
        HELD = "held", "Afgelopen"
        CANCELLED = "cancelled", "Geannuleerd"

    title = SingleLineCharField("titel", max_length=200)
    slug = models.SlugField(
        "korte naam in de link",
        max_length=200,
        unique=True,
        validators=[ReservedSlugValidator("meetings.urls")],
        error_messages={"unique": "Er is al een bijeenkomst met deze korte naam. Kies een andere."},
    )
    kind = models.CharField("soort", max_length=20, choices=Kind, default=Kind.QUARTERLY)
    starts_at = models.DateTimeField("begin")
    ends_at = models.DateTimeField("einde")
    format = models.CharField("vorm", max_length=10, choices=Format, default=Format.ONLINE)
    venue = SingleLineCharField("locatie", max_length=200, blank=True)
    address = SingleLineCharField("adres", max_length=300, blank=True)
    online_url = models.URLField(
        "link voor online deelname",
        blank=True,
        validators=[validate_web_address],
        help_text="Alleen zichtbaar voor leden die zich hebben aangemeld.",
    )
    capacity = models.PositiveIntegerField(
        "maximum aantal deelnemers",
        null=True,
        blank=True,
        help_text="Leeg laten als er geen maximum is. Is de bijeenkomst vol, dan komen nieuwe "
        "aanmeldingen op de wachtlijst.",
    )
    registration_opens_at = models.DateTimeField("aanmelden kan vanaf", null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        "aanmelden kan tot",
        null=True,
        blank=True,
        help_text="Leeg laten: aanmelden kan tot het begin van de bijeenkomst.",
    )
    status = models.CharField("status", max_length=10, choices=Status, default=Status.PLANNED)
    cancellation_reason = models.TextField("reden van annuleren", blank=True)
    audience = SingleLineCharField(
        "voor wie",
        max_length=300,
        blank=True,
        help_text="Bijvoorbeeld: alle leden, of beleidsmakers van gemeenten.",
    )
    introduction = models.TextField(
        "inleiding", blank=True, help_text="Markdown. Waar gaat de bijeenkomst over?"
    )
    introduction_html = models.TextField(editable=False, blank=True)
    themes = TaggableManager("thema's", blank=True, help_text="Thema's, gescheiden door komma's.")
    reminder_days = ArrayField(
        models.PositiveSmallIntegerField(
            validators=[MinValueValidator(1), MaxValueValidator(MAX_REMINDER_DAYS)]
        ),
        verbose_name="herinneringen (dagen vooraf)",
        default=default_reminder_days,
        blank=True,
        help_text="Hoeveel dagen voor de bijeenkomst krijgen deelnemers een herinnering? "
        "Bijvoorbeeld 7,1 (een week en een dag vooraf). Leeg laten: geen herinnering.",
    )
    # The iCalendar SEQUENCE of the meeting's event: raised by every change a trekker saves
    # and by every cancellation mailed, so calendars take the newest version (RFC 5545).
    sequence = models.PositiveIntegerField("versie in agenda's", default=0, editable=False)
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("laatst gewijzigd op", auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = "bijeenkomst"
        verbose_name_plural = "bijeenkomsten"
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["starts_at"]), models.Index(fields=["ends_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_start",
                violation_error_message="Het einde moet na het begin liggen.",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.introduction_html = render_markdown(self.introduction)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "introduction" in update_fields:
            kwargs["update_fields"] = {*update_fields, "introduction_html"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("meetings:detail", args=[self.slug])

    @property
    def place(self) -> str:
        """The venue and address as one line ("" for an online meeting without them)."""
        return ", ".join(part.strip() for part in (self.venue, self.address) if part.strip())

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "Het einde moet na het begin liggen."
        if self.status == self.Status.CANCELLED and not self.cancellation_reason.strip():
            errors["cancellation_reason"] = "Schrijf kort op waarom de bijeenkomst niet doorgaat."
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at <= self.registration_opens_at
        ):
            errors["registration_closes_at"] = "Aanmelden moet later sluiten dan het opengaat."
        if len(set(self.reminder_days or [])) != len(self.reminder_days or []):
            errors["reminder_days"] = "Noem elk aantal dagen maar één keer."
        if self.capacity is not None and self.pk:
            confirmed = self.registrations.filter(status=Registration.Status.CONFIRMED).count()
            if self.capacity < confirmed:
                errors["capacity"] = (
                    f"Er zijn al {confirmed} aanmeldingen. Het maximum kan niet lager zijn "
                    "dan dat aantal."
                )
        if errors:
            raise ValidationError(errors)

    # -- What a member may do ------------------------------------------------------------

    class RegistrationWindow(models.TextChoices):
        """Where a meeting stands as far as registering goes; the labels are the badges."""

        CANCELLED = "cancelled", "Geannuleerd"
        ENDED = "ended", "Afgelopen"
        NOT_OPEN = "not_open", "Aanmelden kan nog niet"
        OPEN = "open", "Aanmelden kan"
        FULL = "full", "Vol – wachtlijst"
        CLOSED = "closed", "Aanmelden gesloten"

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    def has_ended(self, now=None):
        return self.ends_at < (now or timezone.now())

    def is_over(self, now=None):
        """Return whether the meeting has ended or a trekker has marked it as held."""
        return self.status == self.Status.HELD or self.has_ended(now)

    @property
    def offers_on_site(self):
        return self.format in {self.Format.ON_SITE, self.Format.HYBRID}

    @property
    def offers_online(self):
        return self.format in {self.Format.ONLINE, self.Format.HYBRID}

    def registration_closes(self):
        return self.registration_closes_at or self.starts_at

    def places_taken(self) -> int:
        """Return the number of confirmed places; no query after `with_confirmed_count()`."""
        annotated = getattr(self, "confirmed_count", None)
        if annotated is not None:
            return annotated
        return self.registrations.confirmed().count()

    def places_left(self) -> int | None:
        """Return the number of free places, or None when there is no maximum."""
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.places_taken())

    def registration_window(self, now=None) -> "Meeting.RegistrationWindow":
        """Return the registration window at `now`: the one rule every page, mail and refusal reads.

        Counts the confirmed places (one query, none after `with_confirmed_count()`) only when
        the window is open and the meeting has a maximum.
        """
        now = now or timezone.now()
        window = self.RegistrationWindow
        if self.is_cancelled:
            return window.CANCELLED
        if self.is_over(now):
            return window.ENDED
        if self.registration_opens_at and now < self.registration_opens_at:
            return window.NOT_OPEN
        if now >= self.registration_closes():
            return window.CLOSED
        if self.capacity is not None and self.places_taken() >= self.capacity:
            return window.FULL
        return window.OPEN

    def registration_is_open(self, now=None):
        """Return whether members can register at `now`, for a place or the waiting list."""
        return self.registration_window(now) in {
            self.RegistrationWindow.OPEN,
            self.RegistrationWindow.FULL,
        }


class Goal(models.Model):
    """One goal of a meeting ("Doel 1", "Doel 2", ...), in order."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="goals")
    position = models.PositiveSmallIntegerField("volgorde", default=0)
    text = models.TextField("doel")

    class Meta:
        verbose_name = "doel"
        verbose_name_plural = "doelen"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text[:80]


class AgendaItem(models.Model):
    """One item on a meeting's agenda, with its presenter when there is one."""

    class Kind(models.TextChoices):
        WELCOME = "welcome", "Welkom en opening"
        PRESENTATION = "presentation", "Presentatie"
        KWARTIERTJE = "kwartiertje", "LNW-kwartiertje"
        WORK_SESSION = "work_session", "Werksessie"
        REFLECTION = "reflection", "Reflectie"
        INFORMAL = "informal", "Informeel"
        CLOSING = "closing", "Afsluiting"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    position = models.PositiveSmallIntegerField("volgorde", default=0)
    starts_at = models.TimeField("tijd", null=True, blank=True)
    title = SingleLineCharField("onderwerp", max_length=300)
    # No default: a new item is not a presentation unless the trekker says so.
    kind = models.CharField("soort", max_length=20, choices=Kind)
    presenter_name = SingleLineCharField("door (naam)", max_length=200, blank=True)
    presenter_organisation = SingleLineCharField("organisatie", max_length=200, blank=True)
    presenter_profile = models.ForeignKey(
        "members.Profile",
        verbose_name="profiel van de presentator",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agenda_items",
    )
    description = models.TextField("toelichting", blank=True, help_text="Markdown.")
    description_html = models.TextField(editable=False, blank=True)

    class Meta:
        verbose_name = "agendapunt"
        verbose_name_plural = "agendapunten"
        ordering = ["position", "starts_at", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.description_html = render_markdown(self.description)
        super().save(*args, **kwargs)


class GoodToKnow(models.Model):
    """A "Goed te weten" link on a meeting: an event or resource elsewhere."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="good_to_know")
    position = models.PositiveSmallIntegerField("volgorde", default=0)
    title = SingleLineCharField("titel", max_length=300)
    url = models.URLField("link", blank=True, validators=[validate_web_address])
    happens_on = models.DateField("datum", null=True, blank=True)
    description = models.TextField("toelichting", blank=True)

    class Meta:
        verbose_name = "goed te weten"
        verbose_name_plural = "goed te weten"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title
