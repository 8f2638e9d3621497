"""Members who write a discouraged word get a gentle hint after saving, never a refusal."""

import pytest
from django.urls import reverse

from members.models import Perspective, Region
from projects.models import Project, Theme
from tests.taalcheck.factories import make_network_glossary

pytestmark = pytest.mark.django_db
HINT = "Opgeslagen, maar let op"


@pytest.fixture(autouse=True)
def glossary(db):
    return make_network_glossary()


def test_a_theme_with_a_discouraged_word_is_saved_with_a_hint(member_client):
    response = member_client.post(
        reverse("themes:propose"),
        {"title": "Kinderen in een vechtscheiding", "explanation": "Hoe praten we hierover?"},
        follow=True,
    )
    content = response.content.decode()
    assert Theme.objects.filter(title="Kinderen in een vechtscheiding").exists()
    assert HINT in content
    assert "„vechtscheiding”: gebruik liever „complexe scheidingsproblematiek”" in content


def test_a_project_idea_is_saved_as_written_with_a_hint(member_client):
    response = member_client.post(
        reverse("projects:propose"),
        {
            "title": "Taal bij scheiding",
            "summary": "Over ouderverstoting en vechtscheidingen.",
            "aim": "Beter praten.",
        },
        follow=True,
    )
    assert Project.objects.get(title="Taal bij scheiding").summary.startswith(
        "Over ouderverstoting"
    )
    content = response.content.decode()
    assert HINT in content
    assert "gebruik liever „contactverlies”" in content


def test_a_profile_text_gets_the_hint_and_a_clean_one_does_not(member_client):
    form = {
        "first_name": "Lotte",
        "last_name": "de Lid",
        "perspectives": [Perspective.PRACTICE],
        "region": Region.HAAGLANDEN,
        "network_role": "member",
        "contact_preference": "email",
        "visible_to_members": "on",
        "consent": "on",
    }
    url = reverse("members:edit_profile")
    clean = member_client.post(url, {**form, "bio": "Ik werk met gezinnen."}, follow=True)
    assert "Je profiel is opgeslagen." in clean.content.decode()
    assert HINT not in clean.content.decode()

    hinted = member_client.post(url, {**form, "bio": "Ik help bij vechtscheidingen."}, follow=True)
    assert "Je profiel is opgeslagen." in hinted.content.decode()
    assert HINT in hinted.content.decode()
