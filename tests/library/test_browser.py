"""The kennisbank in a real browser: a policy officer's journey, and axe on every new page."""

import pytest

from library.models import Publication
from tests.accessibility import assert_accessible
from tests.glossary.factories import make_entry
from tests.library.factories import make_image_card, make_news_item, make_publication
from tests.meetings.factories import make_meeting

pytestmark = [pytest.mark.browser, pytest.mark.clock]


@pytest.fixture
def kennisbank(db):
    meeting = make_meeting(
        "Kennissessie voor gemeenten in Gouda", days_from_now=-60, slug="kennissessie-gouda"
    )
    entry = make_entry("denkkader")
    b1 = make_publication(
        "Denkkader in eenvoudige taal",
        slug="denkkader-b1",
        audiences=["ouders"],
        body="Ouders blijven samen ouder van hun kinderen.",
    )
    denkkader = make_publication(
        "Denkkader verbinding en vertrouwen",
        slug="denkkader",
        themes=["samenwerken"],
        audiences=["professionals"],
        status=Publication.Status.PILOT,
        meetings=[meeting],
        terms=[entry],
        b1_version=b1,
        body="### Pilot\n\nGezinsvertegenwoordigers werken met beide ouders.",
    )
    make_publication("Triagelijst Scheiding", kind=Publication.Kind.INSTRUMENT, slug="ts")
    make_news_item("Interview met de kwartiermaker", slug="interview")
    make_image_card("Samen", slug="samen", terms=[entry])
    return denkkader, b1, meeting


def test_a_policy_officer_finds_the_denkkader_its_b1_version_and_the_meeting(page, kennisbank):
    denkkader, b1, meeting = kennisbank
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Kennisbank").click()
    page.get_by_label("Soort").select_option("denkkader")
    page.get_by_label("Voor wie").select_option("professionals")
    page.get_by_role("button", name="Filteren").click()
    page.get_by_role("link", name="Denkkader verbinding en vertrouwen").click()
    assert page.get_by_role("heading", name="In eenvoudige taal (B1)").is_visible()

    page.get_by_role("link", name="Denkkader in eenvoudige taal").click()
    page.get_by_text("Ouders blijven samen ouder").wait_for()
    page.go_back()

    page.get_by_role("link", name="Kennissessie voor gemeenten in Gouda").click()
    page.wait_for_url(f"**{meeting.get_absolute_url()}")
    block = page.get_by_role("region", name="In de kennisbank")
    assert block.get_by_role("link", name="Denkkader verbinding en vertrouwen").is_visible()


@pytest.mark.parametrize(
    "path",
    [
        "/kennisbank/",
        "/kennisbank/?soort=instrument",
        "/kennisbank/denkkader/",
        "/kennisbank/beeldmateriaal/",
        "/kennisbank/zelf-een-leernetwerk-starten/",
        "/nieuws/",
        "/nieuws/interview/",
    ],
)
def test_every_new_page_passes_axe(page, kennisbank, path):
    page.goto(path)
    assert_accessible(page)
