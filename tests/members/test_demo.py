"""The members demo content: organisations from the seeds and a varied, fictional network."""

import pytest

from members import demo
from members.models import Organisation, Perspective, Profile, Region, User


@pytest.fixture
def loaded(db):
    demo.load()


@pytest.mark.django_db
def test_demo_has_the_organisations_named_in_the_network_documents(loaded):
    names = set(Organisation.objects.values_list("name", flat=True))
    for name in ["TNO", "Veilig Thuis Haaglanden", "Kenniscentrum Kind en Scheiding",
                 "Werkplaats SAMEN", "Gemeente Gouda", "Gemeente Den Haag"]:  # fmt: skip
        assert name in names


@pytest.mark.django_db
def test_demo_members_cover_every_perspective_region_and_role(loaded):
    profiles = Profile.objects.of_approved_members().completed()
    assert profiles.count() >= 24
    assert all(profiles.count_per_perspective().values())
    assert {profile.region for profile in profiles} == set(Region.values)
    assert {profile.network_role for profile in profiles} == set(Profile.NetworkRole.values)
    target_group = profiles.with_perspective(Perspective.TARGET_GROUP)
    assert {profile.target_group_kind for profile in target_group} == set(
        Profile.TargetGroupKind.values
    )


@pytest.mark.django_db
def test_demo_people_are_fictional_with_example_addresses_and_one_waits(loaded):
    assert not User.objects.exclude(email__endswith="@example.org").exists()
    assert User.objects.filter(approval_status=User.ApprovalStatus.PENDING).count() == 1


@pytest.mark.django_db
def test_demo_accounts_of_the_readme_have_filled_in_profiles(loaded):
    for email in ["trekker@example.org", "lid@example.org"]:
        assert User.objects.get(email=email).profile.is_completed()
