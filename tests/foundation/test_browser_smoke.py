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
