"""Filling in and changing one's own profile."""

import pytest
from django.urls import reverse

from members.models import Perspective, Profile
from tests.members.factories import make_organisation, make_profile
from tests.members.test_photos import profile_data

EDIT = reverse("members:edit_profile")


@pytest.mark.django_db
def test_new_member_fills_in_the_profile_and_lands_on_it(member_client, member):
    organisation = make_organisation("Gemeente Gouda")
    response = member_client.post(
        EDIT,
        profile_data(
            first_name="Lotte",
            last_name="Lindeman",
            perspectives=[Perspective.POLICY, Perspective.TARGET_GROUP],
            target_group_kind="parent",
            organisation=organisation.pk,
            themes="triage, taal rond scheiding",
            show_email="on",
        ),
    )
    profile = Profile.objects.get(user=member)
    assert response["Location"] == profile.get_absolute_url()
    assert profile.is_completed()
    assert profile.perspectives == ["policy", "target-group"]
    assert profile.organisation == organisation
    assert sorted(profile.themes.names()) == ["taal rond scheiding", "triage"]
    member.refresh_from_db()
    assert member.last_name == "Lindeman"
    content = member_client.get(response["Location"]).content.decode()
    assert "Doelgroep (ouder)" in content
    assert "lid@example.org" in content


@pytest.mark.django_db
def test_first_visit_to_the_form_welcomes_the_member(member_client):
    content = member_client.get(EDIT).content.decode()
    assert "Vul je profiel in" in content
    assert 'value="Lotte"' in content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"perspectives": []}, "perspectives", "Kies minstens één perspectief."),
        ({"region": ""}, "region", "Kies je regio."),
        (
            {"perspectives": ["target-group"], "target_group_kind": ""},
            "target_group_kind",
            "kies ook of je ouder, jongere of ervaringsdeskundige bent",
        ),
        (
            {"perspectives": ["policy"], "target_group_kind": "youth"},
            "target_group_kind",
            "hoort alleen bij het perspectief Doelgroep",
        ),
        ({"bio": "x" * 801}, "bio", "800"),
    ],
)
def test_bad_profile_input_gets_a_dutch_error_and_keeps_what_was_typed(
    member_client, member, changes, field, message
):
    response = member_client.post(
        EDIT, profile_data(function="Jeugdconsulent", themes="eigen thema", **changes)
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert any(message in error for error in form.errors[field])
    content = response.content.decode()
    assert 'class="error-summary"' in content
    assert f'<a href="#id_{field}' in content
    assert 'value="Jeugdconsulent"' in content
    assert "eigen thema" in content
    assert not Profile.objects.get(user=member).is_completed()


@pytest.mark.django_db
def test_member_can_hide_the_profile(member_client, member, colleague):
    make_profile(user=member)
    member_client.post(EDIT, profile_data(visible_to_members=""))
    assert not Profile.objects.get(user=member).visible_to_members
    assert "Lotte" not in member_client.get(reverse("members:directory")).content.decode()


@pytest.mark.django_db
def test_organisations_page_lists_names_for_everyone_but_no_people(client, colleague):
    make_organisation("Raad voor de Kinderbescherming", kind="judiciary")
    response = client.get(reverse("network:organisations"))
    content = response.content.decode()
    assert "TNO" in content
    assert "Raad voor de Kinderbescherming" in content
    assert "Rechtspraak" in content
    assert "Charlotte" not in content and "colleague@example.org" not in content


@pytest.mark.django_db
def test_privacy_statement_explains_in_plain_dutch_who_sees_what(client):
    content = client.get(reverse("network:privacy")).content.decode()
    for phrase in ["Wie ziet je gegevens?", "downloaden", "oud-lid", "Autoriteit Persoonsgegevens"]:
        assert phrase in content


@pytest.mark.django_db
def test_organisations_are_grouped_with_municipalities_first(client):
    make_organisation("TNO")
    make_organisation("Gemeente Gouda", kind="municipality")
    content = client.get(reverse("network:organisations")).content.decode()
    assert content.index("Gemeente Gouda") < content.index("TNO")
