"""Who came: marking attendance, walk-ins, and the counts per perspective and region."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting, Registration
from members.models import Perspective, Region
from participation import services
from participation.models import Attendance
from tests.factories import make_user
from tests.meetings.factories import make_meeting, make_registration
from tests.members.factories import make_organisation, make_profile
from tests.participation.factories import make_walk_in

pytestmark = pytest.mark.clock


def _url(meeting):
    return reverse("participation:attendance", args=[meeting.slug])


@pytest.fixture
def today_meeting(db):
    return make_meeting("Kwartaalbijeenkomst vandaag", days_from_now=0)


@pytest.fixture
def registered(today_meeting):
    profile = make_profile(
        email="praktijk@example.org",
        first_name="Pim",
        last_name="Praktijk",
        perspectives=[Perspective.PRACTICE, Perspective.RESEARCH],
        region=Region.MIDDEN_HOLLAND,
        organisation=make_organisation("Jeugdhulp Gouda"),
    )
    return make_registration(today_meeting, profile.user)


def test_trekker_sees_the_registrations_with_a_toggle(trekker_client, today_meeting, registered):
    html = trekker_client.get(_url(today_meeting)).content.decode()
    assert "Pim Praktijk" in html
    assert 'aria-pressed="false"' in html
    assert "Nog niet gezien" in html


def test_members_may_not_open_the_attendance_page(member_client, today_meeting):
    assert member_client.get(_url(today_meeting)).status_code == 403


def test_marking_present_copies_perspectives_region_and_organisation(
    trekker_client, today_meeting, registered
):
    response = trekker_client.post(
        _url(today_meeting), {"action": "present", "registration": registered.pk}
    )
    assert response.status_code == 302
    attendance = Attendance.objects.get()
    assert attendance.user == registered.user
    assert attendance.perspectives == [Perspective.PRACTICE, Perspective.RESEARCH]
    assert attendance.region == Region.MIDDEN_HOLLAND
    assert attendance.organisation == "Jeugdhulp Gouda"
    html = trekker_client.get(response.url).content.decode()
    assert "Pim Praktijk is aanwezig." in html
    assert 'aria-pressed="true"' in html


def test_marking_present_twice_keeps_one_row_and_absent_removes_it(
    trekker_client, today_meeting, registered
):
    for _ in range(2):
        trekker_client.post(
            _url(today_meeting), {"action": "present", "registration": registered.pk}
        )
    assert Attendance.objects.count() == 1
    trekker_client.post(_url(today_meeting), {"action": "absent", "registration": registered.pk})
    assert not Attendance.objects.exists()


def test_cancelled_registration_cannot_be_marked(trekker_client, today_meeting):
    cancelled = make_registration(
        today_meeting, make_user("af@example.org"), status=Registration.Status.CANCELLED
    )
    response = trekker_client.post(
        _url(today_meeting), {"action": "present", "registration": cancelled.pk}
    )
    assert response.status_code == 404
    assert not Attendance.objects.exists()


def test_attendance_cannot_be_marked_before_the_day(trekker_client, member):
    later = make_meeting("Later", days_from_now=3)
    registration = make_registration(later, member)
    response = trekker_client.post(
        _url(later), {"action": "present", "registration": registration.pk}
    )
    assert response.status_code == 302
    assert not Attendance.objects.exists()
    assert "vanaf de dag van de bijeenkomst" in trekker_client.get(response.url).content.decode()


def test_trekker_adds_and_removes_a_walk_in(trekker_client, today_meeting):
    response = trekker_client.post(
        _url(today_meeting),
        {
            "action": "walk_in",
            "name": "Wendy Binnenloper",
            "perspective": Perspective.POLICY,
            "region": Region.HOLLAND_RIJNLAND,
            "organisation": "Gemeente Leiden",
        },
    )
    assert response.status_code == 302
    walk_in = Attendance.objects.get()
    assert (walk_in.name, walk_in.perspectives, walk_in.region, walk_in.is_walk_in) == (
        "Wendy Binnenloper",
        [Perspective.POLICY],
        Region.HOLLAND_RIJNLAND,
        True,
    )
    trekker_client.post(_url(today_meeting), {"action": "remove_walk_in", "attendance": walk_in.pk})
    assert not Attendance.objects.exists()


def test_walk_in_without_perspective_is_refused_and_keeps_the_name(trekker_client, today_meeting):
    response = trekker_client.post(
        _url(today_meeting),
        {"action": "walk_in", "name": "Wendy Binnenloper", "region": Region.HAAGLANDEN},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Kies een perspectief." in html
    assert 'value="Wendy Binnenloper"' in html
    assert not Attendance.objects.exists()


# -- Counting -------------------------------------------------------------------------------


def test_counts_per_perspective_and_region_name_what_is_missing(today_meeting):
    make_walk_in(today_meeting, "A", [Perspective.POLICY], region=Region.HAAGLANDEN)
    make_walk_in(
        today_meeting, "B", [Perspective.POLICY, Perspective.PRACTICE], region=Region.HAAGLANDEN
    )
    make_walk_in(today_meeting, "C", [Perspective.PRACTICE], region=Region.HOLLAND_RIJNLAND)
    make_walk_in(today_meeting, "D", [Perspective.EDUCATION], region=Region.HOLLAND_RIJNLAND)
    make_walk_in(today_meeting, "E", [Perspective.RESEARCH], region=Region.ELSEWHERE)
    summary = services.summarize_attendance(today_meeting.attendances.all())
    assert summary.total == 5
    assert dict(summary.per_perspective) == {
        "Beleid": 2,
        "Onderwijs": 1,
        "Praktijk": 2,
        "Onderzoek": 1,
        "Doelgroep": 0,
    }
    assert dict(summary.per_region) == {
        "Haaglanden": 2,
        "Midden-Holland": 0,
        "Holland-Rijnland": 2,
        "Elders": 1,
    }
    assert summary.missing_perspectives == ["Onderwijs", "Onderzoek", "Doelgroep"]
    # "Elders" is no region of the network, so it is never missing.
    assert summary.missing_regions == ["Midden-Holland"]


def _meeting_in(year, month, title):
    starts_at = datetime(year, month, 15, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    return make_meeting(title, starts_at=starts_at)


def test_year_overview_counts_each_meeting_and_the_whole_year(trekker_client):
    year = timezone.localdate().year - 1
    spring = _meeting_in(year, 3, "Voorjaar")
    autumn = _meeting_in(year, 10, "Najaar")
    earlier = _meeting_in(year - 1, 10, "Jaar ervoor")
    make_walk_in(spring, "A", [Perspective.TARGET_GROUP], region=Region.MIDDEN_HOLLAND)
    make_walk_in(autumn, "B", [Perspective.TARGET_GROUP], region=Region.MIDDEN_HOLLAND)
    make_walk_in(autumn, "C", [Perspective.POLICY], region=Region.HAAGLANDEN)
    make_walk_in(earlier, "D", [Perspective.POLICY], region=Region.HAAGLANDEN)

    per_meeting = dict(services.summarize_meetings(Meeting.objects.filter(starts_at__year=year)))
    assert {meeting.title: summary.total for meeting, summary in per_meeting.items()} == {
        "Voorjaar": 1,
        "Najaar": 2,
    }
    summary = services.summarize_attendance(Attendance.objects.in_year(year))
    assert summary.total == 3
    assert dict(summary.per_perspective)["Doelgroep"] == 2
    assert dict(summary.per_region)["Midden-Holland"] == 2

    url = reverse("participation:attendance_year") + f"?jaar={year}"
    html = trekker_client.get(url).content.decode()
    assert "Voorjaar" in html and "Najaar" in html and "Jaar ervoor" not in html
    assert "Wat ontbreekt nog" in html


def test_year_overview_refuses_a_nonsense_year(trekker_client):
    url = reverse("participation:attendance_year")
    assert trekker_client.get(url + "?jaar=1800").status_code == 404
    assert trekker_client.get(url + "?jaar=abc").status_code == 200


def test_meeting_admin_shows_the_attendance_summary(trekker_client, today_meeting):
    make_walk_in(today_meeting, "A", [Perspective.POLICY], region=Region.HAAGLANDEN)
    html = trekker_client.get(
        reverse("admin:meetings_meeting_change", args=[today_meeting.pk])
    ).content.decode()
    assert "Wie kwam er" in html
    assert "Wat ontbreekt nog" in html
    assert _url(today_meeting) in html
