"""The admin's door: two-factor login first, and every refusal in the security log."""

from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from members.security_log import log_event

SET_UP_MFA_MESSAGE = (
    "Stel eerst tweestapsverificatie in, daarna kun je het beheer gebruiken. Je hebt er een "
    "app voor nodig op je telefoon, zoals Google Authenticator, Microsoft Authenticator of "
    "FreeOTP."
)
CONFIRM_MFA_MESSAGE = "Vul de code uit je authenticator-app in om het beheer te openen."


def may_use_admin(user) -> bool:
    """Return whether the user may reach the admin, and so must log in with two factors."""
    return bool(user.is_authenticated and (user.is_staff or user.is_superuser))


def used_second_factor(request) -> bool:
    """Return whether this session was confirmed with an authenticator app (allauth's record)."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


class AdminGuardMiddleware:
    """Let admins in only after a two-factor login; log refused admin requests."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(reverse("admin:index")):
            return self.get_response(request)
        user = request.user
        if may_use_admin(user) and not used_second_factor(request):
            return self._second_factor_first(request)
        response = self.get_response(request)
        if response.status_code == 403 or (user.is_authenticated and not user.is_staff):
            log_event(
                "admin_denied", request=request, status=response.status_code, path=request.path
            )
        return response

    def _second_factor_first(self, request):
        """Send the admin to set up an authenticator app, or to type its code for this session."""
        has_app = is_mfa_enabled(request.user, [Authenticator.Type.TOTP])
        log_event(
            "admin_denied",
            request=request,
            reason="mfa_not_confirmed" if has_app else "no_mfa",
            path=request.path,
        )
        if not has_app:
            messages.warning(request, SET_UP_MFA_MESSAGE)
            return redirect("mfa_activate_totp")
        messages.info(request, CONFIRM_MFA_MESSAGE)
        return redirect(
            reverse("mfa_reauthenticate") + "?" + urlencode({"next": request.get_full_path()})
        )
