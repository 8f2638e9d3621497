"""What participation adds to the meeting page: open reflection questions and approved answers."""

from collections import defaultdict

from meetings.models import Reflection
from members.roles import is_approved_member
from participation.forms import ReflectionAnswerForm
from participation.models import ReflectionAnswer


def open_reflections_for(meeting, viewer) -> list:
    """Return the open questions with the viewer's form and own answer; members only.

    Two queries for a member (the questions, their own answers), none for anyone else.
    """
    if not is_approved_member(viewer):
        return []
    reflections = list(
        Reflection.objects.filter(report__meeting=meeting, opening__is_open=True).order_by(
            "position", "pk"
        )
    )
    if not reflections:
        return []
    own_answers = {
        answer.reflection_id: answer
        for answer in ReflectionAnswer.objects.filter(author=viewer, reflection__in=reflections)
    }
    questions = []
    for reflection in reflections:
        answer = own_answers.get(reflection.pk)
        initial = {"text": answer.text, "show_name": answer.show_name} if answer else None
        form = ReflectionAnswerForm(initial=initial, reflection=reflection)
        questions.append({"reflection": reflection, "form": form, "answer": answer})
    return questions


def attach_approved_answers(report) -> None:
    """Give each reflection of the report `approved_answers`, in one query (none without any)."""
    if report is None:
        return
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
