"""The demo content: actions from the seeded reports' "Vervolg", and a few evaluations."""

import pytest
from django.core.management import call_command

from followup.models import Action, Evaluation, Response
from meetings.models import FollowUp

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def test_demo_makes_actions_of_the_vervolg_and_evaluations_once(settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    counts = (Action.objects.count(), Evaluation.objects.count(), Response.objects.count())
    assert counts[0] == FollowUp.objects.exclude(action__startswith="Volgende").count()
    assert counts[1] == 2 and counts[2] == 8
    lotte = Action.objects.get(owner_member__email="lid@example.org")
    assert lotte.status == Action.Status.UNDER_WAY
    assert Action.objects.still_open().exists() and Action.objects.filter(status="done").exists()
    call_command("load_demo", verbosity=0)
    again = (Action.objects.count(), Evaluation.objects.count(), Response.objects.count())
    assert again == counts


def test_demo_member_sees_carried_over_actions_on_the_next_meeting(settings, member_client):
    from meetings.models import Meeting

    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    next_meeting = Meeting.objects.upcoming().first()
    html = member_client.get(next_meeting.get_absolute_url()).content.decode()
    assert "Stand van zaken" in html
