"""Demo accounts for development. The logins are listed in README.md."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from members.models import Profile, User
from members.roles import TREKKERS_GROUP

DEMO_PASSWORD = "leernetwerk-demo"

DEMO_ACCOUNTS = [
    # (e-mail, first name, last name, trekker?)
    ("trekker@example.org", "Tessa", "Trekker", True),
    ("lid@example.org", "Lotte", "de Lid", False),
]


def ensure_account(email, first_name, last_name, *, trekker=False, approved=True):
    """Create or update a verified demo account, keyed on its e-mail address."""
    user, created = User.objects.update_or_create(
        email=email,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "is_staff": trekker,
            "approval_status": (
                User.ApprovalStatus.APPROVED if approved else User.ApprovalStatus.PENDING
            ),
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    if trekker:
        user.groups.add(Group.objects.get(name=TREKKERS_GROUP))
    Profile.objects.get_or_create(user=user)
    return user


def load():
    for email, first_name, last_name, trekker in DEMO_ACCOUNTS:
        ensure_account(email, first_name, last_name, trekker=trekker)
