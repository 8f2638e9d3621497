"""The one way the portal sends e-mail: rendered from templates, sent after the commit."""

from contextlib import suppress

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string


def send_mail(to, subject: str, template: str, context: dict, *, attachments=None) -> None:
    """Render `template` (a .txt, with a .html beside it if there is one) and send it after commit.

    `to` is one address or a list; the subject gets EMAIL_SUBJECT_PREFIX; `attachments` are
    (filename, content, mimetype) tuples. Nothing is sent if the transaction rolls back, and a
    failing mail server never undoes what the transaction saved.
    """
    recipients = [to] if isinstance(to, str) else list(to)
    if not recipients:
        return
    message = EmailMultiAlternatives(
        subject=settings.EMAIL_SUBJECT_PREFIX + subject,
        body=render_to_string(template, context),
        to=recipients,
        attachments=attachments,
    )
    html_template = template.removesuffix(".txt") + ".html"
    with suppress(TemplateDoesNotExist):
        message.attach_alternative(get_template(html_template).render(context), "text/html")
    transaction.on_commit(lambda: deliver(message), robust=True)


def deliver(message) -> None:
    """Hand a rendered message to the mail backend: the one place to move onto a task queue."""
    message.send()
