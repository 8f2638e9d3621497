"""axe finds no WCAG 2.1 A/AA violation on the home page, empty or filled, as visitor or member."""

import pytest

from tests.accessibility import assert_accessible
from tests.home.test_glossary_block import established

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_empty_home_page_passes_axe(page):
    page.goto("/")
    assert page.get_by_text("Er is nog geen begrip uitgelicht").is_visible()
    assert_accessible(page)


def test_filled_home_page_passes_axe_for_a_member(page, log_in, member):
    established("contactverlies", deprecated=["ouderverstoting"])
    log_in(page, member)
    page.goto("/")
    assert page.get_by_text("Uitgelicht begrip:").is_visible()
    assert_accessible(page)
