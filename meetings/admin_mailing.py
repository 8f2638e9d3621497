"""Trekkers mail the registrants of a meeting from the admin, and see what reached whom.

On a meeting's change page, "Deelnemers mailen" opens a form: to whom (everyone registered or
waiting, only those with a place, only the waiting list), a subject and a message. "Bekijk
eerst" shows the mail as it will go out and how many people get it; only then "Versturen"
queues one mail per person through the outbox (`leernetwerk.mail`), in one transaction with
a `Mailing` and a row per recipient. The mailing's admin page lists every recipient with the
state of their mail (queued, sent, failed and why), linked to the outbox.

Only users with the `meetings.send_mailing` permission (the trekkers) may send.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import ngettext

from leernetwerk.fields import SingleLineFormField
from leernetwerk.mail import send_mail
from leernetwerk.models import OutgoingMail
from meetings.models import Mailing, MailingRecipient, Meeting, Registration

TEMPLATE = "meetings/email/mailing.txt"
SEND_PERMISSION = "meetings.send_mailing"


class MailingForm(forms.Form):
    audience = forms.ChoiceField(
        label="Aan wie",
        choices=Mailing.Audience.choices,
        initial=Mailing.Audience.ACTIVE,
        widget=forms.RadioSelect,
    )
    subject = SingleLineFormField(label="Onderwerp", max_length=200)
    body = forms.CharField(
        label="Bericht",
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=10_000,
        help_text="Gewone tekst. Boven het bericht komt „Beste ...”; eronder de gegevens van "
        "de bijeenkomst en je naam.",
    )

    def clean_body(self):
        # Browsers send line breaks as CRLF; the mail and the record keep plain newlines.
        return self.cleaned_data["body"].replace("\r\n", "\n").strip()


def recipients_of(meeting, audience) -> list[Registration]:
    """The registrations a mailing to `audience` goes to: active accounts, one per person."""
    registrations = meeting.registrations.filter(user__is_active=True).select_related("user")
    if audience == Mailing.Audience.CONFIRMED:
        registrations = registrations.confirmed()
    elif audience == Mailing.Audience.WAITING:
        registrations = registrations.waiting()
    else:
        registrations = registrations.active()
    return list(registrations.order_by("status", "registered_at", "pk"))


def mail_context(meeting, member, subject, body, sender) -> dict:
    return {
        "meeting": meeting,
        "member": member,
        "subject": subject,
        "body": body,
        "sender_name": sender.get_full_name() or "De trekkers",
        "meeting_url": settings.SITE_URL + meeting.get_absolute_url(),
    }


def send_mailing(meeting, form_data, sender) -> Mailing:
    """Write the mailing, queue one mail per recipient; all in one transaction."""
    with transaction.atomic():
        mailing = Mailing.objects.create(
            meeting=meeting,
            audience=form_data["audience"],
            subject=form_data["subject"],
            body=form_data["body"],
            sent_by=sender,
        )
        rows = []
        for registration in recipients_of(meeting, mailing.audience):
            member = registration.user
            context = mail_context(meeting, member, mailing.subject, mailing.body, sender)
            mail = send_mail(member.email, mailing.subject, TEMPLATE, context)
            rows.append(
                MailingRecipient(mailing=mailing, user=member, email=member.email, mail=mail)
            )
        MailingRecipient.objects.bulk_create(rows)
    return mailing


class MailingViewMixin:
    """Adds `<meeting>/mailen/` to the meeting admin: form, preview with count, send."""

    def get_urls(self):
        mail_view = path(
            "<path:object_id>/mailen/",
            self.admin_site.admin_view(self.mailing_view),
            name="meetings_meeting_mail",
        )
        return [mail_view, *super().get_urls()]

    def mailing_view(self, request, object_id):
        if not request.user.has_perm(SEND_PERMISSION):
            raise PermissionDenied
        if not object_id.isdigit():
            raise Http404
        meeting = get_object_or_404(Meeting, pk=object_id)
        form = MailingForm(request.POST or None)
        step = request.POST.get("stap", "")
        context = {
            **self.admin_site.each_context(request),
            "title": f"Deelnemers mailen: {meeting}",
            "opts": self.model._meta,
            "meeting": meeting,
            "form": form,
        }
        if request.method == "POST" and step in {"voorbeeld", "versturen"} and form.is_valid():
            data = form.cleaned_data
            recipients = recipients_of(meeting, data["audience"])
            if not recipients:
                form.add_error("audience", "Niemand om te mailen: kies een andere groep.")
            elif step == "versturen":
                mailing = send_mailing(meeting, data, request.user)
                self.message_user(
                    request,
                    ngettext(
                        "De e-mail staat klaar voor %(count)d persoon. Hieronder zie je of "
                        "hij is aangekomen.",
                        "De e-mail staat klaar voor %(count)d personen. Hieronder zie je of "
                        "hij is aangekomen.",
                        len(recipients),
                    )
                    % {"count": len(recipients)},
                    messages.SUCCESS,
                )
                return redirect("admin:meetings_mailing_change", mailing.pk)
            else:
                example = recipients[0].user
                context |= {
                    "preview": True,
                    "count": len(recipients),
                    "audience_label": Mailing.Audience(data["audience"]).label,
                    "preview_subject": settings.EMAIL_SUBJECT_PREFIX + data["subject"],
                    # The plain-text mail, rendered with autoescape off: the template escapes it.
                    "preview_body": render_to_string(
                        TEMPLATE,
                        mail_context(meeting, example, data["subject"], data["body"], request.user),
                    ),
                    "example": example,
                }
        return TemplateResponse(request, "admin/meetings/meeting/mailing.html", context)


class MailingRecipientInline(admin.TabularInline):
    model = MailingRecipient
    extra = 0
    can_delete = False
    fields = ["email", "name", "state", "error"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user", "mail")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="naam")
    def name(self, row):
        return row.user.get_full_name() if row.user else "–"

    @admin.display(description="status")
    def state(self, row):
        if row.mail is None:
            return "Niet meer in de outbox (na 30 dagen verwijderd)"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:leernetwerk_outgoingmail_change", args=[row.mail.pk]),
            row.mail.get_status_display(),
        )

    @admin.display(description="fout")
    def error(self, row):
        return row.mail.last_error if row.mail and row.mail.last_error else "–"


@admin.register(Mailing)
class MailingAdmin(admin.ModelAdmin):
    list_display = ["subject", "meeting", "audience", "sent_by", "created_at"]
    list_filter = ["audience", "created_at"]
    list_select_related = ["meeting", "sent_by"]
    search_fields = ["subject", "body", "meeting__title"]
    date_hierarchy = "created_at"
    fields = ["meeting", "audience", "subject", "body", "sent_by", "created_at", "summary"]
    readonly_fields = fields
    inlines = [MailingRecipientInline]

    def has_add_permission(self, request):
        # A mailing starts on the meeting's page ("Deelnemers mailen"), with a preview.
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="aangekomen")
    def summary(self, mailing):
        counts = dict.fromkeys(OutgoingMail.Status, 0)
        gone = 0
        for row in mailing.recipients.select_related("mail"):
            if row.mail is None:
                gone += 1
            else:
                counts[row.mail.status] += 1
        parts = [f"{status.label}: {count}" for status, count in counts.items()]
        if gone:
            parts.append(f"niet meer in de outbox: {gone}")
        return ", ".join(parts)
