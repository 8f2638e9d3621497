"""Who can see what: anonymous, pending, member, member with a hidden profile, trekker."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from tests.members.test_photos import jpeg_bytes

PERSONAS = ["client", "pending_client", "member_client", "hidden_client", "trekker_client"]


def persona_client(request, name):
    return request.getfixturevalue(name)


def url_for(page, colleague, hidden_profile):
    return {
        "directory": reverse("members:directory"),
        "colleague": reverse("members:profile", args=[colleague.pk]),
        "colleague_photo": reverse("members:photo", args=[colleague.pk]),
        "hidden": reverse("members:profile", args=[hidden_profile.pk]),
        "hidden_photo": reverse("members:photo", args=[hidden_profile.pk]),
        "edit": reverse("members:edit_profile"),
        "my_data": reverse("members:my_data"),
        "download": reverse("members:download_my_data"),
        "delete": reverse("members:delete_account"),
        "export": reverse("members:export"),
        "organisations": reverse("network:organisations"),
        "privacy": reverse("network:privacy"),
    }[page]


LOGIN = "login"
# page -> expected answer per persona, in the order of PERSONAS.
EXPECTED = {
    "directory": [LOGIN, 403, 200, 200, 200],
    "colleague": [LOGIN, 403, 200, 200, 200],
    "colleague_photo": [LOGIN, 403, 200, 200, 200],
    "hidden": [LOGIN, 403, 404, 200, 200],
    "hidden_photo": [LOGIN, 403, 404, 200, 200],
    "edit": [LOGIN, 403, 200, 200, 200],
    "my_data": [LOGIN, 200, 200, 200, 200],
    "download": [LOGIN, 200, 200, 200, 200],
    "delete": [LOGIN, 200, 200, 200, 200],
    "export": [LOGIN, 403, 403, 403, 200],
    "organisations": [200, 200, 200, 200, 200],
    "privacy": [200, 200, 200, 200, 200],
}


@pytest.fixture
def photos(colleague, hidden_profile):
    for profile in [colleague, hidden_profile]:
        profile.photo.save("foto.jpg", ContentFile(jpeg_bytes()))


@pytest.mark.django_db
@pytest.mark.parametrize("page", EXPECTED)
@pytest.mark.parametrize("persona", PERSONAS)
def test_each_page_answers_each_persona_as_expected(
    request, page, persona, colleague, hidden_profile, pending, trekker, photos
):
    client = persona_client(request, persona)
    response = client.get(url_for(page, colleague, hidden_profile))
    expected = EXPECTED[page][PERSONAS.index(persona)]
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == expected
    if expected in (LOGIN, 403, 404) and response.get("Content-Type", "").startswith("text"):
        content = response.content.decode()
        for secret in ["Charlotte", "colleague@example.org", "Vincent", "verborgen@example.org"]:
            assert secret not in content


@pytest.mark.django_db
def test_pending_account_sees_the_waiting_page_instead_of_members(pending_client, colleague):
    response = pending_client.get(reverse("members:directory"))
    assert "wacht op goedkeuring" in response.content.decode()
    assert "Collega" not in response.content.decode()


@pytest.mark.django_db
def test_directory_lists_visible_members_but_never_hidden_ones(
    member_client, trekker_client, hidden_client, colleague, hidden_profile
):
    for client in [member_client, trekker_client, hidden_client]:
        content = client.get(reverse("members:directory")).content.decode()
        assert "Charlotte Collega" in content
        assert "Vincent Verborgen" not in content


@pytest.mark.django_db
def test_directory_never_shows_email_addresses(member_client, colleague):
    content = member_client.get(reverse("members:directory")).content.decode()
    assert "colleague@example.org" not in content


@pytest.mark.django_db
def test_profile_shows_email_only_when_the_member_allows_it(member_client, colleague):
    url = reverse("members:profile", args=[colleague.pk])
    assert "colleague@example.org" in member_client.get(url).content.decode()
    colleague.show_email = False
    colleague.save()
    assert "colleague@example.org" not in member_client.get(url).content.decode()


@pytest.mark.django_db
def test_trekker_is_told_that_a_hidden_profile_is_hidden(trekker_client, hidden_profile):
    content = trekker_client.get(reverse("members:profile", args=[hidden_profile.pk]))
    assert "verborgen voor andere leden" in content.content.decode()


@pytest.mark.django_db
def test_profiles_of_pending_or_unfinished_accounts_cannot_be_opened_by_members(member_client):
    from tests.members.factories import make_profile

    waiting = make_profile(email="w@example.org", approved=False)
    unfinished = make_profile(email="u@example.org", completed=False)
    for profile in [waiting, unfinished]:
        assert member_client.get(reverse("members:profile", args=[profile.pk])).status_code == 404


@pytest.mark.django_db
def test_my_profile_leads_a_new_member_to_the_form_and_a_pending_one_to_my_data(
    member_client, pending_client
):
    response = member_client.get(reverse("members:my_profile"))
    assert response["Location"] == reverse("members:edit_profile")
    response = pending_client.get(reverse("members:my_profile"))
    assert response["Location"] == reverse("members:my_data")


PUBLIC_PAGES = ["/", "/organisaties/", "/privacy/", "/zoeken/?q=triage", "/bijeenkomsten/"]


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["client", "pending_client"])
def test_public_pages_name_no_member_and_show_no_email_address(
    request, persona, colleague, hidden_profile
):
    client = persona_client(request, persona)
    for url in PUBLIC_PAGES:
        content = client.get(url).content.decode()
        for secret in ["Charlotte", "Collega", "colleague@example.org", "Verborgen"]:
            assert secret not in content, (url, secret)
