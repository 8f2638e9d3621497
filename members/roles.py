"""Who may do what: the one place where roles are decided.

- anonymous visitors see public pages only;
- a *pending* account is logged in but not yet approved by a trekker;
- an *approved member* sees members-only pages;
- a *trekker* publishes content (the "Trekkers" group holds the permissions).
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.utils.cache import patch_cache_control

TREKKERS_GROUP = "Trekkers"
# Apps whose content trekkers publish and manage through the admin.
TREKKER_APPS = [
    "meetings",
    "glossary",
    "projects",
    "library",
    "members",
    "taggit",
    "followup",
    "participation",
]


def is_approved_member(user) -> bool:
    """Return whether the user is logged in with an approved, active account."""
    return bool(user.is_authenticated and user.is_active and user.is_approved())


def is_trekker(user) -> bool:
    """Return whether the user is one of the network's leads."""
    if not is_approved_member(user):
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_trekker"):
        user._is_trekker = user.groups.filter(name=TREKKERS_GROUP).exists()
    return user._is_trekker


def member_required(view):
    """Let approved members in; send visitors to log in; tell pending accounts to wait."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_approved_member(request.user):
            response = render(request, "members/approval_pending.html", status=403)
        else:
            response = view(request, *args, **kwargs)
        # Members-only pages stay out of shared caches and the browser's disk cache.
        patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapper


def ensure_trekkers_group(**kwargs):
    """Create the Trekkers group with every permission of the content apps (idempotent)."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=TREKKERS_GROUP)
    group.permissions.set(
        Permission.objects.filter(content_type__app_label__in=TREKKER_APPS)
        # The outbox: see what was sent and failed, and send it again.
        | Permission.objects.filter(
            content_type__app_label="leernetwerk",
            codename__in=["view_outgoingmail", "change_outgoingmail"],
        )
    )


def trekker_addresses() -> list[str]:
    """Return the e-mail addresses of the network's active, approved trekkers."""
    from members.models import User

    return list(
        User.objects.filter(
            groups__name=TREKKERS_GROUP,
            is_active=True,
            approval_status=User.ApprovalStatus.APPROVED,
        ).values_list("email", flat=True)
    )
