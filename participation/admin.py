"""Admin for trekkers: open reflection questions and review answers, attendance, kwartiertjes."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import ngettext

from meetings.admin import YearFilter, local_datetime
from meetings.models import AgendaItem, Reflection
from participation import services
from participation.models import Attendance, KwartiertjeOffer, ReflectionAnswer, ReflectionOpening

# -- Online reflections ---------------------------------------------------------------------


class ReflectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, reflection):
        return f"{reflection.report.meeting}: {reflection}"


class ReflectionOpeningForm(forms.ModelForm):
    reflection = ReflectionChoiceField(
        label="Reflectievraag",
        queryset=Reflection.objects.select_related("report__meeting").order_by(
            "-report__meeting__starts_at", "position", "pk"
        ),
        help_text="Een vraag uit het verslag van een bijeenkomst. Leden beantwoorden hem op "
        "de pagina van die bijeenkomst.",
    )

    class Meta:
        model = ReflectionOpening
        fields = ["reflection", "is_open", "opened_at"]


class ReflectionMeetingYearFilter(YearFilter):
    title = "jaar van de bijeenkomst"
    field = "reflection__report__meeting__starts_at"


@admin.register(ReflectionOpening)
class ReflectionOpeningAdmin(admin.ModelAdmin):
    form = ReflectionOpeningForm
    list_display = ["question", "meeting", "is_open", "opened_at_local", "pending_count"]
    list_filter = ["is_open", ReflectionMeetingYearFilter]
    search_fields = ["reflection__question", "reflection__report__meeting__title"]
    list_select_related = ["reflection__report__meeting"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                pending=Count(
                    "reflection__online_answers",
                    filter=Q(reflection__online_answers__status=ReflectionAnswer.Status.PENDING),
                )
            )
        )

    @admin.display(description="vraag")
    def question(self, opening):
        return str(opening.reflection)

    @admin.display(description="bijeenkomst", ordering="reflection__report__meeting__starts_at")
    def meeting(self, opening):
        return opening.reflection.report.meeting

    @admin.display(description="opengezet op", ordering="opened_at")
    def opened_at_local(self, opening):
        return local_datetime(opening.opened_at)

    @admin.display(description="te beoordelen", ordering="pending")
    def pending_count(self, opening):
        url = reverse("admin:participation_reflectionanswer_changelist")
        return format_html(
            '<a href="{}?reflection__id__exact={}&status__exact=pending">{}</a>',
            url,
            opening.reflection_id,
            opening.pending,
        )


@admin.register(ReflectionAnswer)
class ReflectionAnswerAdmin(admin.ModelAdmin):
    list_display = ["text_start", "author_shown", "status", "question", "submitted_at_local"]
    list_filter = ["status", "show_name"]
    search_fields = ["text", "reflection__question", "author__first_name", "author__last_name"]
    list_select_related = ["author", "reflection"]
    fields = ["reflection", "author", "text", "show_name", "status", "submitted_at", "reviewed_at"]
    readonly_fields = ["reflection", "author", "show_name", "submitted_at", "reviewed_at"]
    actions = ["approve", "reject"]

    def has_add_permission(self, request):
        return False  # members answer on the meeting page

    @admin.display(description="antwoord")
    def text_start(self, answer):
        return answer.text[:120]

    @admin.display(description="lid (naam getoond?)")
    def author_shown(self, answer):
        return f"{answer.author} ({'ja' if answer.show_name else 'nee'})"

    @admin.display(description="vraag")
    def question(self, answer):
        return str(answer.reflection)

    @admin.display(description="ingestuurd op", ordering="submitted_at")
    def submitted_at_local(self, answer):
        return local_datetime(answer.submitted_at)

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.reviewed_at = timezone.now()
        super().save_model(request, obj, form, change)

    @admin.action(description="Goedkeuren: in het verslag tonen", permissions=["change"])
    def approve(self, request, queryset):
        changed = services.review_answers(queryset, ReflectionAnswer.Status.APPROVED)
        message = ngettext(
            "%(count)d antwoord staat nu in het verslag.",
            "%(count)d antwoorden staan nu in het verslag.",
            changed,
        )
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)

    @admin.action(description="Niet plaatsen", permissions=["change"])
    def reject(self, request, queryset):
        changed = services.review_answers(queryset, ReflectionAnswer.Status.REJECTED)
        message = ngettext(
            "%(count)d antwoord wordt niet geplaatst.",
            "%(count)d antwoorden worden niet geplaatst.",
            changed,
        )
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)


# -- Attendance -----------------------------------------------------------------------------


class AttendanceMeetingYearFilter(YearFilter):
    title = "jaar van de bijeenkomst"
    field = "meeting__starts_at"


@admin.register(Attendance)
class AttendanceAdmin(admin.ModelAdmin):
    list_display = ["display_name", "meeting", "perspective_list", "region", "is_walk_in"]
    list_filter = ["is_walk_in", "region", AttendanceMeetingYearFilter]
    search_fields = [
        "name",
        "organisation",
        "user__first_name",
        "user__last_name",
        "meeting__title",
    ]
    list_select_related = ["user", "meeting"]
    autocomplete_fields = ["meeting"]
    raw_id_fields = ["user"]

    @admin.display(description="naam")
    def display_name(self, attendance):
        return attendance.display_name()

    @admin.display(description="perspectieven")
    def perspective_list(self, attendance):
        return ", ".join(attendance.perspective_labels())


# -- LNW-kwartiertje -----------------------------------------------------------------------------


class AgendaItemChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, item):
        return f"{item.meeting} ({item.meeting.starts_at:%d-%m-%Y}): {item.title}"


class KwartiertjeOfferForm(forms.ModelForm):
    agenda_item = AgendaItemChoiceField(
        label="Ingepland als agendapunt",
        required=False,
        queryset=AgendaItem.objects.filter(kind=AgendaItem.Kind.KWARTIERTJE)
        .select_related("meeting")
        .order_by("-meeting__starts_at", "position"),
        help_text=KwartiertjeOffer._meta.get_field("agenda_item").help_text,
    )

    class Meta:
        model = KwartiertjeOffer
        fields = ["member", "topic", "description", "agenda_item"]


class ScheduledFilter(admin.SimpleListFilter):
    title = "ingepland"
    parameter_name = "ingepland"

    def lookups(self, request, model_admin):
        return [("ja", "Ingepland"), ("nee", "Nog niet ingepland")]

    def queryset(self, request, queryset):
        if self.value() == "ja":
            return queryset.filter(agenda_item__isnull=False)
        if self.value() == "nee":
            return queryset.filter(agenda_item__isnull=True)
        return queryset


@admin.register(KwartiertjeOffer)
class KwartiertjeOfferAdmin(admin.ModelAdmin):
    form = KwartiertjeOfferForm
    list_display = ["topic", "member", "created_at_local", "scheduled_for"]
    list_filter = [ScheduledFilter]
    search_fields = ["topic", "description", "member__first_name", "member__last_name"]
    list_select_related = ["member", "agenda_item__meeting"]
    raw_id_fields = ["member"]

    @admin.display(description="aangeboden op", ordering="created_at")
    def created_at_local(self, offer):
        return local_datetime(offer.created_at)

    @admin.display(description="ingepland bij")
    def scheduled_for(self, offer):
        if offer.agenda_item is None:
            return "–"
        return f"{offer.agenda_item.meeting} – {offer.agenda_item.title}"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "agenda_item" in form.changed_data and obj.agenda_item is not None:
            services.assign_kwartiertje(obj, obj.agenda_item)
            self.message_user(
                request,
                f"{obj.member} staat nu als presentator bij „{obj.agenda_item.title}”.",
                messages.SUCCESS,
            )
