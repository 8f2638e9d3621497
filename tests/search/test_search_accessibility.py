"""axe finds no WCAG 2.1 A/AA violation on the search page, with and without results."""

import pytest

from leernetwerk.models import SearchDocument
from tests.accessibility import assert_accessible
from tests.search.factories import make_document

pytestmark = pytest.mark.browser


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
    page.goto("/zoeken/?q=onvindbaar")
    assert_accessible(page)
    page.goto("/zoeken/?q=%21%3F")
    assert_accessible(page)
