"""Reserved places: places held for a perspective stay free for members who have it."""

import pytest
from django.urls import reverse

from meetings import services
from meetings.models import Registration
from members.models import Perspective
from participation.models import ReservedPlaces
from tests.meetings.factories import make_meeting
from tests.meetings.test_admin import inline_management, meeting_form
from tests.members.factories import make_profile

pytestmark = pytest.mark.clock


def _member(email, perspective):
    return make_profile(
        email=email, first_name=email.split("@")[0], perspectives=[perspective]
    ).user


@pytest.fixture
def meeting(db):
    meeting = make_meeting("Live bijeenkomst", capacity=3)
    ReservedPlaces.objects.create(meeting=meeting, perspective=Perspective.POLICY, places=1)
    return meeting


def _status(meeting, user):
    return Registration.objects.get(meeting=meeting, user=user).status


def test_a_member_without_the_perspective_cannot_take_the_held_place(meeting, mailoutbox):
    first, second, third = (_member(f"p{n}@example.org", Perspective.PRACTICE) for n in range(3))
    for user in (first, second, third):
        services.register(meeting, user)
    assert [_status(meeting, user) for user in (first, second, third)] == [
        "confirmed",
        "confirmed",
        "waiting",
    ]
    policy = _member("beleid@example.org", Perspective.POLICY)
    services.register(meeting, policy)
    assert _status(meeting, policy) == "confirmed"


def test_a_member_with_the_perspective_may_take_any_free_place(meeting):
    users = [_member(f"b{n}@example.org", Perspective.POLICY) for n in range(3)]
    for user in users:
        services.register(meeting, user)
    assert {_status(meeting, user) for user in users} == {"confirmed"}


def test_a_filled_reservation_holds_nothing_more(meeting):
    services.register(meeting, _member("beleid@example.org", Perspective.POLICY))
    practice = [_member(f"p{n}@example.org", Perspective.PRACTICE) for n in range(2)]
    for user in practice:
        services.register(meeting, user)
    assert {_status(meeting, user) for user in practice} == {"confirmed"}


def test_a_freed_held_place_goes_to_the_first_waiting_member_with_the_perspective(meeting):
    practice = [_member(f"p{n}@example.org", Perspective.PRACTICE) for n in range(3)]
    policy = _member("beleid@example.org", Perspective.POLICY)
    for user in practice:
        services.register(meeting, user)
    services.register(meeting, policy)  # takes the held place
    waiting_policy = _member("beleid2@example.org", Perspective.POLICY)
    services.register(meeting, waiting_policy)
    assert _status(meeting, waiting_policy) == "waiting"

    services.cancel(meeting, policy)

    # The practice member waited longer, but the freed place is held for Beleid.
    assert _status(meeting, practice[2]) == "waiting"
    assert _status(meeting, waiting_policy) == "confirmed"


def test_meetings_without_a_maximum_ignore_reservations(db):
    meeting = make_meeting(capacity=None)
    ReservedPlaces.objects.create(meeting=meeting, perspective=Perspective.POLICY, places=5)
    user = _member("p@example.org", Perspective.PRACTICE)
    services.register(meeting, user)
    assert _status(meeting, user) == "confirmed"


# -- In the admin ---------------------------------------------------------------------------


def _meeting_form_with_reservations(rows, capacity="10"):
    data = meeting_form(capacity=capacity, **inline_management("reserved_places", len(rows)))
    for number, (perspective, places) in enumerate(rows):
        data[f"reserved_places-{number}-perspective"] = perspective
        data[f"reserved_places-{number}-places"] = str(places)
    return data


def test_trekker_reserves_places_on_the_meeting_in_the_admin(trekker_client, db):
    response = trekker_client.post(
        reverse("admin:meetings_meeting_add"),
        _meeting_form_with_reservations([(Perspective.TARGET_GROUP, 3)]),
    )
    assert response.status_code == 302
    reservation = ReservedPlaces.objects.get()
    assert (reservation.perspective, reservation.places) == (Perspective.TARGET_GROUP, 3)


def test_admin_refuses_more_reserved_places_than_the_maximum(trekker_client, db):
    response = trekker_client.post(
        reverse("admin:meetings_meeting_add"),
        _meeting_form_with_reservations(
            [(Perspective.TARGET_GROUP, 6), (Perspective.POLICY, 5)], capacity="10"
        ),
    )
    assert response.status_code == 200
    assert "Er zijn 11 plaatsen gereserveerd, meer dan het maximum van 10" in (
        response.content.decode()
    )
    assert not ReservedPlaces.objects.exists()


def test_admin_refuses_reserved_places_without_a_maximum(trekker_client, db):
    response = trekker_client.post(
        reverse("admin:meetings_meeting_add"),
        _meeting_form_with_reservations([(Perspective.POLICY, 2)], capacity=""),
    )
    assert "Plaatsen reserveren kan alleen bij een maximum" in response.content.decode()
    assert not ReservedPlaces.objects.exists()


def test_meeting_page_tells_members_which_places_are_reserved(member_client, meeting):
    html = member_client.get(meeting.get_absolute_url()).content.decode()
    assert "Een deel van de plaatsen is gereserveerd" in html
    assert "1 voor beleid" in html
