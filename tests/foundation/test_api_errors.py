"""Every error under /api/ answers JSON with a Dutch message: 400, 403, 404, 405, 429 and 500."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_client():
    return Client(raise_request_exception=False)


def assert_json_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    message = response.json()["error"]
    assert message and "<" not in message
    return message


def test_bad_json_answers_400_json(api_client):
    response = api_client.post("/api/taalcheck/", "{", content_type="application/json")

    assert_json_error(response, 400)


def test_get_on_the_taalcheck_api_answers_405_json_that_names_the_allowed_method(api_client):
    response = api_client.get("/api/taalcheck/")

    message = assert_json_error(response, 405)
    assert message.endswith("Gebruik POST.")
    # OPTIONS answers the CORS preflight of other sites' browsers.
    assert response["Allow"] == "POST, OPTIONS"


@pytest.mark.parametrize("url", ["/api/begrippen/", "/api/begrippen/ouderschap/"])
def test_post_on_the_glossary_api_answers_405_json(api_client, url):
    response = api_client.post(url, {"text": "x"})

    message = assert_json_error(response, 405)
    assert "GET" in message


@pytest.mark.parametrize("url", ["/api/", "/api/bestaat-niet/", "/api/begrippen/a/b/c/"])
def test_an_unknown_api_address_answers_404_json(api_client, url):
    response = api_client.get(url)

    assert "bestaat niet" in assert_json_error(response, 404)


def test_an_unknown_glossary_entry_answers_404_json(api_client):
    response = api_client.get("/api/begrippen/bestaat-niet/")

    assert response.status_code == 404
    assert response.json() == {"detail": "Dit begrip bestaat niet."}


def test_the_rate_limit_answers_429_json(api_client, settings):
    settings.TAALCHECK_RATE_LIMIT = (1, 600)
    api_client.post("/api/taalcheck/", {"text": "a"}, content_type="application/json")

    response = api_client.post("/api/taalcheck/", {"text": "a"}, content_type="application/json")

    assert_json_error(response, 429)


@pytest.mark.urls("tests.foundation.error_urls")
def test_a_refused_api_request_answers_403_json(api_client):
    assert "geen toegang" in assert_json_error(api_client.get("/api/verboden/"), 403)


@pytest.mark.urls("tests.foundation.error_urls")
def test_a_bug_in_an_api_view_answers_500_json(api_client):
    message = assert_json_error(api_client.get("/api/kapot/"), 500)

    assert "ging bij ons iets mis" in message


@pytest.mark.urls("tests.foundation.error_urls")
def test_errors_outside_the_api_stay_dutch_html_pages(api_client):
    missing = api_client.get("/bestaat-niet/")
    broken = api_client.get("/kapot/")

    assert missing.status_code == 404
    assert missing["Content-Type"].startswith("text/html")
    assert "Pagina niet gevonden" in missing.content.decode()
    assert broken.status_code == 500
    assert broken["Content-Type"].startswith("text/html")
    assert "Er ging iets mis" in broken.content.decode()
