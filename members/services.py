"""Workflows around accounts: approval with e-mail, the member list export, deletion."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from leernetwerk.csv_export import csv_response
from leernetwerk.mail import send_mail
from members.deletion_log import email_hash, record_deletion
from members.models import DeletionRecord, Perspective, Profile, Region, User
from members.roles import trekker_addresses
from members.security_log import log_event

# Every app that holds personal data; each has privacy.personal_data / erase_personal_data.
PRIVACY_APPS = [
    "meetings",
    "projects",
    "glossary",
    "notifications",
    "followup",
    "participation",
    "members",
]


def _actor(request):
    """Return the id of the person who acts, for the security log."""
    return request.user.pk if request is not None and request.user.is_authenticated else "-"


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def save_profile(form, *, consent_given: bool):
    """Save a valid profile form and, on first filling in, record the consent given with it."""
    from members.privacy import record_consent

    with transaction.atomic():
        profile = form.save()
        if consent_given:
            record_consent(profile.user)
    return profile


def approve_accounts(accounts, *, request=None) -> int:
    """Approve the given accounts and tell each person by e-mail how to fill in the profile."""
    profile_link = _absolute(reverse("account_login") + "?next=" + reverse("members:edit_profile"))
    privacy_link = _absolute(reverse("network:privacy"))
    notifications_link = _absolute(reverse("notifications:settings"))
    with transaction.atomic():
        approved = list(
            User.objects.select_for_update()
            .filter(pk__in=[account.pk for account in accounts])
            .exclude(approval_status=User.ApprovalStatus.APPROVED)
        )
        for account in approved:
            account.approve()
            Profile.objects.get_or_create(user=account)
            log_event("account_approved", request=request, user=account, by=_actor(request))
            send_mail(
                account.email,
                "Je account is goedgekeurd",
                "members/email/account_approved.txt",
                {
                    "account": account,
                    "profile_link": profile_link,
                    "privacy_link": privacy_link,
                    "notifications_link": notifications_link,
                },
            )
    return len(approved)


def refuse_accounts(accounts, *, request=None) -> int:
    """Refuse the given accounts and tell each person by e-mail."""
    with transaction.atomic():
        refused = list(
            User.objects.select_for_update()
            .filter(pk__in=[account.pk for account in accounts])
            .exclude(approval_status=User.ApprovalStatus.REFUSED)
        )
        for account in refused:
            account.refuse()
            log_event("account_refused", request=request, user=account, by=_actor(request))
            send_mail(
                account.email,
                "Je aanmelding",
                "members/email/account_refused.txt",
                {"account": account},
            )
    return len(refused)


def notify_trekkers_of_signup(user) -> None:
    """Tell the trekkers that a verified sign-up waits for their approval."""
    recipients = trekker_addresses()
    if not recipients:
        return
    link = _absolute(
        reverse("admin:members_user_changelist")
        + f"?approval_status__exact={User.ApprovalStatus.PENDING}"
    )
    send_mail(
        recipients,
        "Nieuwe aanmelding wacht op goedkeuring",
        "members/email/signup_waiting.txt",
        {"link": link},
    )


CSV_COLUMNS = [
    "Voornaam",
    "Achternaam",
    "E-mailadres",
    "Status",
    "Perspectieven",
    "Soort doelgroep",
    "Organisatie",
    "Functie",
    "Regio",
    "Rol",
    "Profiel zichtbaar",
    "Lid sinds",
]


MEMBER_LIST_FILENAME = "ledenlijst-leernetwerk.csv"


def member_list_rows(accounts):
    """The accounts with their profiles as CSV rows (for trekkers only)."""
    regions = dict(Region.choices)
    for account in accounts:
        profile = getattr(account, "profile", None)
        yield (
            [
                account.first_name,
                account.last_name,
                account.email,
                account.get_approval_status_display(),
                ", ".join(Perspective(value).label for value in profile.perspectives)
                if profile
                else "",
                profile.get_target_group_kind_display() if profile else "",
                profile.organisation.name if profile and profile.organisation else "",
                profile.function if profile else "",
                regions.get(profile.region, "") if profile else "",
                profile.get_network_role_display() if profile else "",
                ("ja" if profile.visible_to_members else "nee") if profile else "",
                account.date_joined.date().isoformat(),
            ]
        )


def member_list_response(accounts):
    """The member list as a CSV download."""
    return csv_response(MEMBER_LIST_FILENAME, CSV_COLUMNS, member_list_rows(accounts))


def member_list_accounts():
    return User.objects.select_related("profile__organisation").order_by(
        "last_name", "first_name", "email"
    )


def collect_personal_data(user) -> dict:
    """Return everything every app holds about `user`, for the JSON download."""
    return {app: import_module(f"{app}.privacy").personal_data(user) for app in PRIVACY_APPS}


def delete_account(user) -> None:
    """Remove the account and all its personal data; published content stays as 'oud-lid'."""
    with transaction.atomic():
        # Logged first: deleting the row clears user.pk.
        record_deletion(user)
        _erase_account(user)


def _erase_account(user) -> None:
    for app in PRIVACY_APPS:
        import_module(f"{app}.privacy").erase_personal_data(user)
    end_sessions(user)
    user.delete()


def replay_deletions(entries) -> int:
    """Delete again the accounts in `entries` (from the deletion log) that a restore brought back.

    An account only counts as the deleted one when its address hash matches too; every entry
    ends up as a DeletionRecord, so the restored database knows the whole log again.
    """
    deleted = 0
    for entry in entries:
        with transaction.atomic():
            account = User.objects.filter(pk=entry["user_id"]).first()
            if account is not None and email_hash(account.email) == entry["email_hash"]:
                _erase_account(account)
                deleted += 1
            DeletionRecord.objects.get_or_create(
                user_id=entry["user_id"],
                defaults={"email_hash": entry["email_hash"], "deleted_at": entry["deleted_at"]},
            )
    return deleted


def end_sessions(user) -> None:
    """Delete every stored session of `user`, so no other browser stays logged in."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    user_id = str(user.pk)
    # Sessions are signed blobs without a user column; a deletion is rare enough to read them.
    keys = [
        session.session_key
        for session in store.get_model_class()
        .objects.filter(expire_date__gt=timezone.now())
        .iterator()
        if session.get_decoded().get(SESSION_KEY) == user_id
    ]
    for key in keys:
        store(session_key=key).delete()
