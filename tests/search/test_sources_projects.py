"""Public projects and member themes are findable; ideas and proposals never."""

import pytest
from django.contrib.auth.models import AnonymousUser

from projects.models import Project, ProjectUpdate, Theme
from search.query import search
from tests.projects.factories import make_agenda, make_meeting, make_project, make_theme

pytestmark = pytest.mark.django_db


def titles(query, kind, user=None):
    results = search(query, user or AnonymousUser(), kind=kind)
    return [hit.title for hit in results.page.object_list] if results.page else []


def test_running_project_is_found_by_title_agenda_theme_and_text():
    make_project(
        "Conflictdiagnostiek en triage",
        agendas=[make_agenda("Onderzoek- en ontwikkelagenda")],
        themes=["veiligheid"],
        description="We toetsen de **Triagelijst Scheiding** in de praktijk.",
    )
    for query in ["conflictdiagnostiek", "ontwikkelagenda", "veiligheid", "triagelijst"]:
        assert titles(query, "project") == ["Conflictdiagnostiek en triage"], query


def test_ideas_and_proposals_are_never_found(member):
    make_project("Geheim idee", status=Project.Status.IDEA)
    make_project("Voorstel van een lid", review=Project.Review.PROPOSED, proposed_by=member)
    make_project("Afgewezen voorstel", review=Project.Review.DECLINED)
    for query in ["geheim", "voorstel", "afgewezen"]:
        assert titles(query, "project", member) == []


def test_accepting_a_proposal_makes_it_findable_at_once(member):
    project = make_project("Cultuursensitief werken", review=Project.Review.PROPOSED)
    assert titles("cultuursensitief", "project") == []
    project.review = Project.Review.ACCEPTED
    project.save()
    assert titles("cultuursensitief", "project") == ["Cultuursensitief werken"]


def test_project_update_is_findable_through_its_project(trekker):
    project = make_project("Regiolab borgen")
    ProjectUpdate.objects.create(project=project, text="De *evaluatie* is klaar.", author=trekker)
    assert titles("evaluatie", "project") == ["Regiolab borgen"]


def test_renamed_agenda_updates_its_projects():
    agenda = make_agenda("Veranderagenda")
    make_project("Gedeelde visie", agendas=[agenda])
    agenda.name = "Agenda voor verandering"
    agenda.save()
    assert titles("verandering", "project") == ["Gedeelde visie"]


def test_member_theme_is_found_without_who_proposed_it(member):
    make_theme("Cultuursensitief werken", proposed_by=member)
    results = search("cultuursensitief", AnonymousUser())
    (group,) = results.groups
    assert [hit.title for hit in group.hits] == ["Cultuursensitief werken"]
    assert member.first_name not in group.hits[0].snippet
    assert titles("lotte", "theme", member) == []


def test_scheduled_theme_is_found_by_its_meeting():
    meeting = make_meeting("Kwartaalbijeenkomst voorjaar")
    theme = make_theme("Triage")
    theme.status = Theme.Status.SCHEDULED
    theme.meeting = meeting
    theme.save()
    assert titles("voorjaar", "theme") == ["Triage"]
