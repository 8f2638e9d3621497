"""In a browser, checked with axe: the calendar link on "Mijn gegevens", mailing registrants."""

import pytest

from meetings.models import CalendarLink, Mailing
from tests.accessibility import assert_accessible
from tests.factories import make_user
from tests.meetings.factories import make_meeting, make_registration

pytestmark = [pytest.mark.browser, pytest.mark.clock]


def test_my_data_shows_the_calendar_link_and_renews_it(page, log_in, member):
    log_in(page, member)
    page.goto("/leden/mijn-gegevens/")
    address = page.get_by_label("Jouw agendalink")
    first = address.input_value()
    assert "/bijeenkomsten/agenda/" in first and first.endswith(".ics")
    assert_accessible(page)

    page.get_by_role("button", name="Nieuwe agendalink maken").click()
    page.get_by_text("Je hebt een nieuwe agendalink.").wait_for()
    assert page.get_by_label("Jouw agendalink").input_value() != first
    assert CalendarLink.objects.get(user=member).get_absolute_url() in page.content()
    assert_accessible(page)


def test_a_trekker_previews_and_sends_a_mail_to_the_registrants(page, log_in, trekker):
    meeting = make_meeting("Kwartaalbijeenkomst mei", days_from_now=20)
    make_registration(meeting, make_user("een@example.org", first_name="Eva"))
    log_in(page, trekker)
    page.goto(f"/beheer/meetings/meeting/{meeting.pk}/change/")
    page.get_by_role("link", name="Deelnemers mailen").click()
    assert_accessible(page)

    page.get_by_label("Alleen wie is aangemeld").check()
    page.get_by_label("Onderwerp").fill("Praktische informatie")
    page.get_by_label("Bericht").fill("Neem je laptop mee.\nWe beginnen om twee uur.")
    page.get_by_role("button", name="Bekijk eerst een voorbeeld").click()
    page.get_by_text("Deze e-mail gaat naar 1 persoon").wait_for()
    assert "Beste Eva," in page.content()
    assert_accessible(page)

    page.get_by_role("button", name="Versturen naar 1 persoon").click()
    page.get_by_text("De e-mail staat klaar voor 1 persoon.").wait_for()
    mailing = Mailing.objects.get()
    assert mailing.audience == Mailing.Audience.CONFIRMED
    assert mailing.body == "Neem je laptop mee.\nWe beginnen om twee uur."
    assert_accessible(page)
