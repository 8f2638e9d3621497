"""Registrations: confirmed places and the waiting list of a meeting."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by("registered_at", "pk")


class Registration(models.Model):
    """A member's registration for a meeting: a confirmed place or a place on the waiting list.

    One row per member and meeting; registering again after cancelling reuses the row and puts
    the member at the end of the queue.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Aangemeld"
        WAITING = "waiting", "Op de wachtlijst"
        CANCELLED = "cancelled", "Afgemeld"

    class Attendance(models.TextChoices):
        ON_SITE = "on_site", "Op locatie"
        ONLINE = "online", "Online"

    meeting = models.ForeignKey(
        "meetings.Meeting",
        verbose_name="bijeenkomst",
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField("status", max_length=10, choices=Status)
    attendance = models.CharField("deelname", max_length=10, choices=Attendance)
    registered_at = models.DateTimeField("aangemeld op", default=timezone.now)
    cancelled_at = models.DateTimeField("afgemeld op", null=True, blank=True)
    promoted_at = models.DateTimeField("van wachtlijst af op", null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = "aanmelding"
        verbose_name_plural = "aanmeldingen"
        ordering = ["registered_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "user"],
                name="one_registration_per_member",
                violation_error_message="Dit lid heeft zich al aangemeld voor deze bijeenkomst.",
            ),
        ]
        indexes = [models.Index(fields=["meeting", "status", "registered_at"])]

    def __str__(self):
        return f"{self.user} – {self.meeting} ({self.get_status_display()})"
