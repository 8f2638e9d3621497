"""The notification pages and mails in a real browser: axe, keyboard, one-click unsubscribe."""

import pytest
from django.conf import settings
from django.utils import timezone

from notifications import services
from notifications.models import Preferences
from tests.accessibility import assert_accessible
from tests.meetings.factories import make_meeting, make_report
from tests.notifications.helpers import choose, html_of, mails_to

pytestmark = [pytest.mark.browser, pytest.mark.clock]


def test_a_member_chooses_with_the_keyboard_and_the_page_stays_accessible(page, log_in, member):
    log_in(page, member)
    page.goto("/leden/mijn-gegevens/")
    page.get_by_role("link", name="Meldingen").click()
    assert_accessible(page)

    group = page.get_by_role("group", name="Een verslag is gepubliceerd")
    group.get_by_label("Direct").check()
    page.get_by_role("button", name="Keuzes opslaan").press("Enter")

    page.get_by_text("Je keuzes voor e-mail zijn opgeslagen.").wait_for()
    assert_accessible(page)
    assert Preferences.objects.get(user=member).choices["report"] == "direct"


def test_unsubscribing_from_a_link_without_logging_in(page, live_server, member):
    choose(member, report="direct")
    link = services.unsubscribe_url(member, "report").removeprefix(settings.SITE_URL)
    page.goto(live_server.url + link)
    assert_accessible(page)
    page.get_by_role("button", name="Ja, meld me af").click()
    page.get_by_role("heading", name="Je bent afgemeld").wait_for()
    assert_accessible(page)
    assert Preferences.objects.get(user=member).choices["report"] == "never"


def test_a_bad_link_page_is_accessible(page, live_server):
    page.goto(live_server.url + "/leden/mijn-gegevens/meldingen/afmelden/onzin/")
    assert_accessible(page)


def test_the_mails_pass_axe(page, member, mailoutbox):
    choose(member, report="direct", new_meeting="digest")
    make_report(make_meeting("Kennissessie triage", days_from_now=-7))
    make_meeting("Kwartaalbijeenkomst voorjaar", days_from_now=30)
    services.send_direct_notifications()
    services.send_digests(until=timezone.now())
    for message in mails_to(mailoutbox, member):
        page.set_content(html_of(message))
        assert_accessible(page)
