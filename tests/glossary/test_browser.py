"""The begrippenkader in a real browser: the lookup box, axe, and the tipsheet on one A4."""

import re

import pytest

from glossary import demo
from tests.accessibility import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def glossary(transactional_db):
    """The demo glossary, loaded for each test: the live server empties the database after."""
    demo.load()


def test_professional_types_vechtscheiding_in_the_lookup_box_and_reaches_the_preferred_term(
    page, glossary
):
    page.goto("/begrippen/")
    page.get_by_label("Zoek een begrip of een woord dat je tegenkomt").fill("vechtscheiding")
    page.get_by_role("button", name="Opzoeken").click()
    page.wait_for_url(re.compile(r"/begrippen/complexe-scheidingsproblematiek/"))
    advice = page.get_by_role("note")
    assert "Gebruik liever: complexe scheidingsproblematiek" in advice.inner_text()
    assert "schuld" in advice.inner_text()
    assert page.get_by_role("heading", level=1).inner_text() == "complexe scheidingsproblematiek"


def test_lookup_box_works_from_the_keyboard(page, glossary):
    page.goto("/begrippen/")
    page.get_by_label("Zoek een begrip of een woord dat je tegenkomt").focus()
    page.keyboard.type("ouderverstotingen")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/begrippen/contactverlies/"))
    assert "Gebruik liever: contactverlies" in page.get_by_role("note").inner_text()


@pytest.mark.parametrize(
    "path",
    [
        "/begrippen/",
        "/begrippen/veiligheid/",
        "/begrippen/complexe-scheidingsproblematiek/?gezocht=vechtscheiding",
        "/begrippen/zoeken/?q=complexe",
        "/begrippen/zoeken/?q=xyzzy",
        "/begrippen/zoeken/?q=interactieproblemaatjes",
        "/begrippen/zoeken/?q=scheidingsproblemaatjes",
        "/begrippen/tipsheet/",
    ],
)
def test_glossary_pages_pass_axe(page, glossary, path):
    page.goto(path)
    assert_accessible(page)


def test_tipsheet_prints_on_one_a4(page, glossary):
    page.goto("/begrippen/tipsheet/")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=False, prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1
    assert not page.locator(".site-header").is_visible()
