"""The participation demo: volunteers, attendance on past meetings, an open reflection."""

import pytest
from django.core.management import call_command

from meetings.models import Meeting
from members.models import User
from participation.models import Attendance, KwartiertjeOffer, ReflectionAnswer, ReflectionOpening
from participation.services import summarize_attendance
from tests.factories import logged_in_client

pytestmark = pytest.mark.clock


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)


def _rows():
    return {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in (Attendance, KwartiertjeOffer, ReflectionAnswer, ReflectionOpening)
    }


def test_demo_has_volunteers_attendance_and_an_open_reflection_and_loads_twice(demo):
    assert KwartiertjeOffer.objects.count() == 3
    past = Meeting.objects.past().exclude(status=Meeting.Status.CANCELLED)
    assert past.exists()
    for meeting in past:
        summary = summarize_attendance(meeting.attendances.all())
        assert summary.total == 7, meeting
    opening = ReflectionOpening.objects.get()
    assert opening.is_open
    assert opening.reflection.report.meeting == past.first()
    assert ReflectionAnswer.objects.approved().count() == 1
    assert ReflectionAnswer.objects.pending().count() == 1

    first = _rows()
    call_command("load_demo", verbosity=0)
    assert _rows() == first, "loading the demo again changes nothing"


def test_demo_meeting_page_shows_the_open_question_and_the_approved_answer(demo, client):

    opening = ReflectionOpening.objects.get()
    url = opening.reflection.report.meeting.get_absolute_url()
    member_page = logged_in_client(User.objects.get(email="daan.mulder@example.org")).get(url)
    assert "Denk mee: reflectievragen" in member_page.content.decode()
    html = client.get(url).content.decode()
    assert "wat het kind zelf wil" in html
    assert "samen optrekken met het onderwijs" not in html
