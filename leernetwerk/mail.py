"""The one way the portal sends e-mail: rendered now, queued in this transaction, sent by a worker.

`send_mail` renders the message and stores it in the outbox (`OutgoingMail`) together with a
job for the worker, in the caller's transaction: a rollback queues nothing, a commit queues
both, and a mail server that is down costs the request nothing. `deliver` is what the worker
runs: it sends a stored message once, under a row lock, and records failures for the admin.
"""

import base64
from contextlib import suppress

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone

from leernetwerk.models import OutgoingMail


def send_mail(
    to, subject: str, template: str, context: dict, *, attachments=None
) -> OutgoingMail | None:
    """Render `template` (a .txt, with a .html beside it if there is one) and queue it.

    `to` is one address or a list; the subject gets EMAIL_SUBJECT_PREFIX; `attachments` are
    (filename, content, mimetype) tuples. Returns the outbox row (None without recipients).
    """
    recipients = [to] if isinstance(to, str) else list(to)
    if not recipients:
        return None
    message = EmailMultiAlternatives(
        subject=settings.EMAIL_SUBJECT_PREFIX + subject,
        body=render_to_string(template, context),
        to=recipients,
        attachments=attachments,
    )
    html_template = template.removesuffix(".txt") + ".html"
    with suppress(TemplateDoesNotExist):
        message.attach_alternative(get_template(html_template).render(context), "text/html")
    return queue(message)


def queue(message, *, confidential=False) -> OutgoingMail:
    """Store a rendered message in the outbox and defer its delivery, in this transaction."""
    from leernetwerk.tasks import deliver_mail

    html = next((content for content, kind in message.alternatives if kind == "text/html"), "")
    with transaction.atomic():
        mail = OutgoingMail.objects.create(
            to=list(message.to),
            from_email=message.from_email or "",
            subject=message.subject,
            body=message.body,
            html_body=html,
            attachments=[_stored_attachment(*attachment) for attachment in message.attachments],
            headers=dict(message.extra_headers),
            confidential=confidential,
        )
        deliver_mail.defer(mail_id=mail.pk)
    return mail


def _stored_attachment(filename, content, mimetype):
    data = content.encode() if isinstance(content, str) else bytes(content)
    return {
        "filename": filename,
        "content": base64.b64encode(data).decode("ascii"),
        "mimetype": mimetype,
    }


def message_of(mail: OutgoingMail) -> EmailMultiAlternatives:
    """Rebuild the message exactly as it was rendered when it was queued."""
    message = EmailMultiAlternatives(
        subject=mail.subject,
        body=mail.body,
        from_email=mail.from_email or None,
        to=mail.to,
        headers=mail.headers,
    )
    if mail.html_body:
        message.attach_alternative(mail.html_body, "text/html")
    for attachment in mail.attachments:
        content = base64.b64decode(attachment["content"])
        message.attach(attachment["filename"], content, attachment["mimetype"])
    return message


class DeliveryFailed(Exception):
    """The mail server refused or could not be reached; the job is tried again later."""


def deliver(mail_id: int, *, final_attempt: bool = False) -> bool:
    """Send the queued mail once; return whether this call sent it.

    The row stays locked while the mail server answers, so two workers (or a job and the
    sweeper) never send the same mail; a mail that was sent is left alone. A failure is
    written down and raised, so the job is retried; after the last try the mail shows as
    failed in the admin.
    """
    with transaction.atomic():
        mail = OutgoingMail.objects.select_for_update().filter(pk=mail_id).first()
        if mail is None or mail.status == OutgoingMail.Status.SENT:
            return False
        mail.attempts += 1
        try:
            message_of(mail).send()
        except Exception as error:  # noqa: BLE001 - any failure of the mail server counts
            failure = f"{type(error).__name__}: {error}"[:2000]
        else:
            mail.status = OutgoingMail.Status.SENT
            mail.sent_at = timezone.now()
            mail.last_error = ""
            if mail.confidential:
                # A sign-in link or code has done its work; the outbox keeps no copy.
                mail.body = mail.html_body = ""
            mail.save(
                update_fields=["status", "sent_at", "last_error", "attempts", "body", "html_body"]
            )
            return True
        mail.last_error = failure
        if final_attempt:
            mail.status = OutgoingMail.Status.FAILED
        mail.save(update_fields=["status", "last_error", "attempts"])
    raise DeliveryFailed(failure)


def deliver_waiting(*, older_than=None) -> int:
    """Send every queued mail (created before `older_than`, if given); return how many were sent.

    The worker's safety net for a job that was lost, and what tests use to see what the
    worker would have sent by now.
    """
    waiting = OutgoingMail.objects.waiting().order_by("pk")
    if older_than is not None:
        # Mail that was tried has a job that retries it; this is for mail never tried.
        waiting = waiting.filter(created_at__lt=older_than, attempts=0)
    sent = 0
    for mail_id in waiting.values_list("pk", flat=True):
        with suppress(DeliveryFailed):
            sent += deliver(mail_id)
    return sent
