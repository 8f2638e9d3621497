"""The portal in a real browser: home, log in, log out, and axe on the entrance pages."""

import pytest

from tests.accessibility import assert_accessible
from tests.factories import PASSWORD

pytestmark = pytest.mark.browser


def test_member_logs_in_and_out(page, member):
    page.goto("/")
    assert page.locator("h1").first.inner_text() == "Leernetwerk Kind & Complexe Ouderrelaties"
    page.get_by_role("link", name="Inloggen").first.click()
    page.get_by_label("E-mailadres").fill(member.email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    logout = page.get_by_role("button", name="Uitloggen")
    logout.wait_for()
    logout.click()
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Inloggen").wait_for()


@pytest.mark.parametrize(
    "path", ["/", "/account/login/", "/account/signup/", "/contact/", "/toegankelijkheid/"]
)
def test_entrance_pages_pass_axe(page, path):
    page.goto(path)
    assert_accessible(page)


def test_on_a_phone_the_header_is_compact_and_every_menu_link_can_be_reached(page, member, log_in):
    log_in(page, member)
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto("/")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 110
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    for name in ["Bijeenkomsten", "Projecten", "Zoeken", "Mijn profiel"]:
        link = menu.get_by_role("link", name=name)
        link.scroll_into_view_if_needed()
        assert link.is_visible()
    logout = menu.get_by_role("button", name="Uitloggen")
    logout.focus()  # the keyboard brings a link that was scrolled out into view
    assert logout.is_visible()


def test_the_logout_button_sits_on_the_line_of_the_menu_links(page, member, log_in):
    log_in(page, member)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    link = menu.get_by_role("link", name="Mijn profiel").bounding_box()
    logout = menu.get_by_role("button", name="Uitloggen").bounding_box()
    middle = lambda box: box["y"] + box["height"] / 2  # noqa: E731
    assert abs(middle(link) - middle(logout)) <= 2
