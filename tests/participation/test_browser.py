"""Participation in a real browser: marking attendance on a phone, and axe on every new page."""

import pytest
from django.urls import reverse

from members.models import Perspective, Region
from participation.models import Attendance
from tests.accessibility import assert_accessible
from tests.meetings.factories import make_meeting, make_registration
from tests.members.factories import make_profile
from tests.participation.factories import make_answer, make_offer, make_open_reflection

pytestmark = [pytest.mark.browser, pytest.mark.clock]

PHONE = {"width": 375, "height": 740}


@pytest.fixture
def today_meeting(db):
    meeting = make_meeting("Kwartaalbijeenkomst vandaag", days_from_now=0)
    for number, (perspective, region) in enumerate(
        [(Perspective.PRACTICE, Region.HAAGLANDEN), (Perspective.POLICY, Region.MIDDEN_HOLLAND)]
    ):
        profile = make_profile(
            email=f"lid{number}@example.org",
            first_name=["Pim", "Bo"][number],
            last_name="Jansen",
            perspectives=[perspective],
            region=region,
        )
        make_registration(meeting, profile.user)
    return meeting


def test_trekker_marks_attendance_and_adds_a_walk_in_on_a_phone(
    page, log_in, trekker, today_meeting
):
    page.set_viewport_size(PHONE)
    log_in(page, trekker)
    page.goto(reverse("participation:attendance", args=[today_meeting.slug]))
    assert_accessible(page)

    toggle = page.get_by_role("button", name="Aanwezig: Pim Jansen")
    box = toggle.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44, "a big tap target"
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    page.get_by_text("Pim Jansen is aanwezig.").wait_for()
    assert (
        page.get_by_role("button", name="Aanwezig: Pim Jansen").get_attribute("aria-pressed")
        == "true"
    )
    assert Attendance.objects.filter(user__first_name="Pim").exists()

    page.get_by_label("Naam").fill("Wendy Binnenloper")
    page.get_by_label("Perspectief").select_option(label="Onderwijs")
    page.get_by_label("Regio").select_option(label="Holland-Rijnland")
    page.get_by_role("button", name="Toevoegen als aanwezig").click()
    page.get_by_text("Wendy Binnenloper staat erbij als aanwezig.").wait_for()
    assert Attendance.objects.count() == 2
    # No sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_accessible(page)


def test_year_overview_passes_axe(page, log_in, trekker, today_meeting):
    log_in(page, trekker)
    page.goto(reverse("participation:attendance_year"))
    assert page.get_by_role("heading", name="Per bijeenkomst").is_visible()
    assert_accessible(page)


def test_kwartiertje_page_passes_axe_with_errors_and_offers(page, log_in, member):
    make_offer(member)
    log_in(page, member)
    page.goto(reverse("participation:kwartiertje"))
    page.get_by_label("Onderwerp").fill("Scheiding en school")
    page.get_by_role("button", name="Aanbod versturen").click()
    page.get_by_text("Schrijf kort op waar je kwartiertje over gaat.").first.wait_for()
    assert page.get_by_label("Onderwerp").input_value() == "Scheiding en school"
    assert_accessible(page)


def test_meeting_page_with_an_open_reflection_passes_axe(page, log_in, member):
    reflection = make_open_reflection()
    other = make_profile(email="noor@example.org", first_name="Noor").user
    make_answer(
        reflection, other, text="Een goedgekeurd antwoord.", show_name=True, status="approved"
    )
    log_in(page, member)
    page.goto(reflection.report.meeting.get_absolute_url())
    page.get_by_role("button", name="Antwoord versturen").click()
    page.get_by_text("Schrijf je antwoord op.").first.wait_for()
    assert page.get_by_text("Een goedgekeurd antwoord.").is_visible()
    assert_accessible(page)
