"""What participation adds to the meeting page: open reflection questions and approved answers."""

from collections import defaultdict

from django.db.models import OuterRef, Subquery, prefetch_related_objects

from meetings.models import Reflection
from members.roles import is_approved_member
from participation.forms import ReflectionAnswerForm
from participation.models import ReflectionAnswer


def open_reflections_for(meeting, viewer) -> list:
    """Return the open questions with the viewer's form and own answer; members only.

    One query for a member (the questions, each with the member's own answer joined in),
    none for anyone else.
    """
    if not is_approved_member(viewer):
        return []
    own = ReflectionAnswer.objects.filter(reflection=OuterRef("pk"), author=viewer)
    reflections = (
        Reflection.objects.filter(report__meeting=meeting, opening__is_open=True)
        .annotate(
            own_text=Subquery(own.values("text")[:1]),
            own_show_name=Subquery(own.values("show_name")[:1]),
            own_status=Subquery(own.values("status")[:1]),
        )
        .order_by("position", "pk")
    )
    questions = []
    for reflection in reflections:
        answer = None
        initial = None
        if reflection.own_text is not None:
            answer = ReflectionAnswer(
                text=reflection.own_text,
                show_name=reflection.own_show_name,
                status=reflection.own_status,
            )
            initial = {"text": answer.text, "show_name": answer.show_name}
        form = ReflectionAnswerForm(initial=initial, reflection=reflection)
        questions.append({"reflection": reflection, "form": form, "answer": answer})
    return questions


def attach_approved_answers(report) -> None:
    """Give each reflection of the report `approved_answers`, in one query (none without any)."""
    if report is None:
        return
    # Kept on the report, so the template's `report.reflections.all` reads these objects.
    prefetch_related_objects([report], "reflections")
    reflections = list(report.reflections.all())
    if not reflections:
        return
    answers = defaultdict(list)
    for answer in (
        ReflectionAnswer.objects.approved()
        .filter(reflection__in=reflections)
        .select_related("author")
    ):
        answers[answer.reflection_id].append(answer)
    for reflection in reflections:
        reflection.approved_answers = answers[reflection.pk]


def participation_context(meeting, viewer, report) -> dict:
    attach_approved_answers(report)
    return {"open_reflections": open_reflections_for(meeting, viewer)}
