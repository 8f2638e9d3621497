"""Admin for trekkers: meetings with their agenda, reports with their parts, factsheets.

Every changelist selects what its columns show in one query (no query per row), and every
save warns the trekker about discouraged terms (the taalcheck) without blocking the save.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import ExtractYear
from django.forms.models import BaseInlineFormSet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import ngettext

from glossary.editor_warnings import TaalcheckMixin
from meetings import admin_registrations, services  # noqa: F401  (admin_registrations registers its admin)
from meetings.admin_copy import (
    CopiedRowsMixin,
    copy_as_new_meeting,
    copy_source,
    initial_meeting,
    initial_rows,
)
from meetings.admin_mailing import MailingViewMixin
from meetings.admin_preview import MarkdownPreviewMixin
from meetings.admin_registrations import export_registrations_csv
from meetings.models import (
    AgendaItem,
    Factsheet,
    FollowUp,
    Goal,
    GoodToKnow,
    Meeting,
    Reflection,
    Report,
    ReportSection,
    Subgroup,
)
from meetings.models.meeting import MAX_REMINDER_DAYS
from participation.models import ReservedPlaces
from participation.services import summarize_attendance


class ReminderDaysField(forms.CharField):
    """The reminder moments as the trekker types them ("7, 1"), with errors in plain Dutch."""

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(str(days) for days in value)
        return value

    def to_python(self, value):
        text = (super().to_python(value) or "").strip().strip(",")
        if not text:
            return []
        days = []
        for part in text.split(","):
            part = part.strip()
            if not part.isdigit():
                raise forms.ValidationError(
                    "Vul hele dagen in, gescheiden door komma's. Bijvoorbeeld: 7, 1."
                )
            days.append(int(part))
        if any(not 1 <= number <= MAX_REMINDER_DAYS for number in days):
            raise forms.ValidationError(
                f"Kies een aantal dagen van 1 tot en met {MAX_REMINDER_DAYS}."
            )
        return days


def local_datetime(value):
    """Format a moment as Amsterdam time, e.g. "2 oktober 2023, 09:30"."""
    return date_format(timezone.localtime(value), "j F Y, H:i") if value else "–"


class YearFilter(admin.SimpleListFilter):
    """Filter on the year of a date field, newest year first; subclasses name the field."""

    title = "jaar"
    parameter_name = "jaar"
    field = ""

    def lookups(self, request, model_admin):
        years = (
            model_admin.model._default_manager.annotate(year=ExtractYear(self.field))
            .exclude(year=None)
            .values_list("year", flat=True)
            .distinct()
            .order_by("-year")
        )
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(**{f"{self.field}__year": int(self.value())})
        return queryset


class MeetingYearFilter(YearFilter):
    field = "starts_at"


class ReportMeetingYearFilter(YearFilter):
    title = "jaar van de bijeenkomst"
    field = "meeting__starts_at"


# Addresses typed without a scheme are taken as https (Django 6 behaviour, already now).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


# -- Meetings -------------------------------------------------------------------------------


class GoalInline(CopiedRowsMixin, admin.TabularInline):
    model = Goal
    extra = 0
    fields = ["position", "text"]
    copied_rows = "goals"


class AgendaItemInline(CopiedRowsMixin, admin.StackedInline):
    model = AgendaItem
    extra = 0
    copied_rows = "agenda_items"
    fields = [
        ("position", "starts_at", "kind"),
        "title",
        ("presenter_name", "presenter_organisation"),
        "presenter_profile",
        "description",
    ]
    autocomplete_fields = ["presenter_profile"]


class GoodToKnowInline(admin.TabularInline):
    model = GoodToKnow
    extra = 0
    formfield_overrides = HTTPS_URLS
    fields = ["position", "title", "url", "happens_on", "description"]


class FactsheetInline(admin.StackedInline):
    model = Factsheet
    extra = 0
    fields = [("kind", "published_on"), "title", "slug", "description", "file"]
    prepopulated_fields = {"slug": ["title"]}


class ReservedPlacesFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        reserved = sum(
            form.cleaned_data.get("places") or 0
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        )
        if not reserved:
            return
        capacity = self.instance.capacity
        if capacity is None:
            raise ValidationError(
                "Plaatsen reserveren kan alleen bij een maximum aantal deelnemers. "
                "Vul eerst het maximum in."
            )
        if reserved > capacity:
            raise ValidationError(
                f"Er zijn {reserved} plaatsen gereserveerd, meer dan het maximum van "
                f"{capacity} deelnemers."
            )


class ReservedPlacesInline(admin.TabularInline):
    """Places held per perspective (participation); registration keeps them free."""

    model = ReservedPlaces
    formset = ReservedPlacesFormSet
    extra = 0
    fields = ["perspective", "places"]


@admin.register(Meeting)
class MeetingAdmin(MailingViewMixin, MarkdownPreviewMixin, TaalcheckMixin, admin.ModelAdmin):
    list_display = [
        "title",
        "kind",
        "starts_at_local",
        "format",
        "status",
        "places",
        "registration_window",
        "report_link",
    ]
    list_filter = ["kind", "status", MeetingYearFilter, "format"]
    search_fields = [
        "title",
        "venue",
        "agenda_items__title",
        "agenda_items__presenter_name",
        "agenda_items__presenter_organisation",
    ]
    prepopulated_fields = {"slug": ["title"]}
    formfield_overrides = HTTPS_URLS
    date_hierarchy = "starts_at"
    ordering = ["-starts_at"]
    inlines = [
        GoalInline,
        AgendaItemInline,
        GoodToKnowInline,
        FactsheetInline,
        ReservedPlacesInline,
    ]
    actions = [export_registrations_csv, copy_as_new_meeting]
    readonly_fields = ["report_link", "attendance_overview"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "audience", "introduction", "themes"]}),
        ("Wanneer en waar", {"fields": ["starts_at", "ends_at", "format", "venue", "address"]}),
        (
            "Online deelnemen",
            {
                "fields": ["online_url"],
                "description": "De link ziet alleen wie zich heeft aangemeld.",
            },
        ),
        (
            "Aanmelden",
            {"fields": ["capacity", "registration_opens_at", "registration_closes_at"]},
        ),
        (
            "Herinneringen",
            {
                "fields": ["reminder_days"],
                "description": "Wie is aangemeld, krijgt op deze momenten een herinnering met "
                "de praktische gegevens. Wie op de wachtlijst staat, hoort dat hij nog wacht.",
            },
        ),
        ("Status", {"fields": ["status", "cancellation_reason"]}),
        ("Verslag", {"fields": ["report_link"]}),
        ("Wie kwam er", {"fields": ["attendance_overview"]}),
    ]
    taalcheck_fields = ("title", "introduction")
    preview_fields = ("introduction",)
    preview_inlines = {"agenda_items": ("title", "description")}
    taalcheck_inline_fields = {
        Goal: ("text",),
        AgendaItem: ("title", "description"),
        GoodToKnow: ("title", "description"),
        Factsheet: ("title", "description"),
    }

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "reminder_days":
            return ReminderDaysField(
                label=db_field.verbose_name.capitalize(),
                required=False,
                help_text=db_field.help_text,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_queryset(self, request):
        # The report joined in: the list shows it without a query per row.
        return super().get_queryset(request).with_confirmed_count().select_related("report")

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        source = copy_source(request)
        return {**initial, **initial_meeting(source)} if source else initial

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        source = copy_source(request)
        if source and getattr(inline, "copied_rows", ""):
            kwargs["initial"] = initial_rows(source, inline.copied_rows)
        return kwargs

    @admin.display(description="begin", ordering="starts_at")
    def starts_at_local(self, meeting):
        return local_datetime(meeting.starts_at)

    @admin.display(description="aangemeld / maximum", ordering="confirmed_count")
    def places(self, meeting):
        if meeting.capacity is None:
            return f"{meeting.places_taken()} (geen maximum)"
        return f"{meeting.places_taken()} / {meeting.capacity}"

    @admin.display(description="aanmelden")
    def registration_window(self, meeting):
        # The badge members see on the list, so trekkers read the same state.
        return services.viewer_state(meeting).label

    @admin.display(description="verslag")
    def report_link(self, meeting):
        if meeting.pk is None:
            return "Sla de bijeenkomst eerst op."
        report = getattr(meeting, "report", None)
        if report is None:
            add_url = reverse("admin:meetings_report_add")
            return format_html('<a href="{}?meeting={}">Verslag toevoegen</a>', add_url, meeting.pk)
        return format_html(
            '<a href="{}">Verslag ({})</a>',
            reverse("admin:meetings_report_change", args=[report.pk]),
            report.get_status_display().lower(),
        )

    @admin.display(description="aanwezigen")
    def attendance_overview(self, meeting):
        """Attendance per perspective and region, with what is missing (participation app)."""
        if meeting.pk is None:
            return "Sla de bijeenkomst eerst op."
        return render_to_string(
            "participation/includes/attendance_summary.html",
            {
                "summary": summarize_attendance(meeting.attendances.all()),
                "heading_level": 3,
                "attendance_url": reverse("participation:attendance", args=[meeting.slug]),
            },
        )

    # -- Reports --------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:
            # A new SEQUENCE for calendars; a cancellation or new time or place is mailed to
            # the registrants with a calendar file, in this same transaction.
            was_cancelled = form.initial.get("status") == Meeting.Status.CANCELLED
            mailed = services.meeting_changed(obj, form.changed_data, was_cancelled=was_cancelled)
            if mailed:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d deelnemer krijgt een e-mail over de wijziging.",
                        "%(count)d deelnemers krijgen een e-mail over de wijziging.",
                        mailed,
                    )
                    % {"count": mailed},
                    messages.SUCCESS,
                )
        if change and "capacity" in form.changed_data:
            # More places (or no maximum any more): the waiting list moves up right away.
            promoted = services.fill_from_waiting_list(obj)
            if promoted:
                moved_up = ngettext(
                    "%(count)d wachtende heeft nu een plek en krijgt een e-mail.",
                    "%(count)d wachtenden hebben nu een plek en krijgen een e-mail.",
                    len(promoted),
                )
                self.message_user(request, moved_up % {"count": len(promoted)}, messages.SUCCESS)


class SubgroupInline(admin.StackedInline):
    model = Subgroup
    extra = 0
    fields = [("position", "name"), "topic", "points"]


class ReflectionInline(admin.StackedInline):
    model = Reflection
    extra = 0
    fields = ["position", "question", "answers"]


class FollowUpInline(admin.StackedInline):
    model = FollowUp
    extra = 0
    fields = [("position", "owner", "due_on"), "action"]


class ReportSectionInline(admin.StackedInline):
    model = ReportSection
    extra = 0
    fields = [("position", "heading"), "body"]


@admin.register(Report)
class ReportAdmin(MarkdownPreviewMixin, TaalcheckMixin, admin.ModelAdmin):
    list_display = ["__str__", "meeting_starts_at", "status", "published_at_local", "author"]
    list_filter = ["status", ReportMeetingYearFilter]
    list_select_related = ["meeting", "author"]
    search_fields = [
        "meeting__title",
        "summary",
        "subgroups__name",
        "subgroups__points",
        "reflections__question",
    ]
    autocomplete_fields = ["meeting"]
    readonly_fields = ["author", "created_at", "updated_at"]
    ordering = ["-meeting__starts_at"]
    inlines = [SubgroupInline, ReflectionInline, FollowUpInline, ReportSectionInline]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["meeting", "summary"]}),
        (
            "Publiceren",
            {
                "fields": ["status", "published_at"],
                "description": "Alleen een gepubliceerd verslag is te zien voor leden, vanaf "
                "de publicatiedatum. Leeg laten bij publiceren: dan is dat nu.",
            },
        ),
        ("Gegevens", {"fields": ["author", "created_at", "updated_at"]}),
    ]
    taalcheck_fields = ("summary",)
    taalcheck_inline_fields = {
        Subgroup: ("name", "topic", "points"),
        Reflection: ("question", "answers"),
        FollowUp: ("action",),
        ReportSection: ("heading", "body"),
    }
    preview_fields = ("summary",)
    preview_inlines = {
        "subgroups": ("name", "points"),
        "reflections": ("question", "answers"),
        "follow_ups": ("owner", "action"),
        "sections": ("heading", "body"),
    }

    @admin.display(description="bijeenkomst op", ordering="meeting__starts_at")
    def meeting_starts_at(self, report):
        return local_datetime(report.meeting.starts_at)

    @admin.display(description="gepubliceerd op", ordering="published_at")
    def published_at_local(self, report):
        return local_datetime(report.published_at)

    def view_on_site(self, report):
        # The meeting page shows trekkers a draft as a preview, so drafts link there too.
        return report.get_absolute_url()

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)
        if "status" in form.changed_data:
            self.warn_if_published_early(request, [obj])

    def warn_if_published_early(self, request, reports):
        """Warn, without stopping it, when a report goes out before its meeting took place."""
        for report in reports:
            if report.status == Report.Status.PUBLISHED and not report.meeting.is_over():
                self.message_user(
                    request,
                    f"Let op: „{report.meeting}” is nog niet geweest, maar het verslag is "
                    "gepubliceerd. Klopt dat? Zet het anders terug naar concept.",
                    messages.WARNING,
                )

    @admin.action(description="Geselecteerde verslagen publiceren", permissions=["change"])
    def publish(self, request, queryset):
        now = timezone.now()
        published = []
        for report in queryset.filter(status=Report.Status.DRAFT).select_related("meeting"):
            report.status = Report.Status.PUBLISHED
            report.date_publication(now)
            # save() rather than update(): the search index follows saves.
            report.save(update_fields=["status", "published_at", "updated_at"])
            published.append(report)
        self.message_user(
            request,
            ngettext(
                "%(count)d verslag gepubliceerd. Leden zien het vanaf de publicatiedatum.",
                "%(count)d verslagen gepubliceerd. Leden zien ze vanaf de publicatiedatum.",
                len(published),
            )
            % {"count": len(published)},
            messages.SUCCESS,
        )
        self.warn_if_published_early(request, published)

    @admin.action(
        description="Geselecteerde verslagen terugzetten naar concept", permissions=["change"]
    )
    def unpublish(self, request, queryset):
        unpublished = 0
        for report in queryset.filter(status=Report.Status.PUBLISHED):
            report.status = Report.Status.DRAFT
            report.save(update_fields=["status", "updated_at"])
            unpublished += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d verslag teruggezet naar concept. Leden zien het niet meer.",
                "%(count)d verslagen teruggezet naar concept. Leden zien ze niet meer.",
                unpublished,
            )
            % {"count": unpublished},
            messages.SUCCESS,
        )


# -- Factsheets -----------------------------------------------------------------------------


class FactsheetMeetingYearFilter(YearFilter):
    title = "jaar van de bijeenkomst"
    field = "meeting__starts_at"


@admin.register(Factsheet)
class FactsheetAdmin(TaalcheckMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "meeting", "published_on", "size_in_kilobytes"]
    list_filter = ["kind", FactsheetMeetingYearFilter]
    list_select_related = ["meeting"]
    search_fields = ["title", "description", "meeting__title"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["meeting"]
    date_hierarchy = "published_on"
    fields = ["title", "slug", "kind", "meeting", "description", "file", "published_on"]
    taalcheck_fields = ("title", "description")

    @admin.display(description="grootte", ordering="size")
    def size_in_kilobytes(self, factsheet):
        return f"{max(1, round(factsheet.size / 1024))} kB"
