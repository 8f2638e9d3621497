"""In the browser: a professional checks a paragraph with the keyboard; axe finds no issues."""

import pytest

from tests.accessibility import assert_accessible
from tests.taalcheck.factories import make_network_glossary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PARAGRAPH = (
    "Bij een vechtscheiding raakt een kind soms klem tussen de ouders. Sommige "
    "professionals spreken dan van ouderverstoting. Samen zoeken we naar wat het kind nodig "
    "heeft."
)


def test_professional_pastes_a_paragraph_and_sees_the_two_discouraged_terms_highlighted(page):
    make_network_glossary()
    page.goto("/taalcheck/")
    assert_accessible(page)
    page.get_by_label("Je tekst").fill(PARAGRAPH)
    page.get_by_role("button", name="Controleer de tekst").click()

    assert page.locator(".taalcheck-summary").inner_text() == "2 woorden om te vervangen"
    highlighted = page.locator(".taalcheck-text mark")
    assert highlighted.all_inner_texts() == ["vechtscheiding", "ouderverstoting"]

    first_hit = page.locator("#woord-1")
    tip = page.locator("#uitleg-1")
    # The pointer stays where the button was; after the reload a word may lie under it.
    page.mouse.move(0, 0)
    assert not tip.is_visible()
    first_hit.focus()
    assert tip.is_visible()
    assert "Gebruik liever: complexe scheidingsproblematiek." in tip.inner_text()
    assert first_hit.get_attribute("aria-describedby") == "uitleg-1"
    page.keyboard.press("Escape")
    assert not tip.is_visible()

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "woord-2"
    assert page.locator("#uitleg-2").is_visible()
    assert "contactverlies" in page.locator("#uitleg-2").inner_text()

    improved = page.get_by_label("Tekst met voorkeurswoorden").input_value()
    assert improved.startswith("Bij een complexe scheidingsproblematiek raakt een kind")
    assert "spreken dan van contactverlies." in improved
    readability = page.get_by_role("heading", name="Leesbaarheid")
    assert readability.is_visible()
    assert "Score:" in page.locator(".taalcheck-score").inner_text()
    assert_accessible(page)


def test_unreadable_upload_shows_an_accessible_error_and_keeps_the_typed_text(page):
    make_network_glossary()
    page.goto("/taalcheck/")
    page.get_by_label("Je tekst").fill("Mijn eigen tekst")
    page.get_by_label("Of kies een bestand").set_input_files(
        {"name": "verslag.docx", "mimeType": "application/pdf", "buffer": b"%PDF-1.7 binary"}
    )
    page.get_by_role("button", name="Controleer de tekst").click()

    assert "het is een PDF" in page.locator("#id_file_error").inner_text()
    assert page.get_by_label("Je tekst").input_value() == "Mijn eigen tekst"
    assert page.get_by_label("Of kies een bestand").get_attribute("aria-invalid") == "true"
    assert_accessible(page)
