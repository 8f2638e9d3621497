"""Factsheets and other PDF attachments published with a meeting."""

import contextlib

from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from leernetwerk.fields import SingleLineCharField
from leernetwerk.files import ProtectedFileField, unguessable_name
from leernetwerk.validators import MaxFileSizeValidator, validate_pdf
from meetings.models.meeting import Meeting

FACTSHEET_MAX_MEGABYTES = 10


def factsheet_upload_to(instance, filename):
    # The validators let only PDFs through; the readable name comes from `download_name()`.
    return unguessable_name("factsheets", ".pdf")


class FactsheetQuerySet(models.QuerySet):
    def published(self, today=None):
        return self.filter(published_on__lte=today or timezone.localdate())


class Factsheet(models.Model):
    """A PDF published with a meeting: the factsheet itself, or another attachment."""

    class Kind(models.TextChoices):
        FACTSHEET = "factsheet", "Factsheet"
        ATTACHMENT = "attachment", "Bijlage"

    meeting = models.ForeignKey(
        Meeting,
        verbose_name="bijeenkomst",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="factsheets",
    )
    kind = models.CharField("soort", max_length=12, choices=Kind, default=Kind.FACTSHEET)
    title = SingleLineCharField("titel", max_length=300)
    slug = models.SlugField(
        "korte naam",
        max_length=200,
        unique=True,
        error_messages={"unique": "Er is al een factsheet of bijlage met deze korte naam."},
    )
    description = models.TextField("korte beschrijving", blank=True)
    file = ProtectedFileField(
        "pdf-bestand",
        upload_to=factsheet_upload_to,
        validators=[
            FileExtensionValidator(["pdf"], message="Kies een pdf-bestand."),
            validate_pdf,
            MaxFileSizeValidator(FACTSHEET_MAX_MEGABYTES),
        ],
        help_text="Een pdf van hoogstens 10 MB.",
    )
    size = models.PositiveIntegerField("grootte in bytes", default=0, editable=False)
    # Read from the PDF by the worker (search/tasks.py), so the site search finds its words.
    text = models.TextField("tekst uit de pdf", blank=True, editable=False)
    published_on = models.DateField("publicatiedatum", default=timezone.localdate)
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)

    objects = FactsheetQuerySet.as_manager()

    class Meta:
        verbose_name = "factsheet of bijlage"
        verbose_name_plural = "factsheets en bijlagen"
        ordering = ["-published_on", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            with contextlib.suppress(OSError, ValueError):
                self.size = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("meetings:factsheet_download", args=[self.slug])

    def get_file_url(self):
        return self.get_absolute_url()

    def is_published(self, today=None) -> bool:
        return self.published_on <= (today or timezone.localdate())

    def download_name(self):
        return f"{self.slug}.pdf"
