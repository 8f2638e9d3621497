"""The members directory: filters, search, pagination, the network's balance, query budgets."""

import pytest
from django.urls import reverse

from members.models import Organisation, Perspective, Region
from tests.members.factories import make_organisation, make_profile

DIRECTORY = reverse("members:directory")


def names_on(response):
    return [profile.user.get_full_name() for profile in response.context["page_obj"]]


@pytest.fixture
def network(db):
    tno = make_organisation("TNO")
    gouda = make_organisation("Gemeente Gouda", kind=Organisation.Kind.MUNICIPALITY)
    return {
        "anna": make_profile(
            email="anna@example.org",
            first_name="Anna",
            last_name="Onderzoeker",
            perspectives=[Perspective.RESEARCH, Perspective.EDUCATION],
            organisation=tno,
            region=Region.HAAGLANDEN,
            themes=["triage", "taal"],
        ),
        "bert": make_profile(
            email="bert@example.org",
            first_name="Bert",
            last_name="Beleid",
            perspectives=[Perspective.POLICY],
            organisation=gouda,
            region=Region.MIDDEN_HOLLAND,
            themes=["denkkader"],
        ),
        "olga": make_profile(
            email="olga@example.org",
            first_name="Olga",
            last_name="Ouder",
            perspectives=[Perspective.TARGET_GROUP],
            target_group_kind="parent",
            region=Region.HOLLAND_RIJNLAND,
            themes=["taal"],
        ),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expected",
    [
        ({}, ["Anna Onderzoeker", "Bert Beleid", "Olga Ouder"]),
        ({"perspective": "research"}, ["Anna Onderzoeker"]),
        ({"perspective": "education"}, ["Anna Onderzoeker"]),
        ({"perspective": "target-group"}, ["Olga Ouder"]),
        ({"region": "midden-holland"}, ["Bert Beleid"]),
        ({"theme": "taal"}, ["Anna Onderzoeker", "Olga Ouder"]),
        ({"q": "bert"}, ["Bert Beleid"]),
        ({"q": "olga ouder"}, ["Olga Ouder"]),
        ({"q": "niemand"}, []),
        ({"perspective": "research", "region": "holland-rijnland"}, []),
    ],
)
def test_directory_filters_members(member_client, network, query, expected):
    response = member_client.get(DIRECTORY, query)
    assert names_on(response) == expected


@pytest.mark.django_db
def test_directory_filters_by_organisation(member_client, network):
    tno = Organisation.objects.get(name="TNO")
    assert names_on(member_client.get(DIRECTORY, {"organisation": tno.pk})) == ["Anna Onderzoeker"]


@pytest.mark.django_db
def test_invalid_filter_shows_an_error_and_keeps_the_search_text(member_client, network):
    response = member_client.get(DIRECTORY, {"perspective": "juristen", "q": "Anna"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in content
    assert 'value="Anna"' in content


@pytest.mark.django_db
def test_directory_counts_members_per_perspective_and_names_what_is_missing(member_client, network):
    response = member_client.get(DIRECTORY)
    counts = dict(response.context["perspective_counts"])
    assert counts == {"Beleid": 1, "Onderwijs": 1, "Praktijk": 0, "Onderzoek": 1, "Doelgroep": 1}
    assert response.context["missing_perspectives"] == ["Praktijk"]
    assert "Rechtspraak" in response.context["missing_kinds"]
    assert "Advocatuur en mediation" in response.context["missing_kinds"]
    assert "Gemeente" not in response.context["missing_kinds"]
    assert "nog niemand vanuit praktijk" in response.content.decode()


@pytest.mark.django_db
def test_doelgroep_shows_its_kind(member_client, network):
    assert "Doelgroep (ouder)" in member_client.get(DIRECTORY).content.decode()


@pytest.mark.django_db
def test_directory_pages_through_members_and_keeps_the_filters(member_client):
    for number in range(25):
        make_profile(email=f"p{number}@example.org", first_name=f"Persoon{number:02}")
    first = member_client.get(DIRECTORY, {"perspective": "practice"})
    assert len(first.context["page_obj"]) == 20
    assert "perspective=practice&amp;page=2" in first.content.decode()
    second = member_client.get(DIRECTORY, {"perspective": "practice", "page": 2})
    assert len(second.context["page_obj"]) == 5


@pytest.mark.django_db
def test_member_without_profile_is_invited_to_fill_it_in(member_client, member, network):
    content = member_client.get(DIRECTORY).content.decode()
    assert "Vul je profiel in" in content
    make_profile(user=member)
    assert "Vul je profiel in" not in member_client.get(DIRECTORY).content.decode()


def fill_network(size):
    organisations = [make_organisation(f"Organisatie {number}") for number in range(5)]
    perspectives = list(Perspective)
    for number in range(size):
        make_profile(
            email=f"lid{number}@example.org",
            first_name=f"Lid{number}",
            perspectives=[perspectives[number % 5]],
            organisation=organisations[number % 5],
            themes=[f"thema {number % 7}", "taal"],
        )


# The directory page, whatever the number of members:
#  1 session, 2 user, 3 the viewer's own profile, 4 organisations for the filter,
#  5 themes for the filter, 6 count for the paginator, 7 the page of profiles (with user and
#  organisation joined), 8 their themes (prefetch), 9 counts per perspective,
#  10 counts per organisation kind, 11 the trekker check in the template (groups).
DIRECTORY_BUDGET = 11


@pytest.mark.django_db
@pytest.mark.parametrize("size", [3, 60])
def test_directory_runs_a_fixed_number_of_queries(member_client, get_within_budget, size):
    fill_network(size)
    response = get_within_budget(member_client, DIRECTORY, DIRECTORY_BUDGET)
    assert response.context["page_obj"].paginator.count == size


@pytest.mark.django_db
@pytest.mark.parametrize("size", [3, 60])
def test_filtered_directory_runs_a_fixed_number_of_queries(member_client, get_within_budget, size):
    fill_network(size)
    organisation = Organisation.objects.get(name="Organisatie 1")
    # As above, plus 1 to check the chosen organisation exists.
    url = f"{DIRECTORY}?perspective=education&organisation={organisation.pk}&theme=taal&q=lid"
    get_within_budget(member_client, url, DIRECTORY_BUDGET + 1)


# A profile page: 1 session, 2 user, 3 the profile with user and organisation, 4 its themes,
# 5 the trekker check (groups).
PROFILE_BUDGET = 5


@pytest.mark.django_db
def test_profile_page_runs_a_fixed_number_of_queries(member_client, get_within_budget, network):
    get_within_budget(
        member_client, reverse("members:profile", args=[network["anna"].pk]), PROFILE_BUDGET
    )
