"""Factories for agendas, projects and member themes."""

from datetime import timedelta

from meetings.models import Meeting
from projects.models import Agenda, Project, Theme
from tests.factories import local_datetime, make_user


def make_agenda(name="Opleidingsagenda", *, position=0):
    agenda, _ = Agenda.objects.get_or_create(
        name=name,
        defaults={
            "slug": name.lower().replace(" ", "-"),
            "aim": f"Het doel van de {name.lower()}.",
            "position": position,
        },
    )
    return agenda


def make_project(
    title="Taal rondom scheiding",
    *,
    status=Project.Status.RUNNING,
    review=Project.Review.ACCEPTED,
    agendas=(),
    trekkers=(),
    themes=(),
    description="",
    proposed_by=None,
):
    project = Project.objects.create(
        title=title,
        summary=f"Samenvatting van {title}.",
        aim=f"Het doel van {title}.",
        description=description,
        status=status,
        review=review,
        proposed_by=proposed_by,
    )
    project.agendas.set(agendas)
    project.trekkers.set(trekkers)
    if themes:
        project.themes.set(list(themes))
    return project


def make_meeting(title="Kwartaalbijeenkomst", *, days_from_now=14):
    starts_at = local_datetime(days_from_now)
    return Meeting.objects.create(
        title=title,
        slug=f"{title.lower().replace(' ', '-')}-{days_from_now}",
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
    )


def make_theme(
    title="Cultuursensitief werken",
    *,
    proposed_by=None,
    status=Theme.Status.PROPOSED,
    meeting=None,
):
    return Theme.objects.create(
        title=title,
        explanation=f"Waarom {title.lower()} belangrijk is voor gezinnen.",
        proposed_by=proposed_by,
        status=status,
        meeting=meeting,
    )


def make_members(count, *, prefix="deelnemer"):
    return [
        make_user(f"{prefix}{number}@example.org", first_name=f"Deelnemer{number}")
        for number in range(count)
    ]
