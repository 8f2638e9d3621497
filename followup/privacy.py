"""The personal data this app holds about a member (AVG): for `Mijn gegevens` and deletion.

Evaluation answers are not here: they are stored without the person, so nobody can find
them back, the member included.
"""

from django.db import transaction

from followup.models import Action, ActionChange, Invitation


def personal_data(user) -> dict:
    return {
        "actions_taken_up": [
            {
                "meeting": action.meeting.title,
                "action": action.description,
                "status": action.get_status_display(),
                "note": action.note,
            }
            for action in Action.objects.filter(owner_member=user).select_related("meeting")
        ],
        "action_changes": [
            {
                "action": change.action.title(),
                "from": change.get_from_status_display(),
                "to": change.get_to_status_display(),
                "note": change.note,
                "changed_at": change.changed_at.isoformat(),
            }
            for change in ActionChange.objects.filter(changed_by=user).select_related("action")
        ],
        "evaluation_invitations": [
            {
                "meeting": invitation.evaluation.meeting.title,
                "sent_at": invitation.sent_at.isoformat(),
                "answered": invitation.is_used(),
            }
            for invitation in Invitation.objects.filter(user=user).select_related(
                "evaluation__meeting"
            )
        ],
    }


def erase_personal_data(user) -> None:
    """Forget the member as owner and author; the actions themselves stay, as network content."""
    with transaction.atomic():
        Action.objects.filter(owner_member=user).update(owner_member=None)
        ActionChange.objects.filter(changed_by=user).update(changed_by=None)
        Invitation.objects.filter(user=user).delete()
