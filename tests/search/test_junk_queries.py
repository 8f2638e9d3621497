"""Whatever is typed, the search page answers calmly and in Dutch."""

import pytest

from tests.search.factories import make_document

pytestmark = pytest.mark.django_db

JUNK = [
    "!!!???...",
    "*:&|!()<->",
    "a" * 5000,
    "triage " * 1000,
    "'; DROP TABLE leernetwerk_searchdocument; --",
    "1' OR '1'='1",
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "\\x00 nul",
    "½ ʼ ﬁ ⟦ ⟧ 🙂",
    "triage:* & !scheiding",
]


@pytest.mark.parametrize("junk", JUNK)
def test_junk_query_gets_a_calm_answer(client, junk):
    make_document("Triage", body="Over triage en scheiding.")
    response = client.get("/zoeken/", {"q": junk})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert" not in content
    assert "<img src=x" not in content


def test_a_null_byte_in_the_query_gets_a_dutch_400(client):
    # PostgreSQL cannot hold a NUL byte; the site-wide check answers before the search runs.
    response = client.get("/zoeken/", {"q": "triage \u0000 nul"})
    assert response.status_code == 400
    assert "onzichtbaar teken" in response.content.decode()


def test_empty_query_asks_for_a_word(client):
    content = client.get("/zoeken/", {"q": ""}).content.decode()
    assert "Typ een woord in het zoekvak" in content


def test_only_punctuation_says_no_words_were_found(client):
    content = client.get("/zoeken/", {"q": "?!.,"}).content.decode()
    assert "We vonden geen woorden in je zoekopdracht" in content


def test_only_stop_words_asks_for_a_more_telling_word(client):
    content = client.get("/zoeken/", {"q": "de het"}).content.decode()
    assert "heel gewone woorden" in content


def test_no_results_gives_tips_and_echoes_the_query_escaped(client):
    content = client.get("/zoeken/", {"q": "<b>onvindbaar</b>"}).content.decode()
    assert "We vonden niets voor ‘&lt;b&gt;onvindbaar&lt;/b&gt;’" in content
    assert "begrippenkader" in content


def test_page_without_query_shows_just_the_form(client):
    response = client.get("/zoeken/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert "Typ een woord" not in response.content.decode()
