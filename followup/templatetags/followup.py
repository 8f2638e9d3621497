from django import template
from django.db.models import Q

from followup.models import Action, Evaluation
from members.roles import is_approved_member

register = template.Library()


@register.simple_tag
def actions_around(meeting, user):
    """Return (the meeting's own actions, the ones carried into it) for members, in one query.

    Carried in: actions from earlier meetings that were still open when this one began.
    Visitors and pending accounts get two empty lists: who does what is for members.
    """
    if meeting is None or meeting.pk is None or not is_approved_member(user):
        return {"own": [], "carried_in": []}
    actions = Action.objects.for_pages().filter(
        Q(meeting=meeting) | Q(pk__in=Action.objects.carried_into(meeting).values("pk"))
    )
    own, carried_in = [], []
    for action in actions.order_by("meeting__starts_at", "position", "pk"):
        (own if action.meeting_id == meeting.pk else carried_in).append(action)
    return {"own": own, "carried_in": carried_in}


@register.simple_tag
def published_evaluation_summary(meeting):
    """Return the evaluation summary the trekkers wrote for the report, or "" (one query)."""
    if meeting is None or meeting.pk is None:
        return ""
    summary = (
        Evaluation.objects.filter(meeting=meeting)
        .values_list("published_summary_html", flat=True)
        .first()
    )
    return summary or ""


@register.simple_tag
def origin_actions_of(project):
    """Return the follow-up actions the project grew out of, with their meetings (one query)."""
    if project is None or project.pk is None:
        return []
    return list(Action.objects.filter(project=project).select_related("meeting"))
