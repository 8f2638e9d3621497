"""`manage.py load_demo` fills every app, changes nothing when run again and never touches
real data: it refuses to run with DEBUG off and leaves every row that exists as it is."""

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from meetings.models import Meeting
from members.models import User
from members.roles import is_trekker
from tests.factories import make_user

pytestmark = pytest.mark.django_db

DEMO_APP_LABELS = {"members", "meetings", "glossary", "projects", "taggit", "account"}


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in DEMO_APP_LABELS
    }


@pytest.fixture(autouse=True)
def _debug_on(settings):
    """Development settings, where the demo belongs (pytest runs with DEBUG off)."""
    settings.DEBUG = True


def test_load_demo_twice_changes_nothing():
    call_command("load_demo", verbosity=0)
    first = row_counts()
    call_command("load_demo", verbosity=0)
    assert row_counts() == first


def test_load_demo_creates_a_trekker_with_admin_rights_and_a_member():
    call_command("load_demo", verbosity=0)
    trekker = User.objects.get(email="trekker@example.org")
    member = User.objects.get(email="lid@example.org")
    assert trekker.is_staff and is_trekker(trekker)
    assert trekker.has_perm("members.change_user")
    assert member.is_approved() and not is_trekker(member)


def test_load_demo_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo", verbosity=0)
    assert not User.objects.exists()


def test_a_second_load_leaves_an_edited_meeting_and_an_approved_account_as_they_are():
    call_command("load_demo", verbosity=0)
    meeting = Meeting.objects.get(slug="kwartaalbijeenkomst-2-oktober-2023")
    meeting.title = "Kwartaalbijeenkomst oktober, door de trekker herschreven"
    meeting.save()
    meeting.goals.all().delete()
    pending = User.objects.get(email="nog.niet.goedgekeurd@example.org")
    pending.approval_status = User.ApprovalStatus.APPROVED
    pending.save()
    trekker = User.objects.get(email="trekker@example.org")
    trekker.set_password("Een-eigen-sterk-wachtwoord-7")
    trekker.is_staff = False
    trekker.save()

    call_command("load_demo", verbosity=0)

    meeting.refresh_from_db()
    assert meeting.title == "Kwartaalbijeenkomst oktober, door de trekker herschreven"
    assert not meeting.goals.exists()
    pending.refresh_from_db()
    assert pending.approval_status == User.ApprovalStatus.APPROVED
    trekker.refresh_from_db()
    assert trekker.check_password("Een-eigen-sterk-wachtwoord-7")
    assert not trekker.check_password("leernetwerk-demo")
    assert not trekker.is_staff


def test_if_empty_loads_nothing_into_a_database_with_content():
    make_user("echte.persoon@example.org")
    call_command("load_demo", "--if-empty", verbosity=0)
    assert list(User.objects.values_list("email", flat=True)) == ["echte.persoon@example.org"]
    assert not Meeting.objects.exists()


def test_if_empty_fills_an_empty_database():
    call_command("load_demo", "--if-empty", verbosity=0)
    assert User.objects.filter(email="trekker@example.org").exists()
    assert Meeting.objects.exists()
