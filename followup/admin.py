"""Admin for trekkers: follow-up actions (also inline on the meeting), evaluations with their
summary, and one page with the evaluations of the last year side by side."""

from datetime import timedelta

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from followup import services
from followup.models import Action, ActionChange, Evaluation, Invitation, Response
from glossary.editor_warnings import TaalcheckMixin
from meetings.admin import MeetingAdmin, local_datetime

ACTION_FIELDS = [
    "description",
    ("owner_member", "owner_organisation", "owner_name"),
    ("due_on", "status", "position"),
    "themes",
    "note",
]


class ActionInline(admin.StackedInline):
    """The actions agreed at the meeting, added on the meeting's own admin page."""

    model = Action
    extra = 0
    fields = ACTION_FIELDS
    autocomplete_fields = ["owner_member", "owner_organisation"]
    verbose_name = "vervolgactie"
    verbose_name_plural = "vervolgacties (wie doet wat na deze bijeenkomst)"


class EvaluationInline(admin.StackedInline):
    """The meeting's extra questions, the summary of the answers and the text for the report."""

    model = Evaluation
    extra = 0
    max_num = 1
    can_delete = False
    fields = ["extra_questions", "results", "published_summary"]
    readonly_fields = ["results"]
    verbose_name_plural = "evaluatie"

    @admin.display(description="resultaten")
    def results(self, evaluation):
        return evaluation_results(evaluation)


def evaluation_results(evaluation):
    if evaluation is None or evaluation.pk is None:
        return (
            "De uitnodigingen gaan de dag na de bijeenkomst uit. Daarna staan hier de antwoorden."
        )
    return render_to_string(
        "admin/followup/evaluation_summary.html", {"summary": services.summarise(evaluation)}
    )


# The meeting's admin page gets the actions and the evaluation, and their taalcheck.
MeetingAdmin.inlines = [*MeetingAdmin.inlines, ActionInline, EvaluationInline]
MeetingAdmin.taalcheck_inline_fields = {
    **MeetingAdmin.taalcheck_inline_fields,
    Action: ("description", "note"),
    Evaluation: ("extra_questions", "published_summary"),
}


class ActionChangeInline(admin.TabularInline):
    model = ActionChange
    extra = 0
    can_delete = False
    fields = ["changed_at", "changed_by", "from_status", "to_status", "note"]
    readonly_fields = fields
    verbose_name_plural = "geschiedenis"

    def has_add_permission(self, request, obj=None):
        return False


