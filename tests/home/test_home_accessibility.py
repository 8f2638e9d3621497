"""axe finds no WCAG 2.1 A/AA violation on the home page, empty or filled, as visitor or member."""

import pytest

from meetings.models import Registration
from tests.accessibility import assert_accessible
from tests.factories import make_user
from tests.home.test_glossary_block import established
from tests.meetings.factories import (
    make_factsheet,
    make_meeting,
    make_registration,
    make_report,
)
from tests.projects.factories import make_project, make_theme

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.clock]


def fill_every_block(member):
    established("contactverlies", discouraged=["ouderverstoting"])
    past = make_meeting("Kennissessie Gouda", days_from_now=-30)
    make_report(past, summary="Over triage.")
    make_factsheet(past, title="Factsheet kennissessie Gouda")
    full = make_meeting("Kwartaalbijeenkomst", days_from_now=10, capacity=1)
    make_registration(full, make_user("eerste@example.org"))
    make_registration(full, member, status=Registration.Status.WAITING)
    make_registration(make_meeting("Werkgroep taal", days_from_now=40), member)
    make_project("Taal rondom scheiding")
    make_theme("Cultuursensitief werken")


def test_empty_home_page_passes_axe(page):
    page.goto("/")
    assert page.get_by_text("Er is nog geen begrip uitgelicht").is_visible()
    assert page.get_by_text("Er staat nog geen nieuwe bijeenkomst gepland.").is_visible()
    assert_accessible(page)


def test_filled_home_page_passes_axe_for_a_member(page, log_in, member):
    fill_every_block(member)
    log_in(page, member)
    page.goto("/")
    assert page.get_by_text("Uitgelicht begrip:").is_visible()
    assert page.get_by_text("Je staat op de wachtlijst, op plaats 1.").is_visible()
    assert page.get_by_role("link", name="Verslag: Kennissessie Gouda").is_visible()
    assert page.get_by_role("heading", name="Jouw aanmeldingen").is_visible()
    assert_accessible(page)


def test_filled_home_page_passes_axe_for_a_visitor(page, member):
    fill_every_block(member)
    page.goto("/")
    assert page.get_by_role("link", name="Log in om je aan te melden").is_visible()
    assert page.get_by_role("heading", name="Jouw aanmeldingen").count() == 0
    assert_accessible(page)
