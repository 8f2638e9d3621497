"""What keeps registrants informed: reminders sent, personal calendar links, trekkers' mailings.

- `Reminder`: one row per registration and moment ("7 days before"), written in the same
  transaction as the queued mail, so a reminder goes out once whatever the worker does.
- `CalendarLink`: the secret token of a member's personal calendar feed (regenerable).
- `Mailing` with its `MailingRecipient` rows: a mail a trekker sent to a meeting's registrants,
  and per person the outbox mail, so the admin shows what was sent to whom and what failed.
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from leernetwerk.fields import SingleLineCharField
from meetings.models.registration import Registration


class Reminder(models.Model):
    """A reminder mailed (or decided) for one registration at one moment before the meeting."""

    registration = models.ForeignKey(
        "meetings.Registration",
        verbose_name="aanmelding",
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    days_before = models.PositiveSmallIntegerField("dagen vooraf")
    # The registration's status when the reminder went out: a place, or the waiting list.
    status = models.CharField(
        "status van de aanmelding", max_length=10, choices=Registration.Status
    )
    mail = models.ForeignKey(
        "leernetwerk.OutgoingMail",
        verbose_name="e-mail",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField("verstuurd op", default=timezone.now)

    class Meta:
        verbose_name = "herinnering"
        verbose_name_plural = "herinneringen"
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "days_before"],
                name="one_reminder_per_moment",
                violation_error_message="Deze herinnering is al verstuurd.",
            )
        ]

    def __str__(self):
        return f"{self.registration} – {self.days_before} dagen vooraf"


def new_calendar_token() -> str:
    # 32 random bytes: not to be guessed, and short enough for a calendar app's URL field.
    return secrets.token_urlsafe(32)


class CalendarLink(models.Model):
    """The secret address of a member's own calendar feed; a new token makes the old one fail."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.CASCADE,
        related_name="calendar_link",
        error_messages={"unique": "Dit lid heeft al een agendalink."},
    )
    token = SingleLineCharField(
        "geheime code",
        max_length=64,
        unique=True,
        default=new_calendar_token,
        error_messages={"unique": "Deze geheime code is al in gebruik."},
    )
    created_at = models.DateTimeField("gemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "agendalink"
        verbose_name_plural = "agendalinks"

    def __str__(self):
        return f"Agendalink van {self.user}"

    def get_absolute_url(self):
        return reverse("meetings:personal_agenda", args=[self.token])

    def renew(self) -> None:
        self.token = new_calendar_token()
        self.created_at = timezone.now()
        self.save(update_fields=["token", "created_at"])


class Mailing(models.Model):
    """A mail a trekker sent from the admin to (part of) the registrants of a meeting."""

    class Audience(models.TextChoices):
        ACTIVE = "active", "Iedereen die is aangemeld of op de wachtlijst staat"
        CONFIRMED = "confirmed", "Alleen wie is aangemeld"
        WAITING = "waiting", "Alleen de wachtlijst"

    meeting = models.ForeignKey(
        "meetings.Meeting",
        verbose_name="bijeenkomst",
        on_delete=models.CASCADE,
        related_name="mailings",
    )
    audience = models.CharField("aan wie", max_length=10, choices=Audience)
    subject = SingleLineCharField("onderwerp", max_length=200)
    body = models.TextField("bericht")
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="verstuurd door",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField("verstuurd op", default=timezone.now)

    class Meta:
        verbose_name = "e-mail aan deelnemers"
        verbose_name_plural = "e-mails aan deelnemers"
        ordering = ["-created_at", "-pk"]
        permissions = [("send_mailing", "Mag deelnemers van een bijeenkomst mailen")]

    def __str__(self):
        return self.subject


class MailingRecipient(models.Model):
    """One person a mailing went to, with the outbox mail that tells whether it arrived."""

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="recipients")
    # Deleting an account deletes its rows here too: the address goes with the account (AVG).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.CASCADE,
        related_name="+",
    )
    email = models.EmailField("e-mailadres")
    mail = models.ForeignKey(
        "leernetwerk.OutgoingMail",
        verbose_name="e-mail",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "ontvanger"
        verbose_name_plural = "ontvangers"
        ordering = ["pk"]

    def __str__(self):
        return self.email
