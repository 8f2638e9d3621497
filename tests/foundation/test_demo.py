"""`manage.py load_demo` fills every app and changes nothing when run again."""

import pytest
from django.apps import apps
from django.core.management import call_command

from members.models import User
from members.roles import is_trekker

DEMO_APP_LABELS = {"members", "meetings", "glossary", "projects", "taggit", "account"}


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in DEMO_APP_LABELS
    }


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing():
    call_command("load_demo", verbosity=0)
    first = row_counts()
    call_command("load_demo", verbosity=0)
    assert row_counts() == first


@pytest.mark.django_db
def test_load_demo_creates_a_trekker_with_admin_rights_and_a_member():
    call_command("load_demo", verbosity=0)
    trekker = User.objects.get(email="trekker@example.org")
    member = User.objects.get(email="lid@example.org")
    assert trekker.is_staff and is_trekker(trekker)
    assert trekker.has_perm("members.change_user")
    assert member.is_approved() and not is_trekker(member)
