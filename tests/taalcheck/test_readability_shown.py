"""Where readability shows: the /taalcheck/ page, the API's `readability` key, the entry admin."""

import json

import pytest

from glossary.models import Entry, Label
from tests.glossary.test_admin import entry_form
from tests.taalcheck.factories import make_network_glossary
from tests.taalcheck.test_readability import EASY, HARD

pytestmark = pytest.mark.django_db

ADD_ENTRY_URL = "/beheer/glossary/entry/add/"


@pytest.fixture(autouse=True)
def glossary(db):
    return make_network_glossary()


def test_page_shows_the_score_long_sentence_and_long_words_but_not_glossary_terms(client):
    content = client.post("/taalcheck/", {"text": HARD}).content.decode()
    assert '<h3 id="leesbaarheid">Leesbaarheid</h3>' in content
    assert (
        "<strong>Moeilijk: alleen voor mensen die veel lezen (ver boven B1).</strong> "
        "Score: -3 (Flesch-Douma; vanaf 60 is een tekst goed te lezen op B1-niveau)."
    ) in content
    assert "1 zin, 21 woorden, gemiddeld 21,0 woorden per zin." in content
    assert "<h4>Lange zinnen (meer dan 20 woorden)</h4>" in content
    assert (
        "<li>„De gemeentelijke jeugdhulporganisatie coördineert de ondersteuning van gezinnen "
        "met kinderen bij complexe …” (21 woorden)</li>"
    ) in content
    # The preferred term "complexe scheidingsproblematiek" is allowed, however long.
    assert '<p class="taalcheck-word-list">gemeentelijke, jeugdhulporganisatie</p>' in content
    assert "<h4>Minder bekende woorden</h4>" in content
    assert '<p class="taalcheck-word-list">coördineert</p>' in content


def test_page_calls_an_easy_text_easy_and_says_a_short_text_is_hard_to_score(client):
    content = client.post("/taalcheck/", {"text": EASY}).content.decode()
    assert "<strong>Makkelijk te lezen.</strong> Score: 105" in content
    assert "Je tekst is kort: dan zegt de score weinig." in content
    assert "Geen lange zinnen: elke zin heeft 20 woorden of minder." in content
    assert "<h4>Lange woorden</h4>" not in content
    assert "<h4>Minder bekende woorden</h4>" not in content


def test_api_adds_readability_beside_the_findings(client):
    response = client.post(
        "/api/taalcheck/", json.dumps({"text": HARD}), content_type="application/json"
    )
    answer = response.json()
    assert answer["findings"] == []
    assert answer["readability"] == {
        "formula": "Flesch-Douma",
        "score": -3.4,
        "b1_min_score": 60,
        "is_b1": False,
        "verdict": "Moeilijk: alleen voor mensen die veel lezen (ver boven B1).",
        "sentences": 1,
        "words": 21,
        "syllables": 52,
        "words_per_sentence": 21.0,
        "long_sentence_words": 20,
        "long_sentences": [
            {
                "text": "De gemeentelijke jeugdhulporganisatie coördineert de ondersteuning "
                "van gezinnen met kinderen bij complexe …",
                "words": 21,
            }
        ],
        "long_words": ["gemeentelijke", "jeugdhulporganisatie"],
        "uncommon_words": ["coördineert"],
    }


def save_entry(trekker_client, explanation):
    data = entry_form(
        [("omgangsregeling", Label.Kind.PREFERRED, "", "")],
        slug="omgangsregeling",
        explanation=explanation,
    )
    return trekker_client.post(ADD_ENTRY_URL, data, follow=True).content.decode()


def test_entry_with_a_hard_explanation_is_saved_with_a_warning(trekker_client):
    content = save_entry(trekker_client, HARD)
    assert Entry.objects.filter(slug="omgangsregeling", explanation=HARD).exists()
    assert '<li class="warning">' in content
    assert (
        "Opgeslagen, maar let op: de uitleg in gewone taal is misschien niet goed te lezen op "
        "B1-niveau: de leesbaarheidsscore is -3 (Flesch-Douma; B1 is 60 of hoger); 1 zin heeft "
        "meer dan 20 woorden: „De gemeentelijke jeugdhulporganisatie coördineert de "
        "ondersteuning van gezinnen met kinderen bij complexe …”; lange woorden: "
        "gemeentelijke, jeugdhulporganisatie. Maak de zinnen korter en kies gewone woorden."
    ) in content


def test_entry_with_a_plain_explanation_gets_no_warning(trekker_client):
    content = save_entry(trekker_client, EASY)
    assert Entry.objects.filter(slug="omgangsregeling", explanation=EASY).exists()
    assert '<li class="warning">' not in content


def test_entry_without_an_explanation_gets_no_warning(trekker_client):
    content = save_entry(trekker_client, "")
    assert Entry.objects.filter(slug="omgangsregeling").exists()
    assert '<li class="warning">' not in content
