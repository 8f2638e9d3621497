"""The participation pages run a fixed number of queries, whatever the data size."""

import pytest
from django.urls import reverse

from meetings.models import AgendaItem
from members.models import Perspective, Region
from tests.factories import make_user
from tests.meetings.factories import make_agenda_item, make_meeting, make_registration
from tests.members.factories import make_profile
from tests.participation.factories import make_offer, make_walk_in

pytestmark = pytest.mark.clock


def _meeting_with_people(size):
    meeting = make_meeting("Kwartaalbijeenkomst vandaag", days_from_now=0)
    for number in range(size):
        profile = make_profile(
            email=f"lid{number}@example.org",
            first_name=f"Lid{number}",
            perspectives=[Perspective.PRACTICE],
            region=Region.HAAGLANDEN,
        )
        make_registration(meeting, profile.user)
        make_walk_in(meeting, f"Binnenloper {number}")
    return meeting


@pytest.mark.parametrize("size", [2, 30])
def test_attendance_page_runs_a_fixed_number_of_queries(trekker_client, get_within_budget, size):
    meeting = _meeting_with_people(size)
    # The session, the user, the trekker group check, the meeting, its attendances with their
    # members, its active registrations with their members, the summary's one aggregate.
    get_within_budget(trekker_client, reverse("participation:attendance", args=[meeting.slug]), 7)


@pytest.mark.parametrize("size", [2, 30])
def test_year_overview_runs_a_fixed_number_of_queries(trekker_client, get_within_budget, size):
    for number in range(size):
        make_walk_in(make_meeting(f"Bijeenkomst {number}", days_from_now=-number - 1), "A")
    # The session, the user, the trekker group check, the year's aggregate, the meetings of
    # the year with their counts.
    get_within_budget(trekker_client, reverse("participation:attendance_year"), 5)


@pytest.mark.parametrize("size", [2, 30])
def test_kwartiertje_page_runs_a_fixed_number_of_queries(
    member, member_client, get_within_budget, size
):
    for number in range(size):
        offer = make_offer(member, f"Onderwerp {number}")
        if number % 2:
            offer.agenda_item = make_agenda_item(make_meeting(days_from_now=number), "K")
            offer.save()
    # The session, the user, the count for the pagination, the page of offers with their
    # agenda items and meetings.
    get_within_budget(member_client, reverse("participation:kwartiertje"), 4)


def test_kwartiertje_page_paginates(member, member_client):
    for number in range(25):
        make_offer(member, f"Onderwerp {number}")
    html = member_client.get(reverse("participation:kwartiertje")).content.decode()
    assert "Pagina 1 van 2" in html
    assert "page=2" in html


@pytest.mark.parametrize("size", [2, 30])
def test_profile_page_with_presentations_runs_a_fixed_number_of_queries(
    member_client, get_within_budget, size
):
    profile = make_profile(make_user("presentator@example.org", first_name="Pia"))
    for number in range(size):
        make_agenda_item(
            make_meeting(days_from_now=-number - 1),
            f"Kwartiertje {number}",
            kind=AgendaItem.Kind.KWARTIERTJE,
            presenter_profile=profile,
        )
    # The session, the user, the profile with account and organisation, its themes, the
    # presentations with their meetings.
    response = get_within_budget(member_client, profile.get_absolute_url(), 5)
    assert "Kwartiertje 0" in response.content.decode()
