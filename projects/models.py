"""Klein-maar-Fijn projects on the network's agendas, and themes that members bring in."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from taggit.managers import TaggableManager

from leernetwerk.fields import SingleLineCharField
from leernetwerk.files import ProtectedFileField, unguessable_name
from leernetwerk.link_validators import is_site_path, validate_link_target
from leernetwerk.slugs import ReservedSlugValidator
from leernetwerk.text import render_markdown
from leernetwerk.validators import MaxFileSizeValidator, validate_pdf

MAX_DOCUMENT_MEGABYTES = 10
# Paths under /projecten/ such as voorstellen/ that a project slug must not take.
validate_project_slug = ReservedSlugValidator("projects.urls")


class Agenda(models.Model):
    """One of the network's three agendas that projects contribute to."""

    name = SingleLineCharField(
        "naam",
        max_length=120,
        unique=True,
        error_messages={"unique": "Er is al een agenda met deze naam."},
    )
    slug = models.SlugField(
        "korte naam in de link",
        max_length=120,
        unique=True,
        error_messages={"unique": "Er is al een agenda met deze korte naam. Kies een andere."},
    )
    aim = SingleLineCharField(
        "doel", max_length=300, help_text="Eén zin: waar werkt deze agenda naartoe?"
    )
    description = models.TextField("beschrijving", blank=True)
    position = models.PositiveSmallIntegerField(
        "volgorde", default=0, help_text="Agenda's met een lager getal staan eerder."
    )

    class Meta:
        verbose_name = "agenda"
        verbose_name_plural = "agenda's"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("projects:index") + f"#agenda-{self.slug}"


class ProjectQuerySet(models.QuerySet):
    def public(self):
        """Return the projects anyone may see: accepted, and past the idea stage."""
        return self.filter(review=Project.Review.ACCEPTED).exclude(status=Project.Status.IDEA)

    def running(self):
        """Return the public projects that are under way now."""
        return self.public().filter(status=Project.Status.RUNNING)

    def proposals(self):
        """Return the ideas from members that wait for the trekkers' decision."""
        return self.filter(review=Project.Review.PROPOSED)

    def visible_to(self, user):
        """Return the public projects plus, for trekkers, all and, for a member, their own."""
        from members.roles import is_approved_member, is_trekker

        if is_trekker(user):
            return self.all()
        if is_approved_member(user):
            return self.filter(
                models.Q(pk__in=self.public().values("pk"))
                | models.Q(proposed_by=user)
                | models.Q(trekkers=user)
            ).distinct()
        return self.public()


