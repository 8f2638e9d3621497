"""What the member can download about their mail settings, and what deletion removes."""

import pytest

from members.services import collect_personal_data, delete_account
from notifications import services
from notifications.models import Notification, Preferences
from tests.meetings.factories import make_report
from tests.notifications.helpers import member_choosing

pytestmark = pytest.mark.django_db


def test_the_download_holds_the_choices_and_what_was_sent():
    member = member_choosing("lezer@example.org", report="direct")
    report = make_report()
    services.send_direct_notifications()

    data = collect_personal_data(member)["notifications"]

    assert data["choices"]["report"] == "direct"
    assert data["sent"] == [
        {
            "kind": "report",
            "item": f"report:{report.pk}",
            "how": "direct",
            "at": Notification.objects.get().created_at.isoformat(),
        }
    ]


def test_deleting_the_account_removes_settings_and_records():
    member = member_choosing("lezer@example.org", report="direct")
    make_report()
    services.send_direct_notifications()
    delete_account(member)
    assert not Preferences.objects.exists()
    assert not Notification.objects.exists()
