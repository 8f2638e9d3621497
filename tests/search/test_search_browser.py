"""In a real browser: a member remembers 'something about triage' and finds the report."""

import re

import pytest
from playwright.sync_api import expect

from tests.meetings.factories import make_meeting, make_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.clock]


def test_member_searches_triage_and_opens_the_meeting_report(page, log_in, member):
    meeting = make_meeting(
        "Kwartaalbijeenkomst oktober", slug="kwartaalbijeenkomst-oktober", days_from_now=-400
    )
    make_report(meeting, summary="Veilig Thuis vertelde hoe zij met de MASIC aan **triage** doen.")
    make_meeting("Kennissessie over iets anders", days_from_now=-100)
    log_in(page, member)
    page.goto("/")
    page.get_by_label("Zoek in verslagen, begrippen, projecten en meer").fill("triage")
    page.get_by_label("Zoek in verslagen, begrippen, projecten en meer").press("Enter")
    page.wait_for_url("**/zoeken/?q=triage")
    expect(page.get_by_role("heading", name="Verslagen (1)")).to_be_visible()
    expect(page.locator("mark", has_text="triage").first).to_be_visible()
    page.get_by_role("link", name="Verslag: Kwartaalbijeenkomst oktober").click()
    page.wait_for_url("**/bijeenkomsten/kwartaalbijeenkomst-oktober/#verslag")
    expect(page).to_have_title(re.compile("Kwartaalbijeenkomst oktober"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Kwartaalbijeenkomst oktober")
    expect(page.locator("#verslag")).to_contain_text(
        "Veilig Thuis vertelde hoe zij met de MASIC aan triage doen."
    )
