from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import ngettext

from glossary.editor_warnings import TaalcheckMixin
from meetings.models import Meeting
from projects import services
from projects.models import (
    Agenda,
    Participation,
    Project,
    ProjectDocument,
    ProjectLink,
    ProjectUpdate,
    Theme,
)


@admin.register(Agenda)
class AgendaAdmin(admin.ModelAdmin):
    list_display = ["name", "aim", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class ProjectDocumentInline(admin.StackedInline):
    model = ProjectDocument
    extra = 0
    fields = ["title", "file", "description", "added_at"]


class ProjectLinkInline(admin.TabularInline):
    model = ProjectLink
    extra = 0
    fields = ["title", "url", "description", "position"]


class ProjectUpdateInline(admin.StackedInline):
    model = ProjectUpdate
    extra = 0
    fields = ["published_on", "text", "author"]
    readonly_fields = ["author"]


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    fields = ["member", "motivation", "joined_at"]
    autocomplete_fields = ["member"]


@admin.register(Project)
class ProjectAdmin(TaalcheckMixin, admin.ModelAdmin):
    list_display = ["title", "status", "review", "privacy_check", "proposed_by", "updated_at"]
    list_filter = ["review", "status", "agendas", "privacy_check"]
    search_fields = ["title", "summary", "aim", "description"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["agendas", "trekkers", "meetings"]
    autocomplete_fields = ["proposed_by"]
    inlines = [ProjectLinkInline, ProjectDocumentInline, ProjectUpdateInline, ParticipationInline]
    actions = ["accept_proposals", "decline_proposals"]
    taalcheck_fields = ("title", "summary", "aim", "description")
    taalcheck_inline_fields = {ProjectUpdate: ("text",)}
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "aim", "description", "agendas"]}),
        ("Stand van zaken", {"fields": ["status", "starts_on", "ends_on", "themes"]}),
        ("Toets privacy en ethiek", {"fields": ["privacy_check", "privacy_checked_on"]}),
        ("Mensen en bijeenkomsten", {"fields": ["trekkers", "meetings"]}),
        ("Voorstel", {"fields": ["review", "proposed_by", "proposal_note"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("proposed_by")

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, ProjectUpdate) and instance.author_id is None:
                instance.author = request.user
            instance.save()
        for deleted in formset.deleted_objects:
            deleted.delete()
        formset.save_m2m()

    @admin.action(description="Voorstellen aannemen (met e-mail aan wie het voorstelde)")
    def accept_proposals(self, request, queryset):
        accepted = sum(services.accept_proposal(project) for project in queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d voorstel aangenomen en openbaar gemaakt.",
                "%(count)d voorstellen aangenomen en openbaar gemaakt.",
                accepted,
            )
            % {"count": accepted},
            messages.SUCCESS,
        )

    @admin.action(description="Voorstellen afwijzen (met e-mail aan wie het voorstelde)")
    def decline_proposals(self, request, queryset):
        declined = sum(services.decline_proposal(project) for project in queryset)
        self.message_user(
            request,
            ngettext("%(count)d voorstel afgewezen.", "%(count)d voorstellen afgewezen.", declined)
            % {"count": declined},
            messages.SUCCESS,
        )


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "meeting", "support_count", "proposed_by", "proposed_at"]
    search_fields = ["title", "explanation"]
    autocomplete_fields = ["proposed_by"]
    fields = ["title", "explanation", "status", "meeting", "proposed_by", "discussed_at"]
    list_filter = ["status", "meeting"]
    actions = ["schedule_on_next_meeting", "mark_discussed"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("meeting", "proposed_by")
            .annotate(support_count=Count("supports", distinct=True))
        )

    @admin.display(description="steun", ordering="support_count")
    def support_count(self, theme):
        return theme.support_count

    def save_model(self, request, obj, form, change):
        if obj.meeting_id and obj.status == Theme.Status.PROPOSED:
            # Choosing a meeting is what scheduling means; the trekker need not also
            # change the status.
            obj.status = Theme.Status.SCHEDULED
        super().save_model(request, obj, form, change)

    @admin.action(description="Op de agenda van de eerstvolgende bijeenkomst zetten")
    def schedule_on_next_meeting(self, request, queryset):
        meeting = (
            Meeting.objects.filter(starts_at__gte=timezone.now()).order_by("starts_at").first()
        )
        if meeting is None:
            self.message_user(
                request,
                "Er is nog geen komende bijeenkomst. Maak die eerst aan bij Bijeenkomsten.",
                messages.WARNING,
            )
            return
        for theme in queryset:
            services.schedule_theme(theme, meeting)
        scheduled = queryset.count()
        self.message_user(
            request,
            ngettext(
                "%(count)d thema op de agenda gezet van „%(meeting)s”.",
                "%(count)d thema's op de agenda gezet van „%(meeting)s”.",
                scheduled,
            )
            % {"count": scheduled, "meeting": meeting},
            messages.SUCCESS,
        )

    @admin.action(description="Markeren als besproken")
    def mark_discussed(self, request, queryset):
        done = sum(services.mark_theme_discussed(theme) for theme in queryset)
        skipped = queryset.count() - done
        self.message_user(
            request,
            ngettext(
                "%(count)d thema gemarkeerd als besproken.",
                "%(count)d thema's gemarkeerd als besproken.",
                done,
            )
            % {"count": done},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d thema stond nog niet op de agenda van een bijeenkomst.",
                    "%(count)d thema's stonden nog niet op de agenda van een bijeenkomst.",
                    skipped,
                )
                % {"count": skipped}
                + " Kies eerst de bijeenkomst.",
                messages.WARNING,
            )
