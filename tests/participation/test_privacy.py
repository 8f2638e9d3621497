"""A member's participation data: in the download, and gone (or anonymous) after deletion."""

import pytest

from members import services as member_services
from participation.models import Attendance, KwartiertjeOffer, ReflectionAnswer
from tests.meetings.factories import make_meeting
from tests.members.factories import make_profile
from tests.participation.factories import make_answer, make_offer, make_open_reflection

pytestmark = pytest.mark.clock


@pytest.fixture
def participant(db):
    user = make_profile(email="deelnemer@example.org", first_name="Dana").user
    make_answer(make_open_reflection(), user, text="Mijn reflectie.")
    make_offer(user, "Mijn kwartiertje")
    Attendance.objects.create(
        meeting=make_meeting(days_from_now=-2),
        user=user,
        perspectives=["practice"],
        region="haaglanden",
        organisation="Wijkteam",
    )
    return user


def test_the_download_holds_answers_offers_and_attendance(participant):
    data = member_services.collect_personal_data(participant)["participation"]
    assert data["reflection_answers"][0]["answer"] == "Mijn reflectie."
    assert data["kwartiertje_offers"][0]["topic"] == "Mijn kwartiertje"
    assert len(data["attended"]) == 1


def test_deleting_the_account_keeps_only_an_anonymous_count(participant):
    member_services.delete_account(participant)
    assert not ReflectionAnswer.objects.exists()
    assert not KwartiertjeOffer.objects.exists()
    attendance = Attendance.objects.get()
    assert attendance.user is None and attendance.organisation == ""
    assert attendance.perspectives == ["practice"]