class Project(models.Model):
    """A Klein-maar-Fijn project: a small project of members on one or more agendas."""

    class Status(models.TextChoices):
        IDEA = "idea", "Idee"
        PREPARING = "preparing", "In voorbereiding"
        RUNNING = "running", "Loopt"
        FINISHED = "finished", "Afgerond"

    class Review(models.TextChoices):
        PROPOSED = "proposed", "Voorstel, wacht op de trekkers"
        ACCEPTED = "accepted", "Aangenomen"
        DECLINED = "declined", "Niet aangenomen"

    class PrivacyCheck(models.TextChoices):
        NOT_NEEDED = "not_needed", "Niet nodig"
        REQUESTED = "requested", "Aangevraagd"
        APPROVED = "approved", "Goedgekeurd"

    title = SingleLineCharField("titel", max_length=200)
    slug = models.SlugField(
        "korte naam in de link",
        max_length=200,
        unique=True,
        validators=[validate_project_slug],
        error_messages={"unique": "Er is al een project met deze korte naam. Kies een andere."},
    )
    summary = SingleLineCharField(
        "samenvatting",
        max_length=300,
        help_text="Eén of twee zinnen voor het overzicht van projecten.",
    )
    aim = models.TextField("doel", help_text="Wat wil het project bereiken?")
    description = models.TextField(
        "beschrijving",
        blank=True,
        help_text="Opmaak met Markdown: **vet**, *schuin*, lijstjes met -, tussenkoppen met ###.",
    )
    description_html = models.TextField(editable=False, blank=True)
    agendas = models.ManyToManyField(
        Agenda, related_name="projects", blank=True, verbose_name="agenda's"
    )
    status = models.CharField(
        "status", max_length=16, choices=Status, default=Status.IDEA, db_index=True
    )
    review = models.CharField(
        "beoordeling",
        max_length=16,
        choices=Review,
        default=Review.ACCEPTED,
        help_text="Voorstellen van leden zijn pas openbaar als de trekkers ze aannemen.",
    )
    privacy_check = models.CharField(
        "toets privacy en ethiek",
        max_length=16,
        choices=PrivacyCheck,
        default=PrivacyCheck.NOT_NEEDED,
    )
    privacy_checked_on = models.DateField(
        "datum toets",
        null=True,
        blank=True,
        help_text="De datum van aanvragen of goedkeuren van de toets.",
    )
    trekkers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="led_projects",
        blank=True,
        verbose_name="trekkers van het project",
        help_text="Zij krijgen een e-mail als iemand aanhaakt.",
    )
    starts_on = models.DateField("start", null=True, blank=True)
    ends_on = models.DateField("einde", null=True, blank=True)
    meetings = models.ManyToManyField(
        "meetings.Meeting",
        related_name="projects",
        blank=True,
        verbose_name="bijeenkomsten",
        help_text="Bijeenkomsten waar het project aan bod kwam.",
    )
    themes = TaggableManager("thema's", blank=True, help_text="Thema's, gescheiden door komma's.")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposed_projects",
        verbose_name="voorgesteld door",
    )
    proposal_note = models.TextField(
        "toelichting bij het voorstel",
        blank=True,
        help_text="Wat het lid schreef bij het voorstel; alleen voor de trekkers.",
    )
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = "project"
        verbose_name_plural = "projecten"
        ordering = ["title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Project, self.title)
        self.description_html = render_markdown(self.description)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("projects:detail", args=[self.slug])

    def clean(self):
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = "Het einde kan niet voor de start liggen."
        if self.privacy_check == self.PrivacyCheck.APPROVED and not self.privacy_checked_on:
            errors["privacy_checked_on"] = "Vul de datum in waarop de toets is goedgekeurd."
        if errors:
            raise ValidationError(errors)

    def is_public(self) -> bool:
        return self.review == self.Review.ACCEPTED and self.status != self.Status.IDEA

    def is_open_for_participants(self) -> bool:
        return self.is_public() and self.status != self.Status.FINISHED


def unique_slug(model, text: str, max_length: int = 200) -> str:
    """Return a slug for `text` that no row of `model` uses yet."""
    base = slugify(text)[: max_length - 4] or "project"
    slug, number = base, 2
    while validate_project_slug.is_reserved(slug) or model.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


class Participation(models.Model):
    """A member who joined ("aanhaken") a project."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="participations")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.CASCADE,
        related_name="participations",
    )
    motivation = models.CharField("motivatie", max_length=500, blank=True)
    joined_at = models.DateTimeField("aangehaakt op", default=timezone.now)

    class Meta:
        verbose_name = "deelname"
        verbose_name_plural = "deelnames"
        ordering = ["joined_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "member"],
                name="projects_one_participation_per_member",
                violation_error_message="Dit lid doet al mee aan dit project.",
            )
        ]

    def __str__(self):
        return f"{self.member} in {self.project}"


def document_upload_path(document, filename):
    # The validator lets only PDFs through; the readable name comes from `download_name()`.
    return unguessable_name("projects/documents", ".pdf")


class ProjectDocument(models.Model):
    """A document the project produced: a PDF, served under a readable name."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="documents")
    title = SingleLineCharField("titel", max_length=200)
    file = ProtectedFileField(
        "bestand (PDF)",
        upload_to=document_upload_path,
        validators=[validate_pdf, MaxFileSizeValidator(MAX_DOCUMENT_MEGABYTES)],
        help_text=f"Een PDF van hoogstens {MAX_DOCUMENT_MEGABYTES} MB.",
    )
    description = SingleLineCharField("korte beschrijving", max_length=300, blank=True)
    added_at = models.DateTimeField("toegevoegd op", default=timezone.now)
    # Read from the PDF by the worker (search/tasks.py), so the site search finds its words.
    text = models.TextField("tekst uit de pdf", blank=True, editable=False)

    class Meta:
        verbose_name = "document"
        verbose_name_plural = "documenten"
        ordering = ["added_at", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:document", args=[self.project.slug, self.pk])

    def get_file_url(self):
        return self.get_absolute_url()

    def download_name(self) -> str:
        return f"{slugify(self.title) or 'document'}.pdf"


class ProjectLink(models.Model):
    """A link to something the project produced, on this portal or elsewhere."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="links")
    title = SingleLineCharField("titel", max_length=200)
    url = models.CharField(
        "link",
        max_length=500,
        validators=[validate_link_target],
        help_text="Een pad op dit portaal, zoals /begrippen/tipsheet/, of een volledig webadres.",
    )
    description = SingleLineCharField("korte beschrijving", max_length=300, blank=True)
    position = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        verbose_name = "link"
        verbose_name_plural = "links"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title

    def is_on_this_portal(self) -> bool:
        return is_site_path(self.url)


class ProjectUpdate(models.Model):
    """A dated note by the project's trekkers on how it is going."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="updates")
    published_on = models.DateField("datum", default=timezone.localdate)
    text = models.TextField("tekst", help_text="Opmaak met Markdown.")
    text_html = models.TextField(editable=False, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="project_updates",
        verbose_name="geschreven door",
    )

    class Meta:
        verbose_name = "nieuwtje"
        verbose_name_plural = "nieuwtjes"
        ordering = ["-published_on", "-pk"]

    def __str__(self):
        return f"{self.project}: {self.published_on:%d-%m-%Y}"

    def save(self, *args, **kwargs):
        self.text_html = render_markdown(self.text)
        super().save(*args, **kwargs)


class ThemeQuerySet(models.QuerySet):
    def proposed(self):
        """Return the themes that members brought in and that wait for a meeting."""
        return self.filter(status=Theme.Status.PROPOSED)

    def scheduled(self):
        return self.filter(status=Theme.Status.SCHEDULED)

    def discussed(self):
        return self.filter(status=Theme.Status.DISCUSSED)

    def on_agenda_of(self, meeting):
        """Return the themes scheduled on, or discussed at, the given meeting."""
        return self.filter(
            meeting=meeting, status__in=[Theme.Status.SCHEDULED, Theme.Status.DISCUSSED]
        )

    def with_support_count(self):
        return self.annotate(support_count=Count("supports", distinct=True))


class Theme(models.Model):
    """A theme a member brings in to talk about at a meeting ("Thema's vanuit de leden")."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Voorgesteld"
        SCHEDULED = "scheduled", "Op de agenda"
        DISCUSSED = "discussed", "Besproken"

    title = SingleLineCharField("thema", max_length=150)
    explanation = models.TextField("toelichting", max_length=1000)
    status = models.CharField(
        "status", max_length=16, choices=Status, default=Status.PROPOSED, db_index=True
    )
    meeting = models.ForeignKey(
        "meetings.Meeting",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="member_themes",
        verbose_name="op de agenda van",
        help_text="De bijeenkomst waar het thema besproken wordt.",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposed_themes",
        verbose_name="ingebracht door",
    )
    proposed_at = models.DateTimeField("ingebracht op", default=timezone.now)
    discussed_at = models.DateTimeField("besproken op", null=True, blank=True)

    objects = ThemeQuerySet.as_manager()

    class Meta:
        verbose_name = "thema van leden"
        verbose_name_plural = "thema's van leden"
        ordering = ["-proposed_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("themes:index") + f"#thema-{self.pk}"

    def clean(self):
        if self.status != self.Status.PROPOSED and not self.meeting_id:
            raise ValidationError(
                {"meeting": "Kies de bijeenkomst waar dit thema op de agenda staat."}
            )


class ThemeSupport(models.Model):
    """One member's vote for a theme."""

    theme = models.ForeignKey(
        Theme, verbose_name="thema", on_delete=models.CASCADE, related_name="supports"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.CASCADE,
        related_name="theme_supports",
    )
    created_at = models.DateTimeField("gesteund op", default=timezone.now)

    class Meta:
        verbose_name = "steun voor een thema"
        verbose_name_plural = "steun voor thema's"
        constraints = [
            models.UniqueConstraint(
                fields=["theme", "member"],
                name="projects_one_support_per_member",
                violation_error_message="Dit lid steunt dit thema al.",
            )
        ]

    def __str__(self):
        return f"{self.member} steunt {self.theme}"
