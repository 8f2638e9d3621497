"""The JSON API: /api/begrippen/ (list, ?q= lookup) and /api/begrippen/<slug>/."""

import pytest

pytestmark = pytest.mark.django_db


def test_list_gives_every_entry_a_z(client, demo_glossary):
    response = client.get("/api/begrippen/")
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["count"] == len(data["results"]) >= 60
    names = [item["preferred"].casefold() for item in data["results"]]
    assert names == sorted(names)
    item = next(i for i in data["results"] if i["slug"] == "contactverlies")
    assert item["discouraged"] == [
        "ouderverstoting",
        "ouderverstotingssyndroom",
        "oudervervreemding",
        "PAS",
    ]
    assert item["url"].endswith("/begrippen/contactverlies/")


def test_query_uses_the_lookup_and_reports_a_discouraged_word(client, demo_glossary):
    data = client.get("/api/begrippen/", {"q": "vechtsheiding"}).json()
    assert data["outcome"] == "found"
    first = data["results"][0]
    assert first["slug"] == "complexe-scheidingsproblematiek"
    assert first["discouraged"] is True
    assert first["matched"] == "vechtscheiding"
    assert first["preferred"] == "complexe scheidingsproblematiek"
    assert "schuld" in first["reason"]


def test_query_for_a_missing_word_says_so_without_unrelated_suggestions(client, demo_glossary):
    data = client.get("/api/begrippen/", {"q": "xyzzy"}).json()
    assert data["outcome"] == "none"
    assert data["results"] == []
    assert data["suggestions"] == []
    assert data["message"] == "xyzzy staat niet in het begrippenkader."


def test_query_for_a_missing_word_suggests_only_close_terms(client, demo_glossary):
    data = client.get("/api/begrippen/", {"q": "interactieproblemaatjes"}).json()
    assert data["outcome"] == "none"
    assert [hit["slug"] for hit in data["suggestions"]] == ["interactieproblematiek"]
    assert all(hit["match"] == "suggestion" for hit in data["suggestions"])


def test_query_with_a_letter_left_out_finds_the_entry(client, demo_glossary):
    data = client.get("/api/begrippen/", {"q": "vechscheiding"}).json()
    assert data["outcome"] == "found"
    assert data["results"][0]["slug"] == "complexe-scheidingsproblematiek"
    assert data["message"] == ""


def test_detail_gives_the_whole_entry(client, demo_glossary):
    data = client.get("/api/begrippen/contactverlies/").json()
    assert data["preferred"] == "contactverlies"
    pas = next(d for d in data["discouraged"] if d["text"] == "PAS")
    assert pas["match_as_written"] is True
    assert pas["reason"] and pas["source"]
    assert data["status"] == "established"
    assert data["status_date"] == "2024-09-03"
    assert "complexe-scheidingsproblematiek" in data["related"]
    assert "hidden" in data and "ouder verstoting" in data["hidden"]


def test_unknown_slug_answers_404_in_json(client):
    response = client.get("/api/begrippen/bestaat-niet/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Dit begrip bestaat niet."}