class ActionYearFilter(admin.SimpleListFilter):
    title = "jaar van de bijeenkomst"
    parameter_name = "jaar"

    def lookups(self, request, model_admin):
        years = Action.objects.dates("meeting__starts_at", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(meeting__starts_at__year=int(self.value()))
        return queryset


@admin.register(Action)
class ActionAdmin(TaalcheckMixin, admin.ModelAdmin):
    list_display = ["title_column", "meeting", "owner_column", "due_on", "status", "project"]
    list_filter = ["status", ActionYearFilter, "themes"]
    list_select_related = ["meeting", "owner_member", "owner_organisation", "project"]
    search_fields = [
        "description",
        "owner_name",
        "owner_organisation__name",
        "owner_member__first_name",
        "owner_member__last_name",
        "meeting__title",
    ]
    autocomplete_fields = ["meeting", "owner_member", "owner_organisation", "project"]
    fields = ["meeting", *ACTION_FIELDS, "project"]
    inlines = [ActionChangeInline]
    actions = ["make_project"]
    ordering = ["-meeting__starts_at", "position"]
    taalcheck_fields = ("description", "note")

    @admin.display(description="wat", ordering="description")
    def title_column(self, action):
        return action.title(length=80)

    @admin.display(description="wie")
    def owner_column(self, action):
        return action.owner_display()

    def save_model(self, request, obj, form, change):
        if change and {"status", "note"} & set(form.changed_data):
            # The same small history as a change on the site.
            ActionChange.objects.create(
                action=obj,
                changed_by=request.user,
                from_status=form.initial.get("status", obj.status),
                to_status=obj.status,
                note=obj.note,
            )
        super().save_model(request, obj, form, change)

    @admin.action(description="Maak er een Klein-maar-Fijn project van", permissions=["change"])
    def make_project(self, request, queryset):
        if not request.user.has_perm("projects.add_project"):
            self.message_user(request, "Je mag geen projecten toevoegen.", messages.ERROR)
            return
        made = []
        for action in queryset:
            project, created = services.turn_into_project(action)
            if created:
                made.append(project)
            else:
                self.message_user(
                    request,
                    f"„{action.title(60)}” is al een project: {project.title}.",
                    messages.INFO,
                )
        for project in made:
            self.message_user(
                request,
                format_html(
                    'Project <a href="{}">{}</a> gemaakt, als idee. Vul het aan en zet de '
                    "status op ‘In voorbereiding’ om het te laten zien.",
                    reverse("admin:projects_project_change", args=[project.pk]),
                    project.title,
                ),
                messages.SUCCESS,
            )


# -- Evaluations --------------------------------------------------------------------------

OVERVIEW_DAYS = 365


def with_counts(evaluations):
    """Annotate invitations, answers, the average and the format answers, without a join blow-up."""

    def count_of(model, **filters):
        return Coalesce(
            Subquery(
                model.objects.filter(evaluation=OuterRef("pk"), **filters)
                .values("evaluation")
                .annotate(total=Count("pk"))
                .values("total")
            ),
            0,
        )

    average = Subquery(
        Response.objects.filter(evaluation=OuterRef("pk"))
        .values("evaluation")
        .annotate(average=Avg("overall"))
        .values("average")
    )
    return evaluations.annotate(
        invited=count_of(Invitation),
        answered=count_of(Response),
        average=average,
        format_yes=count_of(Response, format_fit=Response.FormatFit.YES),
        format_partly=count_of(Response, format_fit=Response.FormatFit.PARTLY),
        format_no=count_of(Response, format_fit=Response.FormatFit.NO),
    )


@admin.register(Evaluation)
class EvaluationAdmin(TaalcheckMixin, admin.ModelAdmin):
    list_display = ["meeting", "meeting_date", "invited", "answered", "average_column"]
    list_select_related = ["meeting"]
    search_fields = ["meeting__title"]
    autocomplete_fields = ["meeting"]
    fields = ["meeting", "extra_questions", "results", "published_summary"]
    readonly_fields = ["results"]
    ordering = ["-meeting__starts_at"]
    taalcheck_fields = ("extra_questions", "published_summary")
    change_list_template = "admin/followup/evaluation/change_list.html"

    def get_queryset(self, request):
        return with_counts(super().get_queryset(request))

    def get_urls(self):
        overview = path(
            "overzicht/",
            self.admin_site.admin_view(self.overview_view),
            name="followup_evaluation_overview",
        )
        return [overview, *super().get_urls()]

    @admin.display(description="bijeenkomst op", ordering="meeting__starts_at")
    def meeting_date(self, evaluation):
        return local_datetime(evaluation.meeting.starts_at)

    @admin.display(description="uitgenodigd", ordering="invited")
    def invited(self, evaluation):
        return evaluation.invited

    @admin.display(description="ingevuld", ordering="answered")
    def answered(self, evaluation):
        return evaluation.answered

    @admin.display(description="gemiddeld (1–5)", ordering="average")
    def average_column(self, evaluation):
        return f"{evaluation.average:.1f}" if evaluation.average is not None else "–"

    @admin.display(description="resultaten")
    def results(self, evaluation):
        return evaluation_results(evaluation)

    def overview_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        since = timezone.now() - timedelta(days=OVERVIEW_DAYS)
        evaluations = list(
            with_counts(Evaluation.objects.filter(meeting__starts_at__gte=since))
            .select_related("meeting")
            .order_by("meeting__starts_at")
        )
        context = {
            **self.admin_site.each_context(request),
            "title": "Evaluaties van het afgelopen jaar",
            "opts": self.model._meta,
            "evaluations": evaluations,
            "answered_total": sum(evaluation.answered for evaluation in evaluations),
        }
        return TemplateResponse(request, "admin/followup/evaluation_overview.html", context)
