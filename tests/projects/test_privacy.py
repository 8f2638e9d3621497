"""Personal data in projects: in the member's download, and gone after deletion."""

import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder

from projects import privacy, services
from projects.models import Participation, Project, Theme, ThemeSupport
from tests.factories import make_user
from tests.projects.factories import make_project, make_theme


@pytest.fixture
def active_member(member, running_project):
    services.join_project(running_project, member, "Ik werk met de TS.")
    theme = services.propose_theme(
        member, title="Triage", explanation="Wanneer zet je de MASIC in bij een scheiding?"
    )
    services.support_theme(make_theme("Preventie"), member)
    services.propose_project(member, title="Mijn eigen idee", summary="Kort.", aim="Iets bereiken.")
    accepted = make_project("Aangenomen idee", proposed_by=member)
    accepted.updates.create(text="Eerste stap gezet.", author=member)
    return theme


@pytest.mark.django_db
def test_personal_data_lists_participation_proposals_and_themes(member, active_member):
    data = privacy.personal_data(member)
    json.dumps(data, cls=DjangoJSONEncoder)
    assert data["participations"][0]["motivation"] == "Ik werk met de TS."
    assert {p["title"] for p in data["project_proposals"]} == {"Mijn eigen idee", "Aangenomen idee"}
    assert data["themes_proposed"][0]["title"] == "Triage"
    assert data["themes_supported"] == ["Preventie"]
    assert data["project_updates"][0]["project"] == "Aangenomen idee"


@pytest.mark.django_db
def test_personal_data_holds_nothing_of_other_members(member, active_member):
    other = make_user("ander@example.org")
    assert privacy.personal_data(other) == {
        "participations": [],
        "projects_led": [],
        "project_proposals": [],
        "project_updates": [],
        "themes_proposed": [],
        "themes_supported": [],
    }


@pytest.mark.django_db
def test_erasing_keeps_published_content_as_oud_lid(member, active_member, client):
    privacy.erase_personal_data(member)
    assert not Participation.objects.filter(member=member).exists()
    assert not ThemeSupport.objects.filter(member=member).exists()
    assert not Project.objects.filter(title="Mijn eigen idee").exists()
    accepted = Project.objects.get(title="Aangenomen idee")
    assert accepted.proposed_by is None
    assert accepted.updates.get().author is None
    theme = Theme.objects.get(title="Triage")
    assert theme.proposed_by is None
    assert privacy.personal_data(member)["themes_proposed"] == []


@pytest.mark.django_db
def test_deleted_account_shows_as_oud_lid_on_the_theme_list(member_client, member):
    make_theme("Triage", proposed_by=member)
    member.delete()
    from django.test import Client

    from tests.factories import make_user as make

    viewer = Client()
    viewer.force_login(make("kijker@example.org"))
    content = viewer.get("/themas/").content.decode()
    assert "Ingebracht door oud-lid" in content
