from allauth.mfa.models import Authenticator
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied
from django.utils.translation import ngettext

from members import services
from members.forms import ProfileAdminForm
from members.models import Consent, Organisation, Perspective, Profile, User
from members.security_log import log_event

# Only superusers hand out rights or touch log-in details: a trekker who could change these
# could make themselves superuser or take over someone else's account.
RIGHTS_FIELDS = ["is_staff", "is_superuser", "groups", "user_permissions"]
LOGIN_FIELDS = ["email", "password"]


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
    # What trekkers need to approve a sign-up: who it is, from where, and why.
    list_display = [
        "email",
        "first_name",
        "last_name",
        "organisation",
        "perspectives",
        "region",
        "motivation",
        "approval_status",
        "date_joined",
    ]
    list_select_related = ["profile__organisation"]
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

    @admin.display(description="organisatie", ordering="profile__organisation__name")
    def organisation(self, user):
        profile = getattr(user, "profile", None)
        return profile.organisation if profile and profile.organisation else "–"

    @admin.display(description="perspectieven")
    def perspectives(self, user):
        profile = getattr(user, "profile", None)
        return ", ".join(profile.perspective_labels()) if profile else "–"

    @admin.display(description="regio", ordering="profile__region")
    def region(self, user):
        profile = getattr(user, "profile", None)
        return profile.get_region_display() if profile and profile.region else "–"

    @admin.display(description="waarom meedoen")
    def motivation(self, user):
        profile = getattr(user, "profile", None)
        return profile.motivation if profile and profile.motivation else "–"

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser or obj is None:
            return fieldsets
        # Without the password field there is no link to the set-password form either.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "password"]})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly += ["email", "is_staff", "is_superuser", "groups"]
        return readonly

    def has_add_permission(self, request):
        # A new account gets a password; people sign up themselves, superusers add the rest.
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    # An account deleted here is erased and logged like one deleted by its owner, so a restored
    # backup forgets it too (members/deletion_log.py).
    def delete_model(self, request, obj):
        services.delete_account(obj)

    def delete_queryset(self, request, queryset):
        for account in queryset:
            services.delete_account(account)

    def user_change_password(self, request, id, form_url=""):
        if not request.user.is_superuser:
            log_event("admin_denied", request=request, reason="set_password", account=id)
            raise PermissionDenied("Alleen een superuser kan een wachtwoord instellen.")
        return super().user_change_password(request, id, form_url)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Logged after the groups are saved, so the entry says what really changed.
        changed_rights = [field for field in RIGHTS_FIELDS if field in form.changed_data]
        if change and changed_rights:
            log_event(
                "rights_changed",
                request=request,
                user=form.instance,
                by=request.user.pk,
                fields=",".join(changed_rights),
                is_staff=form.instance.is_staff,
                is_superuser=form.instance.is_superuser,
            )

    @admin.action(description="Geselecteerde accounts goedkeuren (met e-mail)")
    def approve_accounts(self, request, queryset):
        count = services.approve_accounts(queryset, request=request)
        self.message_user(
            request,
            ngettext(
                "%(count)d account goedgekeurd en per e-mail bericht.",
                "%(count)d accounts goedgekeurd en per e-mail bericht.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description="Geselecteerde accounts afwijzen (met e-mail)")
    def refuse_accounts(self, request, queryset):
        count = services.refuse_accounts(self._not_superusers(request, queryset), request=request)
        self.message_user(
            request,
            ngettext(
                "%(count)d account afgewezen en per e-mail bericht.",
                "%(count)d accounts afgewezen en per e-mail bericht.",
                count,
            )
            % {"count": count},
            messages.WARNING,
        )

    @staticmethod
    def _not_superusers(request, queryset):
        return queryset if request.user.is_superuser else queryset.exclude(is_superuser=True)

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


admin.site.unregister(Authenticator)


@admin.register(Authenticator)
class AuthenticatorAdmin(admin.ModelAdmin):
    """Superusers remove a lost authenticator app; nobody reads its secret or makes one here."""

    # allauth names these fields in English only; the columns carry Dutch names.
    list_display = ["owner", "kind", "created", "last_used"]
    list_filter = ["type"]
    search_fields = ["user__email"]
    list_select_related = ["user"]
    fields = ["owner", "kind", "created", "last_used"]
    readonly_fields = fields

    @admin.display(description="account", ordering="user__email")
    def owner(self, authenticator):
        return authenticator.user

    @admin.display(description="soort", ordering="type")
    def kind(self, authenticator):
        return authenticator.get_type_display()

    @admin.display(description="ingesteld op", ordering="created_at")
    def created(self, authenticator):
        return authenticator.created_at

    @admin.display(description="laatst gebruikt op", ordering="last_used_at")
    def last_used(self, authenticator):
        return authenticator.last_used_at

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
