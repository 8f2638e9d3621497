"""The report (verslag) of a meeting and its ordered Markdown parts."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from leernetwerk.fields import SingleLineCharField
from leernetwerk.text import render_markdown
from meetings.models.meeting import Meeting


class ReportQuerySet(models.QuerySet):
    def published(self, now=None):
        return self.filter(
            status=Report.Status.PUBLISHED,
            published_at__lte=timezone.now() if now is None else now,
        )


class Report(models.Model):
    """The report (verslag) of a meeting. Only published reports are visible to members."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Concept"
        PUBLISHED = "published", "Gepubliceerd"

    meeting = models.OneToOneField(
        Meeting,
        on_delete=models.CASCADE,
        related_name="report",
        verbose_name="bijeenkomst",
        error_messages={"unique": "Deze bijeenkomst heeft al een verslag. Pas dat verslag aan."},
    )
    status = models.CharField("status", max_length=10, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField("gepubliceerd op", null=True, blank=True)
    summary = models.TextField(
        "samenvatting", blank=True, help_text="Markdown. Wat is er besproken en opgehaald?"
    )
    summary_html = models.TextField(editable=False, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="geschreven door",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meeting_reports",
    )
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("laatst gewijzigd op", auto_now=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = "verslag"
        verbose_name_plural = "verslagen"
        ordering = ["-meeting__starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="published_report_has_date",
                violation_error_message="Een gepubliceerd verslag heeft een publicatiedatum.",
            ),
        ]

    def __str__(self):
        return f"Verslag: {self.meeting}"

    def save(self, *args, **kwargs):
        self.summary_html = render_markdown(self.summary)
        self.date_publication()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return self.meeting.get_absolute_url() + "#verslag"

    def clean(self):
        # "Leeg laten bij publiceren": the form validates the constraint, so date it here too.
        self.date_publication()

    def date_publication(self, now=None):
        """Give a published report without a date the date of now."""
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = now or timezone.now()

    def is_visible(self, now=None):
        return self.status == self.Status.PUBLISHED and self.published_at <= (now or timezone.now())


class ReportPart(models.Model):
    """Shared shape of the ordered Markdown parts of a report."""

    position = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        abstract = True
        ordering = ["position", "pk"]

    markdown_fields: tuple[str, ...] = ()

    def save(self, *args, **kwargs):
        for name in self.markdown_fields:
            setattr(self, f"{name}_html", render_markdown(getattr(self, name)))
        super().save(*args, **kwargs)


class Subgroup(ReportPart):
    """A subgroup discussion ("Groep 1") with the points it raised."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="subgroups")
    name = SingleLineCharField("groep", max_length=200)
    topic = SingleLineCharField("onderwerp of vraag", max_length=500, blank=True)
    points = models.TextField("besproken punten", help_text="Markdown, bijvoorbeeld een lijst.")
    points_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("points",)

    class Meta(ReportPart.Meta):
        verbose_name = "gesprek in een subgroep"
        verbose_name_plural = "gesprekken in subgroepen"

    def __str__(self):
        return self.name


class Reflection(ReportPart):
    """A reflection question or assignment, with the answers collected."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="reflections")
    question = models.TextField("vraag of opdracht")
    answers = models.TextField("opgehaalde antwoorden", blank=True, help_text="Markdown.")
    answers_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("answers",)

    class Meta(ReportPart.Meta):
        verbose_name = "reflectievraag"
        verbose_name_plural = "reflectievragen"

    def __str__(self):
        return self.question[:80]


class FollowUp(ReportPart):
    """A follow-up action ("Vervolg"), with who takes it up."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="follow_ups")
    action = models.TextField("wat", help_text="Markdown.")
    action_html = models.TextField(editable=False, blank=True)
    owner = SingleLineCharField("wie", max_length=200, blank=True)
    due_on = models.DateField("wanneer", null=True, blank=True)

    markdown_fields = ("action",)

    class Meta(ReportPart.Meta):
        verbose_name = "vervolgactie"
        verbose_name_plural = "vervolg"

    def __str__(self):
        return self.action[:80]


class ReportSection(ReportPart):
    """A free section of the report with its own heading."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="sections")
    heading = SingleLineCharField("kop", max_length=300)
    body = models.TextField("tekst", help_text="Markdown.")
    body_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("body",)

    class Meta(ReportPart.Meta):
        verbose_name = "vrij onderdeel"
        verbose_name_plural = "vrije onderdelen"

    def __str__(self):
        return self.heading
