"""Create the demo actions and evaluations, each only when it is missing."""

from django.utils import timezone

from followup.demo.data import EVALUATIONS, NOT_ACTIONS, PROGRESS
from followup.models import Action, Evaluation, Invitation, Response
from meetings.demo.loader import SEEDED_MEETINGS
from meetings.models import Meeting
from members.models import User


def load():
    """Create the actions from the seeded reports' "Vervolg" and the demo evaluations."""
    meetings = {meeting.slug: meeting for meeting in Meeting.objects.all()}
    for data in SEEDED_MEETINGS:
        meeting = meetings.get(data["slug"])
        if meeting is not None:
            load_actions(meeting, data.get("report", {}).get("follow_ups", []))
    for data in EVALUATIONS:
        if data["meeting"] in meetings:
            load_evaluation(meetings[data["meeting"]], data)


def load_actions(meeting, follow_ups):
    for position, follow_up in enumerate(follow_ups, start=1):
        if follow_up["action"].startswith(NOT_ACTIONS):
            continue
        progress = dict(PROGRESS.get((meeting.slug, position), {}))
        owner_email = progress.pop("owner_member", None)
        themes = progress.pop("themes", [])
        action, created = Action.objects.get_or_create(
            meeting=meeting,
            position=position,
            defaults={
                "description": follow_up["action"],
                "owner_name": follow_up.get("owner", ""),
                "owner_member": User.objects.filter(email=owner_email).first()
                if owner_email
                else None,
                **progress,
            },
        )
        if created and themes:
            action.themes.set(themes)


def load_evaluation(meeting, data):
    evaluation, created = Evaluation.objects.get_or_create(
        meeting=meeting,
        defaults={
            "extra_questions": data["extra_questions"],
            "published_summary": data["published_summary"],
        },
    )
    if not created:
        return
    question = evaluation.question_list()[0] if evaluation.question_list() else None
    for overall, format_fit, keep, change, extra in data["answers"]:
        Response.objects.create(
            evaluation=evaluation,
            overall=overall,
            format_fit=format_fit,
            keep=keep,
            change=change,
            extra_answers={question: extra} if question else {},
        )
    # Invitations for demo members: as many used as there are answers, two not (yet).
    # Nobody gets the links: the tokens are thrown away.
    demo_members = User.objects.exclude(email="trekker@example.org").order_by("pk")
    answered = len(data["answers"])
    for number, user in enumerate(demo_members[: answered + 2]):
        Invitation.objects.create(
            evaluation=evaluation,
            user=user,
            token_hash=Invitation.token_hash_of(Invitation.new_token()),
            sent_at=meeting.ends_at,
            used_at=timezone.now() if number < answered else None,
        )
