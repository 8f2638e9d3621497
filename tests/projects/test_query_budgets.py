"""Every projects page runs a fixed number of queries, whatever the number of projects."""

import pytest
from django.urls import reverse

from projects import services
from projects.models import Theme
from tests.factories import make_user
from tests.projects.factories import make_agenda, make_meeting, make_project, make_theme

SIZES = [2, 25]


def fill(size):
    """Make `size` projects with agendas, themes, trekkers, participants, outputs and updates."""
    agendas = [make_agenda("Veranderagenda"), make_agenda("Opleidingsagenda", position=1)]
    meeting = make_meeting()
    people = [make_user(f"persoon{n}@example.org", first_name=f"P{n}") for n in range(size)]
    projects = []
    for number in range(size):
        project = make_project(
            f"Project {number}",
            agendas=agendas[: 1 + number % 2],
            trekkers=people[:2],
            themes=[f"thema-{number % 5}", "triage"],
            description="Over **taal** en triage.",
        )
        project.meetings.add(meeting)
        project.links.create(title="Begrippenkader", url="/begrippen/")
        project.updates.create(text=f"Nieuws {number}", author=people[0])
        for person in people[: min(size, 10)]:
            services.join_project(project, person)
        projects.append(project)
        theme = make_theme(f"Thema {number}", proposed_by=people[number])
        for person in people[:5]:
            services.support_theme(theme, person)
        if number % 3 == 0:
            theme.status, theme.meeting = Theme.Status.SCHEDULED, meeting
            theme.save()
    return projects


@pytest.mark.django_db
@pytest.mark.parametrize("size", SIZES)
def test_project_overview_budget(client, member_client, get_within_budget, size):
    fill(size)
    # Anonymous: content type for the tag lookup, the themes in use, the projects with their
    # participant counts, their agendas, their themes, all agendas.
    get_within_budget(client, reverse("projects:index"), 6)
    # Member: the same plus the session, the user and the member's own waiting proposals.
    get_within_budget(member_client, reverse("projects:index") + "?thema=triage", 9)


@pytest.mark.django_db
@pytest.mark.parametrize("size", SIZES)
def test_project_page_budget(client, member_client, get_within_budget, size):
    project = fill(size)[-1]
    # Anonymous: the visible project, the project again with the proposer, its agendas, the
    # content type and its themes, documents, links, meetings, trekkers, updates with authors,
    # the participant count, the kennisbank's publications about it, and the glossary linker
    # (version and labels).
    get_within_budget(client, project.get_absolute_url(), 13)
    # Member: plus the session, the user and the trekker group check; the participant list
    # (with members) replaces the count.
    get_within_budget(member_client, project.get_absolute_url(), 16)


@pytest.mark.django_db
@pytest.mark.parametrize("size", SIZES)
def test_theme_list_budget(client, member_client, get_within_budget, size):
    fill(size)
    # Anonymous: the themes with support counts, meetings and proposers.
    get_within_budget(client, reverse("themes:index"), 1)
    # Member: session, user, the themes, the member's own votes, the trekker group check.
    get_within_budget(member_client, reverse("themes:index"), 5)


@pytest.mark.django_db
def test_proposal_form_budget(member_client, get_within_budget):
    make_agenda("Veranderagenda")
    # Session, user, the agendas for the checkboxes.
    get_within_budget(member_client, reverse("projects:propose"), 3)
