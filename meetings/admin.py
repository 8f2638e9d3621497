"""Admin for trekkers: meetings with their agenda, reports with their parts, factsheets.

Every changelist selects what its columns show in one query (no query per row), and every
save warns the trekker about discouraged terms (the taalcheck) without blocking the save.
"""

from django.contrib import admin, messages
from django.db import models
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.formats import date_format

from glossary.editor_warnings import TaalcheckMixin
from meetings import admin_registrations, services  # noqa: F401  (admin_registrations registers its admin)
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


class GoalInline(admin.TabularInline):
    model = Goal
    extra = 0
    fields = ["position", "text"]


class AgendaItemInline(admin.StackedInline):
    model = AgendaItem
    extra = 0
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


@admin.register(Meeting)
class MeetingAdmin(TaalcheckMixin, admin.ModelAdmin):
    list_display = [
        "title",
        "kind",
        "starts_at_local",
        "format",
        "status",
        "places",
        "registration_window",
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
    inlines = [GoalInline, AgendaItemInline, GoodToKnowInline, FactsheetInline]
    actions = [export_registrations_csv]
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
        ("Status", {"fields": ["status", "cancellation_reason"]}),
    ]
    taalcheck_fields = ("title", "introduction")
    taalcheck_inline_fields = {
        Goal: ("text",),
        AgendaItem: ("title", "description"),
        GoodToKnow: ("title", "description"),
        Factsheet: ("title", "description"),
    }

    def get_queryset(self, request):
        return super().get_queryset(request).with_confirmed_count()

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

    # -- Reports --------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "capacity" in form.changed_data:
            # More places (or no maximum any more): the waiting list moves up right away.
            promoted = services.fill_from_waiting_list(obj)
            if promoted:
                self.message_user(
                    request,
                    f"{len(promoted)} wachtende(n) hebben nu een plek en krijgen een e-mail.",
                    messages.SUCCESS,
                )


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
class ReportAdmin(TaalcheckMixin, admin.ModelAdmin):
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

    @admin.action(description="Geselecteerde verslagen publiceren", permissions=["change"])
    def publish(self, request, queryset):
        now = timezone.now()
        published = 0
        for report in queryset.filter(status=Report.Status.DRAFT):
            report.status = Report.Status.PUBLISHED
            report.published_at = report.published_at or now
            # save() rather than update(): the search index follows saves.
            report.save(update_fields=["status", "published_at", "updated_at"])
            published += 1
        self.message_user(
            request,
            f"{published} verslag(en) gepubliceerd. Leden zien ze vanaf de publicatiedatum.",
            messages.SUCCESS,
        )

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
            f"{unpublished} verslag(en) teruggezet naar concept. Leden zien ze niet meer.",
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
