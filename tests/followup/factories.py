"""Factories for follow-up actions and evaluations."""

from followup import services
from followup.models import Action, Evaluation, Invitation


def make_action(meeting, description="Een vragenlijst naar de gemeenten sturen.", **fields):
    themes = fields.pop("themes", [])
    action = Action.objects.create(meeting=meeting, description=description, **fields)
    if themes:
        action.themes.set(themes)
    return action


def make_invitation(meeting, user, *, extra_questions="") -> tuple[Invitation, str]:
    """Invite the user to evaluate the meeting; return the invitation and its raw token."""
    evaluation, _ = Evaluation.objects.get_or_create(
        meeting=meeting, defaults={"extra_questions": extra_questions}
    )
    token = Invitation.new_token()
    invitation = Invitation.objects.create(
        evaluation=evaluation, user=user, token_hash=Invitation.token_hash_of(token)
    )
    return invitation, token


__all__ = ["make_action", "make_invitation", "services"]
