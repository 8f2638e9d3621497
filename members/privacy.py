"""The personal data this app holds about a member (AVG): for `Mijn gegevens` and deletion.

Contract used by members: `personal_data(user)` returns JSON-ready data about the user only;
`erase_personal_data(user)` removes it, keeping published content (credited to "oud-lid").
"""

PRIVACY_STATEMENT_VERSION = "2026-11"

CONSENT_TEXT = (
    "Ik geef het Leernetwerk Kind & Complexe Ouderrelaties toestemming om mijn profiel "
    "(naam, perspectief, organisatie, functie, regio, rol, thema's, korte tekst over mij en "
    "foto als ik die toevoeg) te bewaren en te tonen aan andere goedgekeurde leden, zoals ik "
    "dat zelf instel. Ik heb de privacyverklaring gelezen. Ik kan mijn profiel altijd "
    "verbergen, mijn gegevens downloaden of mijn account verwijderen."
)


def record_consent(user):
    """Record that `user` consents to the current privacy statement, with its text and date."""
    from members.models import Consent

    return Consent.objects.create(
        user=user,
        subject=Consent.Subject.PRIVACY_STATEMENT,
        version=PRIVACY_STATEMENT_VERSION,
        text=CONSENT_TEXT,
    )


def has_current_consent(user) -> bool:
    return user.consents.filter(version=PRIVACY_STATEMENT_VERSION).exists()


def _timestamp(value):
    return value.isoformat() if value else None


def personal_data(user) -> dict:
    """Return the account, profile and consents of `user`, ready for JSON."""
    from members.models import Profile

    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _timestamp(user.date_joined),
            "last_login": _timestamp(user.last_login),
            "approval_status": user.approval_status,
            "email_addresses": [
                {"email": address.email, "verified": address.verified}
                for address in user.emailaddress_set.all()
            ],
        },
        "profile": None,
        "consents": [
            {
                "subject": consent.subject,
                "version": consent.version,
                "text": consent.text,
                "given_at": _timestamp(consent.given_at),
            }
            for consent in user.consents.all()
        ],
    }
    profile = Profile.objects.filter(user=user).select_related("organisation").first()
    if profile is not None:
        data["profile"] = {
            "perspectives": list(profile.perspectives),
            "target_group_kind": profile.target_group_kind,
            "organisation": profile.organisation.name if profile.organisation else None,
            "function": profile.function,
            "region": profile.region,
            "network_role": profile.network_role,
            "themes": sorted(profile.themes.names()),
            "bio": profile.bio,
            "motivation": profile.motivation,
            "has_photo": bool(profile.photo),
            "contact_preference": profile.contact_preference,
            "show_email": profile.show_email,
            "visible_to_members": profile.visible_to_members,
            "created_at": _timestamp(profile.created_at),
            "completed_at": _timestamp(profile.completed_at),
        }
    return data


def erase_personal_data(user) -> None:
    """Remove the profile, its photo file, themes only this member used, and the consents."""
    from taggit.models import Tag

    from members.models import Profile

    profile = Profile.objects.filter(user=user).first()
    _erase_admin_history_about(user, profile)
    if profile is not None:
        if profile.photo:
            profile.photo.delete(save=False)
        theme_ids = list(profile.themes.values_list("pk", flat=True))
        profile.themes.clear()
        profile.delete()
        # A theme only this member used could itself say who they were.
        Tag.objects.filter(pk__in=theme_ids, taggit_taggeditem_items__isnull=True).delete()
    user.consents.all().delete()


def _erase_admin_history_about(user, profile):
    """The admin's history names the objects trekkers changed; forget those about this member."""
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    for obj in [user, profile]:
        if obj is not None:
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(obj),
                object_id=str(obj.pk),
            ).delete()
