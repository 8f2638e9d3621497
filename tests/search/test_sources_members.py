"""Member profiles are findable by approved members only, and only when listed."""

import pytest
from django.contrib.auth.models import AnonymousUser

from search.models import SearchDocument
from search.query import search
from tests.members.factories import make_organisation, make_profile

pytestmark = pytest.mark.django_db


def member_titles(query, user):
    results = search(query, user, kind="member")
    return [hit.title for hit in results.page.object_list] if results.page else []


def test_profile_is_found_by_name_organisation_function_perspective_and_themes(member):
    make_profile(
        first_name="Fatima", last_name="Bakker", function="Gezinscoach",
        organisation=make_organisation("Veilig Thuis Haaglanden"), themes=["triage"],
        bio="Ik werk met ouders die vastlopen.",
    )  # fmt: skip
    for query in [
        "fatima bakker",
        "veilig thuis",
        "gezinscoach",
        "praktijk",
        "triage",
        "vastlopen",
    ]:
        assert member_titles(query, member) == ["Fatima Bakker"], query


def test_profiles_are_never_found_by_anonymous_or_pending_visitors(pending):
    make_profile(first_name="Fatima", last_name="Bakker")
    assert member_titles("fatima", AnonymousUser()) == []
    assert member_titles("fatima", pending) == []
    assert not search("fatima", pending).counts


def test_email_address_is_never_indexed(member):
    profile = make_profile(first_name="Fatima", email="fatima@example.org", show_email=True)
    document = SearchDocument.objects.get(object_id=profile.pk, kind="member")
    assert "example.org" not in document.title + document.labels + document.body
    assert member_titles("fatima@example.org", member) == []
    assert member_titles("fatima", member) == ["Fatima Collega"]


def test_hidden_unfinished_pending_and_inactive_profiles_are_not_findable(member):
    make_profile(email="a@example.org", first_name="Verborgen", visible=False)
    make_profile(email="b@example.org", first_name="Onaf", completed=False)
    make_profile(email="c@example.org", first_name="Wachtend", approved=False)
    inactive = make_profile(email="d@example.org", first_name="Inactief")
    inactive.user.is_active = False
    inactive.user.save()
    assert not SearchDocument.objects.filter(kind="member").exists()


def test_approval_and_name_changes_update_the_profile_document(member):
    profile = make_profile(first_name="Fatima", approved=False)
    assert member_titles("fatima", member) == []
    profile.user.approve()
    assert member_titles("fatima", member) == ["Fatima Collega"]
    profile.user.first_name = "Femke"
    profile.user.save()
    assert member_titles("femke", member) == ["Femke Collega"]
    assert member_titles("fatima", member) == []


def test_renamed_organisation_updates_its_members(member):
    organisation = make_organisation("Kenniscentrum")
    make_profile(first_name="Fatima", organisation=organisation)
    organisation.name = "Kenniscentrum Kind en Scheiding"
    organisation.save()
    assert member_titles("kind scheiding", member) == ["Fatima Collega"]


def test_deleted_account_leaves_the_index(member):
    profile = make_profile(first_name="Fatima")
    profile.user.delete()
    assert not SearchDocument.objects.filter(kind="member").exists()


def test_hiding_a_profile_removes_it_at_once(member):
    profile = make_profile(first_name="Fatima")
    profile.visible_to_members = False
    profile.save()
    assert member_titles("fatima", member) == []
