"""The home page shows running projects and proposed member themes, or says there are none."""

import pytest

from projects.models import Project, Theme, ThemeSupport
from tests.factories import make_user
from tests.projects.factories import make_meeting, make_project, make_theme

pytestmark = pytest.mark.django_db


def test_running_projects_are_shown_and_others_not(client):
    make_project("Taal rondom scheiding")
    make_project("Afgerond project", status=Project.Status.FINISHED)
    make_project("Geheim idee", status=Project.Status.IDEA)
    make_project("Voorstel", review=Project.Review.PROPOSED)
    content = client.get("/").content.decode()
    assert "Taal rondom scheiding" in content
    for hidden in ["Afgerond project", "Geheim idee", "Voorstel"]:
        assert hidden not in content


def test_proposed_themes_are_shown_with_most_support_first(client):
    quiet = make_theme("Rol van school")
    popular = make_theme("Cultuursensitief werken")
    scheduled = make_theme("Al gepland", status=Theme.Status.SCHEDULED, meeting=make_meeting())
    for number in range(2):
        ThemeSupport.objects.create(theme=popular, member=make_user(f"l{number}@example.org"))
    content = client.get("/").content.decode()
    assert content.index(popular.title) < content.index(quiet.title)
    assert "2 leden steunen dit" in content
    assert scheduled.title not in content


def test_empty_blocks_say_so(client):
    content = client.get("/").content.decode()
    assert "Er lopen op dit moment geen projecten." in content
    assert "Er zijn nog geen thema's voorgesteld." in content
