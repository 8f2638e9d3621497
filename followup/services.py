"""Workflows of follow-up: changing an action's status, turning it into a project, evaluating."""

from datetime import timedelta
from statistics import mean

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from followup.models import Action, ActionChange, Evaluation, Invitation, Response
from leernetwerk.mail import queue
from meetings.models import Meeting, Registration
from projects.models import Project, unique_slug

# Invitations go out the day after a meeting; a worker that was down catches up this long.
INVITE_WITHIN_DAYS = 7


class InvitationUnusable(Exception):
    """The evaluation link is unknown or has been used; `used` says which."""

    def __init__(self, used: bool):
        super().__init__("used" if used else "unknown")
        self.used = used


# -- Actions ------------------------------------------------------------------------------


def update_action(action, user, *, status, note) -> ActionChange | None:
    """Set the action's status and note as `user`; return the history row, or None if unchanged.

    The caller checks `action.can_be_updated_by(user)`; the row lock keeps two quick changes
    from writing the same "from" status twice.
    """
    with transaction.atomic():
        action = Action.objects.select_for_update().get(pk=action.pk)
        if action.status == status and action.note == note:
            return None
        change = ActionChange.objects.create(
            action=action,
            changed_by=user,
            from_status=action.status,
            to_status=status,
            note=note,
        )
        action.status = status
        action.note = note
        action.save(update_fields=["status", "note", "closed_at", "updated_at"])
    return change


def turn_into_project(action) -> tuple[Project, bool]:
    """Create a Klein-maar-Fijn project (an idea, for the trekkers to complete) from the action.

    Returns the project and whether it is new: an action that already became a project keeps
    that one.
    """
    with transaction.atomic():
        action = Action.objects.select_for_update().select_related("meeting").get(pk=action.pk)
        if action.project_id:
            return action.project, False
        meeting = action.meeting
        meeting_url = meeting.get_absolute_url()
        title = action.title(length=200)
        project = Project.objects.create(
            title=title,
            slug=unique_slug(Project, title),
            summary=action.title(length=300),
            aim=action.description,
            description=(
                f"{action.description}\n\n"
                f"Ontstaan uit een vervolgactie van [{meeting.title}]({meeting_url}#vervolgacties)."
            ),
            status=Project.Status.IDEA,
            review=Project.Review.ACCEPTED,
        )
        project.meetings.add(meeting)
        project.themes.set(list(action.themes.names()))
        if action.owner_member_id:
            project.trekkers.add(action.owner_member_id)
        action.project = project
        action.save(update_fields=["project", "updated_at"])
    return project, True


# -- Evaluation ---------------------------------------------------------------------------


def meetings_to_evaluate(now=None):
    """Meetings that ended before today (Amsterdam) and at most INVITE_WITHIN_DAYS ago."""
    now = now or timezone.now()
    start_of_today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return (
        Meeting.objects.exclude(status=Meeting.Status.CANCELLED)
        .filter(ends_at__lt=start_of_today)
        .filter(ends_at__gte=start_of_today - timedelta(days=INVITE_WITHIN_DAYS))
    )


def invite_for_evaluations(now=None) -> int:
    """Invite every confirmed registrant of the meetings to evaluate; return how many mails.

    Each invitation row and its mail are written in one transaction, and the row is unique per
    meeting and member: a second run, or two workers at once, mail nobody twice.
    """
    invited = 0
    for meeting in meetings_to_evaluate(now):
        evaluation, _ = Evaluation.objects.get_or_create(meeting=meeting)
        registrants = (
            Registration.objects.confirmed()
            .filter(meeting=meeting, user__is_active=True)
            .exclude(user__evaluation_invitations__evaluation=evaluation)
            .select_related("user")
        )
        for registration in registrants:
            invited += invite(evaluation, registration.user)
    return invited


def invite(evaluation, user) -> bool:
    """Create the member's invitation and queue its mail; return False if they had one."""
    token = Invitation.new_token()
    try:
        with transaction.atomic():
            Invitation.objects.create(
                evaluation=evaluation, user=user, token_hash=Invitation.token_hash_of(token)
            )
            _queue_invitation_mail(evaluation, user, token)
    except IntegrityError:
        return False
    return True


def _queue_invitation_mail(evaluation, user, token):
    meeting = evaluation.meeting
    context = {
        "user": user,
        "meeting": meeting,
        "link": settings.SITE_URL + reverse("followup:evaluate", args=[token]),
    }
    message = EmailMultiAlternatives(
        subject=f"{settings.EMAIL_SUBJECT_PREFIX}Hoe was {meeting.title}?",
        body=render_to_string("followup/email/evaluation_invitation.txt", context),
        to=[user.email],
    )
    # Confidential: the personal link is not kept in the outbox once the mail has gone.
    queue(message, confidential=True)


def usable_invitation(token: str, *, lock=False) -> Invitation:
    """Return the unused invitation of the token, or raise InvitationUnusable."""
    invitations = Invitation.objects.with_token(token).select_related("evaluation__meeting")
    if lock:
        invitations = invitations.select_for_update(of=("self",))
    invitation = invitations.first()
    if invitation is None or invitation.is_used():
        raise InvitationUnusable(used=invitation is not None)
    return invitation


def submit_response(token: str, *, overall, format_fit, keep, change, extra_answers) -> Response:
    """Store the answers without the person, and mark the link used, both or neither."""
    with transaction.atomic():
        invitation = usable_invitation(token, lock=True)
        response = Response.objects.create(
            evaluation=invitation.evaluation,
            overall=overall,
            format_fit=format_fit,
            keep=keep,
            change=change,
            extra_answers=extra_answers,
        )
        invitation.used_at = timezone.now()
        invitation.save(update_fields=["used_at"])
    return response


def summarise(evaluation, responses=None, invited=None) -> dict:
    """Return counts, the average and the texts of an evaluation's answers."""
    if responses is None:
        responses = list(evaluation.responses.all())
    if invited is None:
        invited = evaluation.invitations.count()
    scores = [response.overall for response in responses]
    format_counts = {label: 0 for label in Response.FormatFit.labels}
    for response in responses:
        format_counts[response.get_format_fit_display()] += 1
    extra = {question: [] for question in evaluation.question_list()}
    for response in responses:
        for question, answer in response.extra_answers.items():
            if answer:
                extra.setdefault(question, []).append(answer)
    return {
        "invited": invited,
        "answered": len(responses),
        "average": round(mean(scores), 1) if scores else None,
        "scores": {score: scores.count(score) for score in range(1, 6)},
        "format_counts": format_counts,
        "keep": [response.keep for response in responses if response.keep],
        "change": [response.change for response in responses if response.change],
        "extra": extra,
    }
