"""Factories for organisations and member profiles."""

from django.utils import timezone

from members.models import Organisation, Perspective, Profile, Region
from tests.factories import make_user


def make_organisation(
    name="TNO", *, kind=Organisation.Kind.KNOWLEDGE_INSTITUTE, region=Region.HAAGLANDEN
):
    organisation, _ = Organisation.objects.get_or_create(
        name=name, defaults={"kind": kind, "region": region}
    )
    return organisation


def make_profile(
    user=None,
    *,
    email="collega@example.org",
    first_name="Cor",
    last_name="Collega",
    perspectives=(Perspective.PRACTICE,),
    target_group_kind="",
    organisation=None,
    function="Gezinscoach",
    region=Region.HAAGLANDEN,
    themes=(),
    bio="",
    show_email=False,
    visible=True,
    completed=True,
    approved=True,
):
    """Return a filled-in profile; makes the account too unless `user` is given."""
    if user is None:
        user = make_user(email, first_name=first_name, last_name=last_name, approved=approved)
    profile, _ = Profile.objects.get_or_create(user=user)
    profile.perspectives = [str(perspective) for perspective in perspectives]
    profile.target_group_kind = target_group_kind
    profile.organisation = organisation
    profile.function = function
    profile.region = region
    profile.bio = bio
    profile.show_email = show_email
    profile.visible_to_members = visible
    profile.completed_at = timezone.now() if completed else None
    profile.save()
    if themes:
        profile.themes.set(list(themes))
    return profile
