"""A member registers for a meeting and then cancels, in a real browser; axe on each step."""

import pytest

from meetings import services
from meetings.models import Meeting, Registration
from tests.accessibility import assert_accessible
from tests.meetings.factories import make_meeting
from tests.meetings.test_registration import make_members

pytestmark = pytest.mark.browser


def test_member_registers_for_a_meeting_and_then_cancels(page, log_in, member, mailoutbox):
    meeting = make_meeting(
        "Kwartaalbijeenkomst december",
        format=Meeting.Format.HYBRID,
        venue="Stadhuis Gouda",
        capacity=20,
    )
    log_in(page, member)

    page.goto(meeting.get_absolute_url())
    page.get_by_text("Er zijn nog 20 plaatsen vrij.").wait_for()
    assert_accessible(page)
    page.get_by_label("Online", exact=True).check()
    page.get_by_role("button", name="Aanmelden").click()

    page.get_by_role("heading", level=1, name="Je bent aangemeld").wait_for()
    assert page.get_by_text("Je doet online mee.").is_visible()
    registration = Registration.objects.get(meeting=meeting, user=member)
    assert (registration.status, registration.attendance) == ("confirmed", "online")
    assert_accessible(page)

    page.get_by_role("button", name="Afmelden").click()
    page.get_by_role("heading", name="Weet je zeker dat je je wilt afmelden?").wait_for()
    assert_accessible(page)
    page.get_by_role("button", name="Ja, afmelden").click()

    page.get_by_text("Je bent afgemeld voor „Kwartaalbijeenkomst december”.").wait_for()
    assert page.url.endswith(meeting.get_absolute_url())
    # Back on the meeting page, the form is offered again.
    assert page.get_by_role("button", name="Aanmelden").is_visible()
    assert_accessible(page)
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    assert [mail.subject.split(":")[0] for mail in mailoutbox] == [
        "[Leernetwerk] Je bent aangemeld",
        "[Leernetwerk] Je bent afgemeld",
    ]


def test_hybrid_registration_without_a_choice_focuses_the_error_summary_which_leads_to_the_choice(
    page, log_in, member
):
    meeting = make_meeting(format=Meeting.Format.HYBRID)
    log_in(page, member)
    page.goto(meeting.get_absolute_url())
    page.get_by_role("button", name="Aanmelden").click()

    # The meeting page comes back with the summary far down the page: focus goes there.
    summary = page.locator("[data-error-summary]")
    summary.get_by_role("heading", name="Er ging iets mis").wait_for()
    page.wait_for_function("document.activeElement.matches('[data-error-summary]')")
    assert 0 <= summary.bounding_box()["y"] < page.viewport_size["height"]
    assert page.get_by_text("Kies of je op locatie of online meedoet.").count() == 2
    assert not Registration.objects.exists()
    assert_accessible(page)

    summary.get_by_role("link", name="Hoe doe je mee? Kies of je op locatie of online").click()
    assert page.evaluate("document.activeElement.id") == "id_attendance_0"
    assert page.get_by_label("Op locatie", exact=True).evaluate("e => e === document.activeElement")


def test_waiting_member_sees_the_place_and_the_full_message_passes_axe(page, log_in, member):
    meeting = make_meeting(capacity=1, format=Meeting.Format.ONLINE)
    [someone] = make_members(1)
    services.register(meeting, someone)
    log_in(page, member)
    page.goto(meeting.get_absolute_url())
    page.get_by_text("Deze bijeenkomst is vol. Meld je aan voor de wachtlijst.").wait_for()
    assert_accessible(page)
    page.get_by_role("button", name="Aanmelden voor de wachtlijst").click()
    page.get_by_role("heading", level=1, name="Je staat op de wachtlijst, plaats 1").wait_for()
    assert_accessible(page)
    page.goto(meeting.get_absolute_url())
    page.get_by_text("Je staat op de wachtlijst, plaats 1.").wait_for()
    assert_accessible(page)


def test_refused_registration_returns_to_the_meeting_page_with_the_choice_kept(
    page, log_in, member
):
    meeting = make_meeting(format=Meeting.Format.HYBRID)
    log_in(page, member)
    page.goto(meeting.get_absolute_url())
    page.get_by_label("Op locatie", exact=True).check()
    # Registration closes while the member is deciding.
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.CANCELLED)
    page.get_by_role("button", name="Aanmelden").click()
    page.get_by_text("Deze bijeenkomst gaat niet door. Aanmelden kan niet meer.").wait_for()
    assert "deelname=on_site" in page.url
    assert not Registration.objects.exists()
    assert_accessible(page)
