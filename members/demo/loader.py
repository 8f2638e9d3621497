"""Create the demo organisations and accounts with their profiles, each only when missing."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from members.demo.data import MEMBERS, ORGANISATIONS, PENDING_MEMBER, TREKKER_EMAILS
from members.models import Organisation, Profile, User
from members.privacy import record_consent
from members.roles import TREKKERS_GROUP

DEMO_PASSWORD = "leernetwerk-demo"
PROFILE_FIELDS = [
    "target_group_kind",
    "function",
    "region",
    "network_role",
    "show_email",
    "visible_to_members",
]


def load():
    """Create the demo organisations, members and the one pending sign-up that are missing."""
    load_organisations()
    load_members()
    ensure_account(**PENDING_MEMBER, approved=False)


def ensure_account(email, first_name, last_name, *, trekker=False, approved=True):
    """Return the demo account for `email` and whether it was made now.

    A missing account is created verified, with the demo password. An account that exists
    stays exactly as it is: its approval, rights and password are never reset.
    """
    user, created = User.objects.get_or_create(
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
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        if trekker:
            user.groups.add(Group.objects.get(name=TREKKERS_GROUP))
    return user, created


def load_organisations():
    """Create the organisations that are missing, keyed on their name."""
    for data in ORGANISATIONS:
        Organisation.objects.get_or_create(
            name=data["name"],
            defaults={
                "kind": data["kind"],
                "region": data["region"],
                "website": data.get("website", ""),
            },
        )


def load_members():
    """Create each missing member with a completed profile; existing accounts stay as they are."""
    organisations = {organisation.name: organisation for organisation in Organisation.objects.all()}
    for data in MEMBERS:
        user, created = ensure_account(
            data["email"],
            data["first_name"],
            data["last_name"],
            trekker=data["email"] in TREKKER_EMAILS,
        )
        if not created:
            continue
        organisation = data.get("organisation")
        profile, _ = Profile.objects.get_or_create(user=user)
        for field in PROFILE_FIELDS:
            if field in data:
                setattr(profile, field, data[field])
        profile.perspectives = [str(perspective) for perspective in data["perspectives"]]
        profile.organisation = organisations.get(organisation)
        profile.bio = f"{data['first_name']} doet mee vanuit {organisation or 'de eigen ervaring'}."
        profile.contact_preference = (
            Profile.ContactPreference.EMAIL
            if data["show_email"]
            else Profile.ContactPreference.AT_MEETINGS
        )
        profile.completed_at = timezone.now()
        profile.save()
        profile.themes.set(data["themes"])
        record_consent(user)
