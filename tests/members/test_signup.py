"""Sign-up asks what trekkers need to approve someone, and keeps it on a hidden profile."""

import pytest
from django.urls import reverse

from members.models import Organisation, Perspective, Profile, Region, User
from tests.factories import signup_data

pytestmark = pytest.mark.django_db


def test_sign_up_keeps_name_organisation_perspectives_region_and_motivation(client):
    organisation = Organisation.objects.create(name="Veilig Thuis Haaglanden")
    response = client.post(
        reverse("account_signup"),
        signup_data(
            "anna@example.org",
            first_name="Anna",
            last_name="de Vries",
            organisation=organisation.pk,
            perspectives=[Perspective.PRACTICE, Perspective.RESEARCH],
            region=Region.MIDDEN_HOLLAND,
            motivation="Ik wil weten hoe andere regio's triage doen.",
        ),
    )
    assert response.status_code == 302
    user = User.objects.get(email="anna@example.org")
    assert (user.first_name, user.last_name) == ("Anna", "de Vries")
    assert user.approval_status == User.ApprovalStatus.PENDING
    profile = user.profile
    assert profile.organisation == organisation
    assert profile.perspectives == [Perspective.PRACTICE, Perspective.RESEARCH]
    assert profile.region == Region.MIDDEN_HOLLAND
    assert profile.motivation == "Ik wil weten hoe andere regio's triage doen."
    # Not a completed profile: nobody finds it in the directory before the member fills it in.
    assert not profile.is_completed()
    assert not Profile.objects.in_directory().filter(pk=profile.pk).exists()


def test_sign_up_without_the_questions_says_what_is_missing_and_keeps_what_was_typed(client):
    data = signup_data("bram@example.org", first_name="Bram", perspectives=[], region="")
    del data["motivation"]
    response = client.post(reverse("account_signup"), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Kies minstens één perspectief." in content
    assert "Kies een regio, of Elders." in content
    assert "Schrijf in een zin waarom je mee wilt doen." in content
    assert 'value="Bram"' in content
    assert 'value="bram@example.org"' in content
    assert not User.objects.filter(email="bram@example.org").exists()


def test_sign_up_asks_the_questions_in_the_order_people_answer_them(client):
    content = client.get(reverse("account_signup")).content.decode()
    positions = [
        content.index(f'name="{name}"')
        for name in ["first_name", "last_name", "email", "organisation", "perspectives",
                     "region", "motivation", "password1", "password2"]
    ]  # fmt: skip
    assert positions == sorted(positions)


def test_trekker_sees_who_signed_up_in_the_account_list(client, trekker_client):
    client.post(
        reverse("account_signup"),
        signup_data("carla@example.org", first_name="Carla", last_name="Kok",
                    perspectives=[Perspective.POLICY], region=Region.HOLLAND_RIJNLAND,
                    motivation="Ik maak beleid voor scheidende gezinnen."),
    )  # fmt: skip
    content = trekker_client.get(
        reverse("admin:members_user_changelist") + "?approval_status__exact=pending"
    ).content.decode()
    for shown in ["carla@example.org", "Carla", "Kok", "Beleid", "Holland-Rijnland",
                  "Ik maak beleid voor scheidende gezinnen."]:  # fmt: skip
        assert shown in content
