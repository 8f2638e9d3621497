"""Bad input is a clear 400, never a 500: NUL bytes in parameters, JSON nested too deeply."""

import pytest
from django.test import Client

from glossary.models import Entry
from projects.models import Theme
from tests.glossary.factories import make_entry
from tests.meetings.factories import make_meeting
from tests.projects.factories import make_project

pytestmark = pytest.mark.django_db

# Every GET route that reads parameters, with each parameter it reads (and one it does not).
PUBLIC_ROUTES_WITH_PARAMETERS = [
    "/zoeken/?q=%00",
    "/zoeken/?q=ouders&soort=%00",
    "/zoeken/?q=ouders&page=%00",
    "/zoeken/?%00=1",
    "/begrippen/?thema=%00",
    "/begrippen/?q=%00",
    "/begrippen/zoeken/?q=%00",
    "/begrippen/zoeken/?q=ouder&alle=%00",
    "/begrippen/ouderschap/?gezocht=%00",
    "/bijeenkomsten/?thema=%00",
    "/bijeenkomsten/?soort=%00",
    "/bijeenkomsten/?page=%00",
    "/bijeenkomsten/factsheets/?page=%00",
    "/bijeenkomsten/overleg/?deelname=%00",
    "/projecten/?thema=%00",
    "/projecten/?status=%00",
    "/themas/?x=%00",
    "/organisaties/?q=%00",
    "/?q=%00",
]
MEMBER_ROUTES_WITH_PARAMETERS = [
    "/leden/?q=%00",
    "/leden/?organisation=%00",
    "/leden/?region=%00",
    "/leden/?perspective=%00",
    "/leden/?page=%00",
]
TREKKER_ROUTES_WITH_PARAMETERS = [
    "/beheer/meetings/meeting/?q=%00",
    "/beheer/members/user/?q=%00",
    "/beheer/projects/project/?status__exact=%00",
]
API_ROUTES_WITH_PARAMETERS = [
    "/api/begrippen/?thema=%00",
    "/api/begrippen/?q=%00",
]


@pytest.fixture(autouse=True)
def content(db):
    make_entry("ouderschap", slug="ouderschap", status=Entry.Status.ESTABLISHED)
    make_meeting("Overleg", slug="overleg")
    make_project("Een project")


@pytest.mark.parametrize("url", PUBLIC_ROUTES_WITH_PARAMETERS)
def test_a_null_byte_in_a_public_page_parameter_answers_a_dutch_400_page(client, url):
    response = client.get(url)

    assert response.status_code == 400
    assert "onzichtbaar teken" in response.content.decode()
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("url", MEMBER_ROUTES_WITH_PARAMETERS)
def test_a_null_byte_in_a_members_page_parameter_answers_400(member_client, url):
    response = member_client.get(url)

    assert response.status_code == 400
    assert "onzichtbaar teken" in response.content.decode()


@pytest.mark.parametrize("url", TREKKER_ROUTES_WITH_PARAMETERS)
def test_a_null_byte_in_an_admin_list_filter_answers_400(trekker_client, url):
    assert trekker_client.get(url).status_code == 400


@pytest.mark.parametrize("url", API_ROUTES_WITH_PARAMETERS)
def test_a_null_byte_in_an_api_parameter_answers_400_json(client, url):
    response = client.get(url)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "onzichtbaar teken" in response.json()["error"]


def test_a_null_byte_in_a_posted_form_answers_400_and_stores_nothing(member_client):
    response = member_client.post(
        "/themas/voorstellen/",
        {"title": "Ouders\x00 in gesprek", "explanation": "Waarom dit belangrijk is."},
    )

    assert response.status_code == 400
    assert "onzichtbaar teken" in response.content.decode()
    assert not Theme.objects.exists()


def test_parameters_without_null_bytes_still_work(client):
    assert client.get("/begrippen/?thema=taal").status_code == 200
    assert client.get("/zoeken/?q=ouderschap").status_code == 200
    assert Entry.objects.count() == 1


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_json_to_the_taalcheck_api_answers_400_json(depth):
    client = Client(raise_request_exception=False)
    body = "[" * depth + "]" * depth

    response = client.post("/api/taalcheck/", body, content_type="application/json")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert '{"text"' in response.json()["error"]


def test_deeply_nested_json_inside_the_text_field_answers_400_json():
    client = Client(raise_request_exception=False)
    body = '{"text": "a", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"

    response = client.post("/api/taalcheck/", body, content_type="application/json")

    assert response.status_code == 400
    assert "error" in response.json()
