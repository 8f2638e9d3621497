"""What each member wants to hear about, and what they were told (each item once).

`Preferences` holds a member's choice per kind of news ("direct", "digest" or "never"; a kind
without a choice takes its default from `notifications.sources`). `Notification` is the
record of one item told to one member, created in the same transaction as the queued mail and
unique per (member, kind, item): a job that runs twice, or a worker that restarts halfway, can
never send an item twice. `Milestone` gives a moment to news that its own model does not date
(a project update's creation, a theme put on an agenda).
"""

from django.conf import settings
from django.db import models


class Frequency(models.TextChoices):
    DIRECT = "direct", "Direct"
    DIGEST = "digest", "In de wekelijkse samenvatting"
    NEVER = "never", "Nooit"


class Preferences(models.Model):
    """One member's notification settings and where their weekly digest got to."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="account",
        on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    # {kind: frequency}; kinds missing here take the default of their source.
    choices = models.JSONField("keuzes", default=dict, blank=True)
    chosen_at = models.DateTimeField("zelf gekozen op", null=True, blank=True)
    prompted_at = models.DateTimeField("gevraagd om te kiezen op", null=True, blank=True)
    # The end of the period the last weekly digest covered.
    digest_until = models.DateTimeField("samenvatting bijgewerkt tot", null=True, blank=True)

    class Meta:
        verbose_name = "instellingen voor meldingen"
        verbose_name_plural = "instellingen voor meldingen"

    def __str__(self):
        return f"Meldingen van {self.user}"


class Notification(models.Model):
    """One item told to one member, directly or in a digest."""

    class Delivery(models.TextChoices):
        DIRECT = "direct", "Direct"
        DIGEST = "digest", "Wekelijkse samenvatting"

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField("soort", max_length=40)
    item_key = models.CharField("onderwerp", max_length=120)
    delivery = models.CharField("hoe", max_length=10, choices=Delivery)
    mail = models.ForeignKey(
        "leernetwerk.OutgoingMail",
        verbose_name="e-mail",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField("verstuurd op", auto_now_add=True)

    class Meta:
        verbose_name = "melding"
        verbose_name_plural = "meldingen"
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "kind", "item_key"], name="notifications_each_item_once"
            )
        ]

    def __str__(self):
        return f"{self.item_key} aan {self.member}"


class Milestone(models.Model):
    """The moment something newsworthy happened that its own model keeps no date of."""

    kind = models.CharField("soort", max_length=40)
    key = models.CharField("onderwerp", max_length=120, unique=True)
    object_id = models.PositiveBigIntegerField("id")
    happened_at = models.DateTimeField("gebeurd op", db_index=True)

    class Meta:
        verbose_name = "gebeurtenis"
        verbose_name_plural = "gebeurtenissen"
        ordering = ["-happened_at"]

    def __str__(self):
        return self.key
