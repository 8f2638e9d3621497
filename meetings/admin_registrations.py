"""Admin for registrations: attendee and waiting lists per meeting, CSV export.

`export_registrations_csv` is also an action of the meeting admin (meetings/admin.py).
Status changes go through `meetings.services` only: cancelling or deleting here moves the
first waiting member up, as it does when a member cancels.

The CSV uses `;` between columns: the Dutch Excel reads `,` as the decimal separator and
expects `;`. The member list export of `members` does the same, so trekkers meet one format;
`leernetwerk.csv_export` writes both.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import ngettext

from leernetwerk.csv_export import csv_response
from meetings import services
from meetings.models import Registration

CSV_COLUMNS = [
    "Bijeenkomst",
    "Datum bijeenkomst",
    "Naam",
    "E-mailadres",
    "Organisatie",
    "Status",
    "Deelname",
    "Aangemeld op",
    "Plaats op wachtlijst",
]


def local_time(moment):
    return f"{timezone.localtime(moment):%d-%m-%Y %H:%M}"


def csv_registrations(registrations):
    """The registrations as the CSV export wants them: people and positions in one query."""
    status_order = Case(
        When(status=Registration.Status.CONFIRMED, then=Value(0)),
        When(status=Registration.Status.WAITING, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return (
        services.with_waiting_position(registrations)
        .select_related("meeting", "user__profile__organisation")
        .annotate(status_order=status_order)
        .order_by("meeting__starts_at", "meeting_id", "status_order", "registered_at", "pk")
    )


def registration_rows(registrations):
    """One row per registration: meeting, person, status, position."""
    for registration in registrations:
        member, meeting = registration.user, registration.meeting
        profile = getattr(member, "profile", None)
        organisation = profile.organisation.name if profile and profile.organisation else ""
        yield [
            meeting.title,
            f"{timezone.localtime(meeting.starts_at):%Y-%m-%d %H:%M}",
            member.get_full_name(),
            member.email,
            organisation,
            registration.get_status_display(),
            registration.get_attendance_display(),
            f"{timezone.localtime(registration.registered_at):%Y-%m-%d %H:%M}",
            registration.waiting_position or "",
        ]


def registrations_csv_response(registrations, filename):
    return csv_response(filename, CSV_COLUMNS, registration_rows(csv_registrations(registrations)))


@admin.action(description="Deelnemers en wachtlijst downloaden (CSV)")
def export_registrations_csv(modeladmin, request, queryset):
    """For the selected meetings: everyone registered or waiting, in one file."""
    meetings = list(queryset.order_by("starts_at"))
    filename = (
        f"aanmeldingen-{meetings[0].slug}.csv"
        if len(meetings) == 1
        else "aanmeldingen-bijeenkomsten.csv"
    )
    registrations = Registration.objects.filter(meeting__in=meetings).active()
    return registrations_csv_response(registrations, filename)


class RegistrationAdminForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["attendance"]

    def clean_attendance(self):
        attendance = self.cleaned_data["attendance"]
        meeting = self.instance.meeting
        if attendance not in services.offered_attendances(meeting):
            raise forms.ValidationError(
                f"Deze bijeenkomst is {meeting.get_format_display().lower()}. "
                "Kies een manier van meedoen die daarbij past."
            )
        return attendance


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    form = RegistrationAdminForm
    list_display = [
        "member_name",
        "member_email",
        "meeting",
        "status",
        "attendance",
        "registered_at",
        "waiting_position",
    ]
    list_filter = ["status", "attendance", "meeting"]
    list_select_related = ["user", "meeting"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "meeting__title"]
    ordering = ["-meeting__starts_at", "status", "registered_at", "pk"]
    fields = [
        "meeting",
        "user",
        "status",
        "attendance",
        "registered_at",
        "waiting_position",
        "promoted_at",
        "cancelled_at",
        "reminders_sent",
    ]
    readonly_fields = [
        "meeting",
        "user",
        "status",
        "registered_at",
        "waiting_position",
        "promoted_at",
        "cancelled_at",
        "reminders_sent",
    ]
    actions = ["cancel_registrations", "fill_waiting_lists", "export_selected_csv"]

    def get_queryset(self, request):
        return services.with_waiting_position(super().get_queryset(request))

    def has_add_permission(self, request):
        # Members register themselves, so the rules (window, format, places) always apply.
        return False

    @admin.display(description="naam", ordering="user__last_name")
    def member_name(self, registration):
        return registration.user.get_full_name() or "–"

    @admin.display(description="e-mailadres", ordering="user__email")
    def member_email(self, registration):
        return registration.user.email

    @admin.display(description="herinneringen")
    def reminders_sent(self, registration):
        """The reminders this registration got (meetings/reminders.py), oldest first."""
        reminders = registration.reminders.order_by("created_at", "pk")
        lines = [
            f"{reminder.days_before} dagen vooraf, {local_time(reminder.created_at)}"
            f" ({reminder.get_status_display().lower()})"
            for reminder in reminders
        ]
        return "; ".join(lines) or "Nog geen"

    @admin.display(description="plaats op wachtlijst")
    def waiting_position(self, registration):
        return registration.waiting_position or "–"

    def delete_model(self, request, obj):
        services.delete_registrations(Registration.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        services.delete_registrations(Registration.objects.filter(pk__in=queryset.values("pk")))

    @admin.action(description="Geselecteerde aanmeldingen afmelden (de wachtlijst schuift door)")
    def cancel_registrations(self, request, queryset):
        cancelled = 0
        for registration in queryset.active().select_related("meeting", "user"):
            try:
                services.cancel_registration(registration)
            except services.RegistrationRefused as refusal:
                self.message_user(
                    request, f"{registration.user}: {refusal.message}", messages.WARNING
                )
            else:
                cancelled += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d aanmelding afgemeld.", "%(count)d aanmeldingen afgemeld.", cancelled
            )
            % {"count": cancelled}
            + " Wie op de wachtlijst stond, is bijgeschoven en heeft een e-mail gekregen.",
            messages.SUCCESS,
        )

    @admin.action(description="Wachtlijst aanvullen (na een hoger maximum)")
    def fill_waiting_lists(self, request, queryset):
        from meetings.models import Meeting

        promoted = []
        for meeting in Meeting.objects.filter(pk__in=queryset.values("meeting_id")):
            promoted += services.fill_from_waiting_list(meeting)
        if promoted:
            self.message_user(
                request,
                ngettext(
                    "%(count)d lid van de wachtlijst aangemeld en per e-mail ingelicht.",
                    "%(count)d leden van de wachtlijst aangemeld en per e-mail ingelicht.",
                    len(promoted),
                )
                % {"count": len(promoted)},
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request,
                "Niemand bijgeschoven: er is geen plek vrij of niemand wacht.",
                messages.INFO,
            )

    @admin.action(description="Geselecteerde aanmeldingen downloaden (CSV)")
    def export_selected_csv(self, request, queryset):
        return registrations_csv_response(
            Registration.objects.filter(pk__in=queryset.values("pk")), "aanmeldingen.csv"
        )
