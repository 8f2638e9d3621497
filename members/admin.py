from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from members.models import Profile, User


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
    list_filter = ["approval_status", "is_staff", "groups"]
    search_fields = ["email", "first_name", "last_name"]
    actions = ["approve_accounts", "refuse_accounts"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Persoon", {"fields": ["first_name", "last_name"]}),
        ("Lidmaatschap", {"fields": ["approval_status", "approval_changed_at"]}),
        ("Rechten", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Datums", {"fields": ["last_login", "date_joined"]}),
    ]
    readonly_fields = ["approval_changed_at", "last_login", "date_joined"]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]

    @admin.action(description="Geselecteerde accounts goedkeuren")
    def approve_accounts(self, request, queryset):
        accounts = list(queryset.exclude(approval_status=User.ApprovalStatus.APPROVED))
        for account in accounts:
            account.approve()
        self.message_user(request, f"{len(accounts)} account(s) goedgekeurd.", messages.SUCCESS)

    @admin.action(description="Geselecteerde accounts afwijzen")
    def refuse_accounts(self, request, queryset):
        accounts = list(queryset.exclude(approval_status=User.ApprovalStatus.REFUSED))
        for account in accounts:
            account.refuse()
        self.message_user(request, f"{len(accounts)} account(s) afgewezen.", messages.WARNING)


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "created_at"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    list_select_related = ["user"]
