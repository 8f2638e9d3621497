"""The personal data this app holds about a member (AVG): for `Mijn gegevens` and deletion.

Contract used by members: `personal_data(user)` returns JSON-ready data about the user only;
`erase_personal_data(user)` removes it, keeping published content (credited to "oud-lid").

The glossary holds one kind of personal data: the change history records which trekker
changed which entry, and when.
"""

from glossary.models import EntryChange


def personal_data(user) -> dict:
    changes = EntryChange.objects.filter(changed_by=user).order_by("changed_at")
    return {
        "begrippenkader_wijzigingen": [
            {
                "begrip": change.entry_name,
                "actie": change.get_action_display(),
                "wanneer": change.changed_at.isoformat(),
                "wat": change.summary,
            }
            for change in changes
        ]
    }


def erase_personal_data(user) -> None:
    """Keep the history of the entries, without the name: it then shows 'oud-lid'."""
    EntryChange.objects.filter(changed_by=user).update(changed_by=None)
