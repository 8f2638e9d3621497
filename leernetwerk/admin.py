"""The outbox in the admin: trekkers see what was sent and what failed, and try again."""

from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import ngettext
from procrastinate.contrib.django.models import ProcrastinateJob

from leernetwerk.models import OutgoingMail

# procrastinate's own job admin shows every job's arguments; the outbox below is what people
# need, without the contents of mails that carry sign-in links.
admin.site.unregister(ProcrastinateJob)


class StatusFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return OutgoingMail.Status.choices

    def queryset(self, request, queryset):
        return queryset.filter(status=self.value()) if self.value() else queryset


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    list_display = ["subject", "recipients", "status", "attempts", "created_at", "sent_at"]
    list_filter = [StatusFilter, "created_at"]
    search_fields = ["subject", "to"]
    date_hierarchy = "created_at"
    actions = ["send_again"]
    fields = [
        "recipients",
        "subject",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
        "contents",
    ]
    readonly_fields = fields

    @admin.display(description="aan")
    def recipients(self, mail):
        return ", ".join(mail.to)

    @admin.display(description="tekst")
    def contents(self, mail):
        if mail.confidential:
            return "Niet te zien: deze e-mail bevat een inloglink of code."
        return mail.body

    def has_add_permission(self, request):
        return False

    @admin.action(description="Opnieuw versturen", permissions=["change"])
    def send_again(self, request, queryset):
        from leernetwerk.tasks import deliver_mail

        with transaction.atomic():
            retried = list(queryset.select_for_update().failed())
            for mail in retried:
                mail.status = OutgoingMail.Status.QUEUED
                mail.save(update_fields=["status"])
                deliver_mail.defer(mail_id=mail.pk)
        self.message_user(
            request,
            ngettext(
                "%(count)d e-mail staat weer in de wachtrij.",
                "%(count)d e-mails staan weer in de wachtrij.",
                len(retried),
            )
            % {"count": len(retried)},
            messages.SUCCESS,
        )
