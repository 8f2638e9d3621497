"""Projects and themes speed: the overview, a project page and the themes list.

Filled with 200 projects (about thirty times the demo), 40 participants each, and 200 themes
with votes. Target: under 200 ms per page on one core. Runs inside a transaction that is
rolled back, so the database is left as it was.
"""

from django.contrib.auth.models import AnonymousUser
from django.db import transaction

from bench.timing import measure_view
from members.models import User
from projects import views
from projects.models import Agenda, Participation, Project, Theme, ThemeSupport

TARGET_MS = 200
PROJECTS = 200
PEOPLE = 40
RUNS = 10


class _Rollback(Exception):
    pass


def _fill():
    agendas = [
        Agenda.objects.create(name=f"Bench-agenda {number}", slug=f"bench-agenda-{number}",
                              aim="Bench.", position=10 + number)
        for number in range(3)
    ]  # fmt: skip
    people = User.objects.bulk_create(
        User(
            email=f"bench-project{number}@example.org",
            first_name=f"Bench{number}",
            approval_status=User.ApprovalStatus.APPROVED,
        )
        for number in range(PEOPLE)
    )
    projects = []
    for number in range(PROJECTS):
        project = Project.objects.create(
            title=f"Bench-project {number}",
            summary="Een project om de snelheid te meten.",
            aim="Meten.",
            description="Over **complexe scheidingsproblematiek** en taal.\n\n" * 5,
            status=Project.Status.RUNNING,
        )
        project.agendas.set(agendas[: 1 + number % 3])
        project.trekkers.set(people[:2])
        project.themes.add(f"bench-thema-{number % 12}", "bench-triage")
        projects.append(project)
    Participation.objects.bulk_create(
        Participation(project=project, member=person) for project in projects for person in people
    )
    themes = Theme.objects.bulk_create(
        Theme(title=f"Bench-thema {number}", explanation="Waarom dit thema belangrijk is.")
        for number in range(PROJECTS)
    )
    ThemeSupport.objects.bulk_create(
        ThemeSupport(theme=theme, member=person) for theme in themes for person in people[:10]
    )
    return people[5], projects[-1]


def run() -> list[str]:
    lines = []
    try:
        with transaction.atomic():
            member, project = _fill()
            pages = [
                ("project overview", views.project_list, "/projecten/", ()),
                ("project page", views.project_detail, project.get_absolute_url(), (project.slug,)),
                ("themes list", views.theme_list, "/themas/", ()),
            ]
            for viewer_label, viewer in [("visitor", AnonymousUser()), ("member", member)]:
                for label, view, path, args in pages:
                    median, queries = measure_view(view, path, viewer, *args, runs=RUNS)
                    verdict = "ok" if median < TARGET_MS else "SLOWER THAN TARGET"
                    lines.append(
                        f"{label} as {viewer_label}, {PROJECTS} projects: median {median:.1f} ms, "
                        f"{queries} queries (target < {TARGET_MS} ms: {verdict})"
                    )
            raise _Rollback
    except _Rollback:
        pass
    return lines
