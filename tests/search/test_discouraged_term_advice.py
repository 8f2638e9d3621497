"""A discouraged term typed in the search box: the glossary's advice and its entry come first."""

import pytest

from search.models import SearchDocument
from tests.search.factories import make_document, make_entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(db):
    return make_entry(
        "complexe scheidingsproblematiek",
        definition="Ouders lukt het niet om duurzaam samen te werken na de scheiding.",
        discouraged=["vechtscheiding"],
    )


def test_discouraged_term_gets_the_preferred_term_first_with_the_reason(client, entry):
    # Reports with the word in their title outrank the entry's label (weight B) by themselves.
    for number in range(3):
        make_document(f"Vechtscheiding {number}", body="Over vechtscheiding.")
    content = client.get("/zoeken/", {"q": "vechtscheiding"}).content.decode()
    advice = content.index("Gebruik liever:")
    assert advice < content.index('id="soort-term"') < content.index('id="soort-report"')
    assert 'href="/begrippen/complexe-scheidingsproblematiek/?gezocht=vechtscheiding"' in content
    assert "Het woord ‘vechtscheiding’ raden we af. Legt de nadruk op strijd." in content


def test_inflected_discouraged_term_gets_the_advice_too(client, entry):
    content = client.get("/zoeken/", {"q": "vechtscheidingen"}).content.decode()
    assert "Gebruik liever:" in content
    assert "complexe scheidingsproblematiek" in content


def test_entry_of_the_discouraged_term_is_first_among_the_terms(client, entry):
    make_document("Vechtscheiding", kind=SearchDocument.Kind.TERM, url="/begrippen/ander/")
    content = client.get("/zoeken/", {"q": "vechtscheiding"}).content.decode()
    terms = content[content.index('id="soort-term"') :]
    assert terms.index("/begrippen/complexe-scheidingsproblematiek/") < terms.index(
        "/begrippen/ander/"
    )


@pytest.mark.parametrize("query", ["complexe scheidingsproblematiek", "triage", "!!", ""])
def test_preferred_or_unknown_words_get_no_advice(client, entry, query):
    content = client.get("/zoeken/", {"q": query}).content.decode()
    assert "Gebruik liever:" not in content
