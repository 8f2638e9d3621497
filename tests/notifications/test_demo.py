"""The demo gives a few members their own choices, once, and the worker finds news to tell."""

import pytest
from django.core.management import call_command

from members.models import User
from notifications import services
from notifications.models import Preferences

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _debug_on(settings):
    settings.DEBUG = True


def test_demo_members_get_sensible_choices_that_a_second_load_keeps(mailoutbox):
    call_command("load_demo", verbosity=0)
    member = User.objects.get(email="lid@example.org")
    preferences = Preferences.objects.get(user=member)
    assert preferences.choices["new_meeting"] == "direct"
    assert preferences.chosen_at is not None
    preferences.choices = {"report": "never"}
    preferences.save()

    call_command("load_demo", verbosity=0)

    assert Preferences.objects.get(user=member).choices == {"report": "never"}


def test_after_the_demo_the_worker_has_news_for_the_demo_member(mailoutbox):
    call_command("load_demo", verbosity=0)
    assert services.send_direct_notifications() > 0
    member = User.objects.get(email="lid@example.org")
    subjects = [message.subject for message in mailoutbox if message.to == [member.email]]
    assert any("Nieuwe bijeenkomst" in subject for subject in subjects), subjects
