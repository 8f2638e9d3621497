"""The security log: who did what to accounts and rights, when (UTC) and from where.

Every entry goes to the `security` logger as `event key=value ...`. It never holds a password,
a code or any other text the person typed; only ids, the client address and field names.
"""

import logging
import time
from datetime import UTC, datetime

logger = logging.getLogger("security")


class UTCFormatter(logging.Formatter):
    """Log times in UTC with a Z, so entries from every server line up."""

    converter = time.gmtime

    def formatTime(self, record, datefmt=None):  # noqa: N802 (logging's API)
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", self.converter(record.created))


def client_address(request) -> str:
    """Return the address the request came from, as the web server handed it on."""
    if request is None:
        return "-"
    return request.META.get("REMOTE_ADDR") or "-"


def log_event(event: str, *, request=None, user=None, level=logging.INFO, **details) -> None:
    """Write one security event; `user` is the account it concerns, `details` plain values."""
    user_id = getattr(user, "pk", None)
    if user_id is None and request is not None and getattr(request, "user", None):
        user_id = request.user.pk if request.user.is_authenticated else None
    fields = {
        "at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "user": user_id if user_id is not None else "-",
        "ip": client_address(request),
        **details,
    }
    message = event + "".join(f" {key}={_plain(value)}" for key, value in fields.items())
    logger.log(level, message, extra={"security_event": event})


def _plain(value) -> str:
    """Keep a value on one line without spaces, so no entry can forge another."""
    return "".join(
        char if char.isprintable() and not char.isspace() else "_" for char in str(value)
    )


def account_for_login(credentials):
    """Return the account a failed log-in aimed at, without logging what was typed."""
    from members.models import User

    login = credentials.get("email") or credentials.get("username") or ""
    return User.objects.filter(email__iexact=login).only("pk").first() if login else None


def connect_receivers() -> None:
    """Listen to Django's and allauth's account signals (called from MembersConfig.ready)."""
    from allauth.mfa import signals as mfa_signals
    from django.contrib.auth import signals as auth_signals

    def logged_in(sender, request, user, **kwargs):
        log_event("login", request=request, user=user)

    def login_failed(sender, credentials, request=None, **kwargs):
        log_event(
            "login_failed",
            request=request,
            user=account_for_login(credentials),
            level=logging.WARNING,
        )

    def mfa_added(sender, request, user, authenticator, **kwargs):
        log_event("mfa_added", request=request, user=user, type=authenticator.type)

    def mfa_removed(sender, request, user, authenticator, **kwargs):
        log_event(
            "mfa_removed",
            request=request,
            user=user,
            type=authenticator.type,
            level=logging.WARNING,
        )

    def mfa_reset(sender, request, user, authenticator, **kwargs):
        log_event("mfa_reset", request=request, user=user, type=authenticator.type)

    def mfa_failed(sender, request, user, **kwargs):
        log_event("mfa_failed", request=request, user=user, level=logging.WARNING)

    auth_signals.user_logged_in.connect(logged_in, dispatch_uid="security_log_login")
    auth_signals.user_login_failed.connect(login_failed, dispatch_uid="security_log_failed")
    mfa_signals.authenticator_added.connect(mfa_added, dispatch_uid="security_log_mfa_added")
    mfa_signals.authenticator_removed.connect(mfa_removed, dispatch_uid="security_log_mfa_removed")
    mfa_signals.authenticator_reset.connect(mfa_reset, dispatch_uid="security_log_mfa_reset")
    mfa_signals.authentication_failed.connect(mfa_failed, dispatch_uid="security_log_mfa_failed")
