"""The meeting pages in a real browser: filtering, the report in print, and axe everywhere."""

import pytest

from meetings.models import Meeting
from tests.accessibility import assert_accessible
from tests.meetings.factories import make_registration
from tests.meetings.page_factories import make_full_meeting, make_listed_meeting

pytestmark = [pytest.mark.browser, pytest.mark.clock]


@pytest.fixture
def meetings(db):
    make_listed_meeting("Kennissessie gemeenten", days_from_now=9, themes=["Triage"])
    make_listed_meeting(
        "Afgelaste werkgroep",
        days_from_now=12,
        kind=Meeting.Kind.WORKING_GROUP,
        status=Meeting.Status.CANCELLED,
        cancellation_reason="De zaal is niet beschikbaar.",
    )
    make_listed_meeting(
        "Live bijeenkomst Smulhoeve", days_from_now=30, kind=Meeting.Kind.LIVE, capacity=0
    )
    return make_full_meeting(4)


def test_visitor_filters_the_list_by_theme(page, meetings):
    page.goto("/bijeenkomsten/")
    page.get_by_label("Thema").select_option(label="Triage")
    page.get_by_role("button", name="Filteren").click()
    page.wait_for_url("**/bijeenkomsten/?*thema=triage*")
    assert page.get_by_label("Thema").input_value() == "triage"
    assert page.get_by_role("link", name="Kennissessie gemeenten").is_visible()
    assert page.get_by_role("link", name="Live bijeenkomst Smulhoeve").count() == 0
    assert_accessible(page)


@pytest.mark.parametrize(
    "path", ["/bijeenkomsten/", "/bijeenkomsten/?thema=onbekend", "/bijeenkomsten/factsheets/"]
)
def test_list_pages_pass_axe(page, meetings, path):
    page.goto(path)
    assert_accessible(page)


def test_meeting_page_with_a_full_report_passes_axe_for_a_visitor(page, meetings):
    page.goto(meetings.get_absolute_url())
    assert page.get_by_role("heading", name="Verslag").is_visible()
    assert_accessible(page)


def test_upcoming_meeting_page_passes_axe_for_a_confirmed_member(page, log_in, member):
    meeting = make_full_meeting(3, days_from_now=5)
    make_registration(meeting, member)
    log_in(page, member)
    page.goto(meeting.get_absolute_url())
    assert page.get_by_role("link", name="Online meedoen").is_visible()
    assert_accessible(page)


def test_draft_preview_passes_axe_for_a_trekker(page, log_in, trekker):
    meeting = make_full_meeting(2, published=False)
    log_in(page, trekker)
    page.goto(meeting.get_absolute_url())
    assert page.get_by_text("Concept – nog niet gepubliceerd").is_visible()
    assert_accessible(page)


def test_cancelled_meeting_page_passes_axe(page, meetings):
    page.goto(Meeting.objects.get(title="Afgelaste werkgroep").get_absolute_url())
    assert page.get_by_text("Deze bijeenkomst gaat niet door.").is_visible()
    assert_accessible(page)


def test_report_prints_without_navigation_forms_or_buttons(page, meetings):
    page.goto(meetings.get_absolute_url())
    page.emulate_media(media="print")
    for selector in (".site-header", ".site-footer", ".breadcrumbs", ".meeting-next"):
        assert page.locator(selector).first.is_hidden(), selector
    assert page.get_by_role("heading", name="Verslag").is_visible()
    assert page.locator(".meeting-agenda__item").first.evaluate(
        "item => getComputedStyle(item).breakInside"
    ) in {"avoid", "avoid-page"}
    after = page.locator(".meeting-good-to-know a").first.evaluate(
        "link => getComputedStyle(link, '::after').content"
    )
    assert "https://example.org/congres" in after
