"""Small factories with sensible defaults. Apps keep their own in tests/<app>/factories.py."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from members.models import User
from members.roles import TREKKERS_GROUP

PASSWORD = "Een-sterk-wachtwoord-42"


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
