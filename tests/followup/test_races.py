"""Races: one answer per link and one invitation mail per person, also when requests collide.

Real threads with their own PostgreSQL connections start together at a barrier, as in
tests/meetings/test_registration_race.py.
"""

from contextlib import suppress

import pytest

from followup import services
from followup.models import Invitation, Response
from leernetwerk.models import OutgoingMail
from tests.factories import local_datetime, make_user
from tests.followup.factories import make_invitation
from tests.meetings.factories import make_meeting, make_registration
from tests.meetings.test_registration_race import _in_parallel

pytestmark = pytest.mark.clock

THREADS = 10


@pytest.mark.django_db(transaction=True)
def test_one_link_sent_ten_times_at_once_stores_one_answer():
    member = make_user("haast@example.org")
    _, token = make_invitation(make_meeting(days_from_now=-1), member)

    def answer(_):
        # The other nine are told the link was used.
        with suppress(services.InvitationUnusable):
            services.submit_response(
                token, overall=4, format_fit="yes", keep="", change="", extra_answers={}
            )

    errors = _in_parallel(list(range(THREADS)), answer)

    assert errors == []
    assert Response.objects.count() == 1
    assert Invitation.objects.get().is_used()


@pytest.mark.django_db(transaction=True)
def test_two_workers_inviting_at_once_mail_each_member_once():
    meeting = make_meeting(starts_at=local_datetime(-1, hour=9))
    members = [make_user(f"deelnemer{number}@example.org") for number in range(5)]
    for member in members:
        make_registration(meeting, member)

    errors = _in_parallel([1, 2], lambda _: services.invite_for_evaluations())

    assert errors == []
    assert Invitation.objects.count() == len(members)
    assert OutgoingMail.objects.count() == len(members)
