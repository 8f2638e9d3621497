from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse


class Meeting(models.Model):
    """A meeting (bijeenkomst) of the network."""

    title = models.CharField("titel", max_length=200)
    slug = models.SlugField("korte naam in de link", max_length=200, unique=True)
    starts_at = models.DateTimeField("begin")
    ends_at = models.DateTimeField("einde")

    class Meta:
        verbose_name = "bijeenkomst"
        verbose_name_plural = "bijeenkomsten"
        ordering = ["-starts_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("meetings:detail", args=[self.slug])

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "Het einde moet na het begin liggen."})
