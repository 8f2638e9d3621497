"""axe finds no WCAG 2.1 A/AA violation on the search page, with and without results."""

import pytest

from meetings.models import AgendaItem
from search.models import SearchDocument
from tests.accessibility import assert_accessible
from tests.meetings.factories import make_factsheet, make_meeting, make_report
from tests.search.factories import make_document, make_entry

pytestmark = [pytest.mark.browser, pytest.mark.clock]


@pytest.mark.django_db(transaction=True)
def test_search_results_pass_axe(page, log_in, member):
    make_document("Triage", body="Over triage.", kind=SearchDocument.Kind.TERM)
    for number in range(25):
        make_document(f"Verslag {number}", body="Wat we leerden over triage bij scheiding.")
    make_document(
        "Lid", body="Werkt aan triage.", kind=SearchDocument.Kind.MEMBER, members_only=True
    )
    log_in(page, member)
    page.goto("/zoeken/?q=triage")
    assert page.locator("mark").first.is_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Verslagen (25)").click()
    page.wait_for_url("**soort=report**")
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
def test_search_without_results_and_with_junk_passes_axe(page):
    make_document("Kinderen in beeld", kind=SearchDocument.Kind.THEME, url="/themas/kinderen/")
    page.goto("/zoeken/?q=kinderen+onvindbaar")
    assert page.get_by_role("link", name="Kinderen in beeld").is_visible()
    assert_accessible(page)
    page.goto("/zoeken/?q=%21%3F")
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
def test_search_over_meetings_with_the_glossary_advice_passes_axe(page):
    make_entry("complexe scheidingsproblematiek", discouraged=["vechtscheiding"])
    meeting = make_meeting("Kennissessie Gouda", days_from_now=-30)
    AgendaItem.objects.create(meeting=meeting, title="Vechtscheiding of complexe scheiding?")
    make_report(meeting, summary="We spraken over het woord vechtscheiding.")
    make_factsheet(meeting, title="Factsheet woordkeuze", description="Niet: vechtscheiding.")
    page.goto("/zoeken/?q=vechtscheiding")
    assert page.get_by_text("Gebruik liever:").is_visible()
    assert page.get_by_role("heading", name="Verslagen (1)").is_visible()
    assert_accessible(page)
    # A typo: the results for the correction, with "Bedoelde je …?" and the filters.
    page.goto("/zoeken/?q=vechscheiding")
    assert page.get_by_text("Bedoelde je").is_visible()
    assert page.get_by_label("Jaar").is_visible()
    assert_accessible(page)
