"""Small factories with sensible defaults. Apps keep their own in tests/<app>/factories.py."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from members.models import User
from members.roles import TREKKERS_GROUP

PASSWORD = "Een-sterk-wachtwoord-42"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


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
    password=PASSWORD,
):
    """Create a verified account; approved unless told otherwise."""
    user = User.objects.create_user(
        email=email,
        password=password,
        first_name=first_name,
        last_name=last_name,
        is_staff=trekker,
        approval_status=User.ApprovalStatus.APPROVED if approved else User.ApprovalStatus.PENDING,
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if trekker:
        user.groups.add(Group.objects.get_or_create(name=TREKKERS_GROUP)[0])
    return user
