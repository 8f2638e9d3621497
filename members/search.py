"""What the members app puts in the site search: listed profiles, for approved members only."""

from taggit.models import Tag

from members.models import Organisation, Profile, User
from search.models import SearchDocument
from search.registry import Document, register, register_dependent

Kind = SearchDocument.Kind


@register(
    Profile,
    queryset=lambda: Profile.objects.select_related("user", "organisation").prefetch_related(
        "themes"
    ),
)
def member_profile_document(profile):
    """Profiles in the directory, for approved members only; never an e-mail address."""
    user = profile.user
    listed = (
        user.is_active
        and user.is_approved()
        and profile.is_completed()
        and profile.visible_to_members
    )
    if not listed:
        return None
    organisation = profile.organisation.name if profile.organisation else ""
    return Document(
        kind=Kind.MEMBER,
        title=user.get_full_name() or "Lid zonder naam",
        url=profile.get_absolute_url(),
        labels=[
            organisation,
            profile.function,
            *profile.perspective_labels(),
            profile.get_region_display() if profile.region else "",
            *(theme.name for theme in profile.themes.all()),
        ],
        body=profile.bio,
        members_only=True,
    )


register_dependent(
    User,
    Profile,
    lambda user: Profile.objects.filter(user=user).values_list("pk", flat=True),
    fields={"first_name", "last_name", "is_active", "approval_status"},
)
register_dependent(
    Organisation, Profile, lambda organisation: organisation.profiles.values_list("pk", flat=True)
)

# A renamed theme re-indexes the profiles that carry it.
register_dependent(
    Tag,
    Profile,
    lambda tag: Profile.objects.filter(themes__in=[tag]).values_list("pk", flat=True),
    fields={"name"},
)
