"""The outbox: every e-mail the portal sends, queued in the transaction that causes it.

`leernetwerk.mail` writes a row and defers its delivery job in the same transaction, so a
rollback sends nothing; the worker (`leernetwerk.tasks`) sends it and marks it sent under a
row lock, so a mail is sent once, however often its job runs.
"""

from django.contrib.postgres.fields import ArrayField
from django.db import models

from leernetwerk.fields import SingleLineCharField


class OutgoingMailQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=OutgoingMail.Status.QUEUED)

    def failed(self):
        return self.filter(status=OutgoingMail.Status.FAILED)


class OutgoingMail(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "In de wachtrij"
        SENT = "sent", "Verstuurd"
        FAILED = "failed", "Mislukt"

    to = ArrayField(models.EmailField(), verbose_name="aan")
    from_email = models.CharField("van", max_length=300, blank=True)
    subject = SingleLineCharField("onderwerp", max_length=500)
    body = models.TextField("tekst")
    html_body = models.TextField("html-tekst", blank=True)
    # [{"filename": ..., "content": base64, "mimetype": ...}]
    attachments = models.JSONField("bijlagen", default=list, blank=True)
    headers = models.JSONField("extra kopregels", default=dict, blank=True)
    # Mails with sign-in links or codes (allauth's): nobody reads them in the admin.
    confidential = models.BooleanField("vertrouwelijk", default=False)
    status = models.CharField("status", max_length=10, choices=Status, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField("pogingen", default=0)
    last_error = models.TextField("laatste fout", blank=True)
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    sent_at = models.DateTimeField("verstuurd op", null=True, blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        verbose_name = "e-mail"
        verbose_name_plural = "e-mails"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.subject
