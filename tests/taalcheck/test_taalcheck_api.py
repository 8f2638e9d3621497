"""POST /api/taalcheck/: findings as JSON with character offsets, clear 400 answers."""

import json

import pytest
from django.test import Client

from tests.taalcheck.factories import VECHTSCHEIDING_REASON, make_network_glossary

pytestmark = pytest.mark.django_db

URL = "/api/taalcheck/"


@pytest.fixture(autouse=True)
def glossary(db):
    return make_network_glossary()


def post(client, body, content_type="application/json"):
    if not isinstance(body, (str, bytes)):
        body = json.dumps(body)
    return client.post(URL, body, content_type=content_type)


def test_findings_have_offsets_in_characters_of_the_text_sent():
    client = Client(enforce_csrf_checks=True)  # no cookie or token needed
    text = "Coördinatie 👪 bij een vechtscheiding en\nPAS-kinderen."
    response = post(client, {"text": text})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["findings"] == [
        {
            "start": 22,
            "end": 36,
            "match": "vechtscheiding",
            "term": "complexe-scheidingsproblematiek",
            "preferred": "complexe scheidingsproblematiek",
            "reason": VECHTSCHEIDING_REASON,
        },
        {
            "start": 40,
            "end": 52,
            "match": "PAS-kinderen",
            "term": "contactverlies",
            "preferred": "contactverlies",
            "reason": "Geen erkende diagnose.",
        },
    ]
    for finding in response.json()["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["match"]


def test_text_without_findings_gives_an_empty_list(client):
    assert post(client, {"text": ""}).json()["findings"] == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, 'Het veld "text" ontbreekt.'),
        ({"tekst": "vechtscheiding"}, 'Het veld "text" ontbreekt.'),
        (["vechtscheiding"], 'Het veld "text" ontbreekt.'),
        ({"text": None}, 'Het veld "text" moet een tekst (string) zijn.'),
        ({"text": 42}, 'Het veld "text" moet een tekst (string) zijn.'),
        ({"text": ["a"]}, 'Het veld "text" moet een tekst (string) zijn.'),
        ({"text": "a" * 50_001}, "Deze tekst is 50.001 tekens."),
        ("{niet: json", "Stuur JSON in UTF-8"),
        (b"\xff\xfe{}", "Stuur JSON in UTF-8"),
    ],
)
def test_bad_requests_get_a_clear_400(client, body, message):
    response = post(client, body)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_body_larger_than_the_upload_limit_gets_a_clear_400(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = post(client, {"text": "a" * 2000})
    assert response.status_code == 400
    assert "Deze tekst is te lang." in response.json()["error"]


def test_get_is_not_allowed(client):
    assert client.get(URL).status_code == 405


def test_rate_limit_answers_429_with_a_message(client, settings):
    settings.TAALCHECK_RATE_LIMIT = (1, 600)
    assert post(client, {"text": "a"}).status_code == 200
    response = post(client, {"text": "a"})
    assert response.status_code == 429
    assert "Je hebt de taalcheck in korte tijd vaak gebruikt." in response.json()["error"]


def test_rate_limit_holds_for_the_whole_window_in_the_shared_cache(client, settings, time_machine):
    # The database cache writes a counter back with its default timeout (300 s) on every
    # increment; the limit must still hold for the whole 600-second window.
    settings.TAALCHECK_RATE_LIMIT = (2, 600)
    time_machine.move_to("2026-11-10T10:00:00+01:00")
    assert post(client, {"text": "a"}).status_code == 200
    assert post(client, {"text": "a"}).status_code == 200

    time_machine.move_to("2026-11-10T10:06:00+01:00")
    assert post(client, {"text": "a"}).status_code == 429

    time_machine.move_to("2026-11-10T10:10:30+01:00")
    assert post(client, {"text": "a"}).status_code == 200


def test_other_sites_may_call_the_api_from_a_browser(client):
    origin = {"HTTP_ORIGIN": "https://regio.example.org"}
    preflight = client.options(
        URL,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
        **origin,
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "POST, OPTIONS"
    assert preflight["Access-Control-Allow-Headers"] == "Content-Type"
    answer = client.post(URL, json.dumps({"text": "vechtscheiding"}), "application/json", **origin)
    assert answer["Access-Control-Allow-Origin"] == "*"
    # An error too, so the calling page can read what went wrong.
    refused = client.post(URL, "geen json", "application/json", **origin)
    assert refused.status_code == 400
    assert refused["Access-Control-Allow-Origin"] == "*"
