from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from members import services
from members.forms import ProfileAdminForm
from members.models import Consent, Organisation, Perspective, Profile, User


class PerspectiveFilter(admin.SimpleListFilter):
    title = "perspectief"
    parameter_name = "perspectief"

    def lookups(self, request, model_admin):
        return Perspective.choices

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        field = "perspectives" if queryset.model is Profile else "profile__perspectives"
        return queryset.filter(**{f"{field}__contains": [self.value()]})


class ProfileInline(admin.StackedInline):
    model = Profile
    form = ProfileAdminForm
    can_delete = False
    extra = 0
    autocomplete_fields = ["organisation"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = [
        "email",
        "first_name",
        "last_name",
        "approval_status",
        "is_staff",
        "date_joined",
    ]
    list_filter = ["approval_status", PerspectiveFilter, "profile__region", "is_staff", "groups"]
    search_fields = ["email", "first_name", "last_name"]
    actions = ["approve_accounts", "refuse_accounts", "export_member_list"]
    inlines = [ProfileInline]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Persoon", {"fields": ["first_name", "last_name"]}),
        ("Lidmaatschap", {"fields": ["approval_status", "approval_changed_at"]}),
        ("Rechten", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Datums", {"fields": ["last_login", "date_joined"]}),
    ]
    readonly_fields = ["approval_changed_at", "last_login", "date_joined"]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    @admin.action(description="Geselecteerde accounts goedkeuren (met e-mail)")
    def approve_accounts(self, request, queryset):
        count = services.approve_accounts(queryset)
        self.message_user(
            request, f"{count} account(s) goedgekeurd en per e-mail bericht.", messages.SUCCESS
        )

    @admin.action(description="Geselecteerde accounts afwijzen (met e-mail)")
    def refuse_accounts(self, request, queryset):
        count = services.refuse_accounts(queryset)
        self.message_user(
            request, f"{count} account(s) afgewezen en per e-mail bericht.", messages.WARNING
        )

    @admin.action(description="Geselecteerde accounts downloaden als ledenlijst (CSV)")
    def export_member_list(self, request, queryset):
        return services.member_list_response(queryset.select_related("profile__organisation"))


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    form = ProfileAdminForm
    list_display = [
        "user",
        "perspective_list",
        "region",
        "organisation",
        "network_role",
        "visible_to_members",
        "completed_at",
    ]
    list_filter = [
        PerspectiveFilter,
        "region",
        "network_role",
        "organisation__kind",
        "visible_to_members",
    ]
    search_fields = ["user__email", "user__first_name", "user__last_name", "function"]
    list_select_related = ["user", "organisation"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["user", "created_at", "completed_at"]

    @admin.display(description="perspectieven")
    def perspective_list(self, profile):
        return ", ".join(profile.perspective_labels())

    def has_add_permission(self, request):
        # A profile belongs to an account; it is made when the account is approved.
        return False


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "region", "website"]
    list_filter = ["kind", "region"]
    search_fields = ["name"]


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    list_display = ["user", "subject", "version", "given_at"]
    list_filter = ["subject", "version"]
    search_fields = ["user__email"]
    list_select_related = ["user"]
    readonly_fields = ["user", "subject", "version", "text", "given_at"]

    def has_add_permission(self, request):
        # Consent is given by the member, never filled in on their behalf.
        return False
