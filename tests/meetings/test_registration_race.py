"""The registration race: many members at once can never overbook a meeting.

Real threads, each with its own PostgreSQL connection, start together at a barrier and
register for the same meeting. The row lock on the meeting in `meetings.services`
makes them queue; without it, several would see a free place at the same moment.
"""

import threading

import pytest
from django.db import connection

from meetings import services
from meetings.models import Registration
from members.models import Perspective, Profile
from participation.models import ReservedPlaces
from tests.conftest import sent_mail
from tests.meetings.factories import make_meeting
from tests.meetings.test_registration import make_members

THREADS = 50
CAPACITY = 10


def _in_parallel(users, action):
    """Run `action(user)` for every user in its own thread, all starting together."""
    barrier = threading.Barrier(len(users))
    errors = []

    def run(user):
        try:
            barrier.wait(timeout=30)
            action(user)
        except Exception as error:  # noqa: BLE001 (reported by the test below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a registration hung"
    return errors


@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_registrations_fill_ten_places_and_queue_forty():
    meeting = make_meeting(capacity=CAPACITY)
    users = make_members(THREADS, "racer")

    errors = _in_parallel(users, lambda user: services.register(meeting, user))

    assert errors == []
    registrations = Registration.objects.filter(meeting=meeting)
    assert registrations.count() == THREADS
    assert registrations.filter(status=Registration.Status.CONFIRMED).count() == CAPACITY
    assert registrations.filter(status=Registration.Status.WAITING).count() == THREADS - CAPACITY
    assert set(registrations.values_list("user_id", flat=True)) == {user.pk for user in users}
    # The ten confirmed places went to the first ten in line, the queue holds the rest.
    in_order = list(registrations.order_by("registered_at", "pk").values_list("status", flat=True))
    assert in_order == ["confirmed"] * CAPACITY + ["waiting"] * (THREADS - CAPACITY)
    positions = services.with_waiting_position(registrations.filter(status="waiting"))
    assert sorted(r.waiting_position for r in positions) == list(range(1, THREADS - CAPACITY + 1))
    assert len(sent_mail()) == THREADS


@pytest.mark.django_db(transaction=True)
def test_parallel_cancellations_promote_exactly_as_many_waiting_members():
    meeting = make_meeting(capacity=5)
    users = make_members(15, "wisselaar")
    for user in users:
        services.register(meeting, user)
    leaving = users[:5]

    errors = _in_parallel(leaving, lambda user: services.cancel(meeting, user))

    assert errors == []
    registrations = Registration.objects.filter(meeting=meeting)
    confirmed = set(registrations.filter(status="confirmed").values_list("user_id", flat=True))
    # The five next in line moved up, in their order; nobody else did.
    assert confirmed == {user.pk for user in users[5:10]}
    assert registrations.filter(status="waiting").count() == 5
    assert registrations.filter(status="cancelled").count() == 5


@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_registrations_keep_the_places_held_for_a_perspective():
    """3 of 10 places are held for Doelgroep; 10 of the 50 racers have that perspective."""
    meeting = make_meeting(capacity=CAPACITY)
    ReservedPlaces.objects.create(meeting=meeting, perspective=Perspective.TARGET_GROUP, places=3)
    users = make_members(THREADS, "gereserveerd")
    target_group = set()
    profiles = []
    for number, user in enumerate(users):
        perspective = Perspective.TARGET_GROUP if number % 5 == 0 else Perspective.PRACTICE
        if perspective == Perspective.TARGET_GROUP:
            target_group.add(user.pk)
        profiles.append(Profile(user=user, perspectives=[perspective]))
    Profile.objects.bulk_create(profiles)

    errors = _in_parallel(users, lambda user: services.register(meeting, user))

    assert errors == []
    registrations = Registration.objects.filter(meeting=meeting)
    confirmed = set(registrations.filter(status="confirmed").values_list("user_id", flat=True))
    assert len(confirmed) == CAPACITY
    assert registrations.filter(status="waiting").count() == THREADS - CAPACITY
    # Whoever came first, the three held places went to Doelgroep members only.
    assert len(confirmed & target_group) >= 3
    assert len(confirmed - target_group) <= CAPACITY - 3
