"""A trekker turns a follow-up action into a Klein-maar-Fijn project; the project says so."""

import pytest
from django.urls import reverse

from followup.models import Action
from projects.models import Project
from tests.followup.factories import make_action
from tests.meetings.factories import make_meeting

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
CHANGELIST = reverse("admin:followup_action_changelist")


def _make_project(client, *actions):
    return client.post(
        CHANGELIST,
        {"action": "make_project", "_selected_action": [str(action.pk) for action in actions]},
        follow=True,
    )


def test_admin_action_makes_a_project_that_links_back(trekker_client, member):
    meeting = make_meeting("Kennissessie gemeenten", days_from_now=-20)
    action = make_action(
        meeting,
        "Een **handreiking** voor gemeenten schrijven.\n\nMet voorbeelden uit de regio.",
        owner_member=member,
        themes=["gemeenten"],
    )
    response = _make_project(trekker_client, action)
    assert "gemaakt, als idee" in response.content.decode()
    action.refresh_from_db()
    project = action.project
    assert project.title == "Een handreiking voor gemeenten schrijven."
    assert project.status == Project.Status.IDEA  # the trekkers complete it before it shows
    assert "Met voorbeelden uit de regio." in project.aim
    assert meeting.get_absolute_url() in project.description
    assert list(project.meetings.all()) == [meeting]
    assert list(project.themes.names()) == ["gemeenten"]
    assert list(project.trekkers.all()) == [member]
    html = trekker_client.get(project.get_absolute_url()).content.decode()
    assert "Ontstaan uit vervolgactie van" in html
    assert f'{meeting.get_absolute_url()}#vervolgacties">Kennissessie gemeenten</a>' in html


def test_an_action_becomes_a_project_only_once(trekker_client):
    action = make_action(make_meeting(days_from_now=-5), "Een werkgroep starten.")
    _make_project(trekker_client, action)
    response = _make_project(trekker_client, action)
    assert Project.objects.count() == 1
    assert "is al een project" in response.content.decode()


def test_members_cannot_run_the_admin_action(member_client):
    action = make_action(make_meeting(days_from_now=-5), "Een werkgroep starten.")
    _make_project(member_client, action)
    assert not Project.objects.exists()
    assert Action.objects.get().project is None


def test_public_project_shows_its_origin_to_visitors(client):
    meeting = make_meeting("Live bijeenkomst", days_from_now=-50)
    project = Project.objects.create(
        title="Taalproject",
        slug="taalproject",
        summary="Over taal.",
        aim="Taal.",
        status=Project.Status.RUNNING,
    )
    make_action(meeting, "Taal rondom scheiding", project=project)
    html = client.get(project.get_absolute_url()).content.decode()
    assert "Ontstaan uit vervolgactie van" in html and "Live bijeenkomst" in html
