"""Factories for open reflection questions, answers, attendance and kwartiertje offers."""

from meetings.models import Reflection
from participation.models import Attendance, KwartiertjeOffer, ReflectionAnswer, ReflectionOpening
from tests.meetings.factories import make_meeting, make_report


def make_open_reflection(meeting=None, question="Wat neem je mee naar je eigen werk?", **fields):
    """Return a reflection question of the meeting's report, opened to members."""
    meeting = meeting or make_meeting("Kwartaalbijeenkomst najaar", days_from_now=-3)
    report = getattr(meeting, "report", None) or make_report(meeting, published=True)
    reflection = Reflection.objects.create(report=report, question=question)
    ReflectionOpening.objects.create(reflection=reflection, **fields)
    return reflection


def make_answer(reflection, author, text="Meer samenwerken met school.", **fields):
    return ReflectionAnswer.objects.create(
        reflection=reflection, author=author, text=text, **fields
    )


def make_walk_in(meeting, name="Wendy Binnenloper", perspectives=("practice",), **fields):
    return Attendance.objects.create(
        meeting=meeting,
        name=name,
        perspectives=list(perspectives),
        region=fields.pop("region", "haaglanden"),
        is_walk_in=True,
        **fields,
    )


def make_offer(member, topic="Werken met het gezinsplan", **fields):
    return KwartiertjeOffer.objects.create(
        member=member,
        topic=topic,
        description=fields.pop("description", "Hoe wij ouders samen laten plannen."),
        **fields,
    )
