"""The personal data this app holds about a member (AVG): for `Mijn gegevens` and deletion.

Contract used by members: `personal_data(user)` returns JSON-ready data about the user only;
`erase_personal_data(user)` removes it.
"""

from notifications.models import Notification, Preferences
from notifications.services import choices_of


def personal_data(user) -> dict:
    preferences = Preferences.objects.filter(user=user).first()
    return {
        "choices": choices_of(preferences),
        "chosen_at": preferences.chosen_at.isoformat()
        if preferences and preferences.chosen_at
        else None,
        "last_digest_until": preferences.digest_until.isoformat()
        if preferences and preferences.digest_until
        else None,
        "sent": [
            {
                "kind": notification.kind,
                "item": notification.item_key,
                "how": notification.delivery,
                "at": notification.created_at.isoformat(),
            }
            for notification in Notification.objects.filter(member=user).order_by("created_at")
        ],
    }


def erase_personal_data(user) -> None:
    Notification.objects.filter(member=user).delete()
    Preferences.objects.filter(user=user).delete()
