"""Small factories with sensible defaults. Apps keep their own in tests/<app>/factories.py."""

import time as pytime
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from members.models import User
from members.roles import TREKKERS_GROUP

PASSWORD = "Een-sterk-wachtwoord-42"
# The authenticator-app secret of every trekker made here; tests derive codes from it (pyotp).
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def signup_data(email, password=PASSWORD, **fields) -> dict:
    """Return a complete sign-up form: the account, and what trekkers read when approving."""
    return {
        "first_name": "Nieuw",
        "last_name": "Lid",
        "email": email,
        "perspectives": ["practice"],
        "region": "haaglanden",
        "motivation": "Ik werk met gezinnen na een scheiding en wil leren van anderen.",
        "password1": password,
        "password2": password,
        **fields,
    }


def local_datetime(days_from_today=0, hour=14, minute=0) -> datetime:
    """Return hour:minute Amsterdam time, `days_from_today` calendar days from today.

    Counting calendar days, not 24-hour steps, keeps a meeting on one day whatever the hour of
    "now" and across the nights the clocks change.
    """
    day = timezone.localdate() + timedelta(days=days_from_today)
    return datetime.combine(day, time(hour, minute), tzinfo=AMSTERDAM)


def make_user(
    email="persoon@example.org",
    *,
    first_name="",
    last_name="",
    approved=True,
    trekker=False,
    superuser=False,
    password=PASSWORD,
    authenticator_app=None,
):
    """Create a verified account; approved unless told otherwise.

    Trekkers and superusers get an authenticator app (two-factor login), as the admin demands,
    unless `authenticator_app=False`.
    """
    user = User.objects.create_user(
        email=email,
        password=password,
        first_name=first_name,
        last_name=last_name,
        is_staff=trekker or superuser,
        is_superuser=superuser,
        approval_status=User.ApprovalStatus.APPROVED if approved else User.ApprovalStatus.PENDING,
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if trekker:
        user.groups.add(Group.objects.get_or_create(name=TREKKERS_GROUP)[0])
    if (trekker or superuser) if authenticator_app is None else authenticator_app:
        add_authenticator_app(user)
    return user


def add_authenticator_app(user, secret=TOTP_SECRET):
    """Give `user` an authenticator app (TOTP) with a known secret."""
    return Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt(secret)}
    )


def logged_in_client(user):
    """A test client logged in as `user`; with an authenticator app, as after typing its code."""
    client = Client()
    client.force_login(user)
    if Authenticator.objects.filter(user=user).exists():
        confirm_second_factor(client, user)
    return client


def confirm_second_factor(client, user):
    """Record in the session what allauth records after a correct authenticator code."""
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "mfa", "type": Authenticator.Type.TOTP, "at": pytime.time()}
    ]
    # allauth only trusts the records of the user they were made for.
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
