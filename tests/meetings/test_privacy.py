"""Meetings' part of Mijn gegevens: the member's registrations, exported and erased."""

import pytest

from meetings import privacy, services
from meetings.models import Registration
from members import services as member_services
from tests.meetings.factories import make_meeting
from tests.meetings.test_registration import make_members


@pytest.mark.django_db
def test_personal_data_lists_the_members_own_registrations_only(member):
    meeting = make_meeting("Kwartaalbijeenkomst september", format="hybrid")
    other = make_meeting("Werkgroep", capacity=1)
    services.register(meeting, member, "on_site")
    [someone] = make_members(1)
    services.register(other, someone)
    services.register(other, member)
    services.cancel(meeting, member)

    data = privacy.personal_data(member)

    by_meeting = {row["meeting"]: row for row in data["registrations"]}
    assert set(by_meeting) == {"Kwartaalbijeenkomst september", "Werkgroep"}
    assert by_meeting["Kwartaalbijeenkomst september"]["status"] == "Afgemeld"
    assert by_meeting["Kwartaalbijeenkomst september"]["attendance"] == "Op locatie"
    assert by_meeting["Kwartaalbijeenkomst september"]["cancelled_at"]
    assert by_meeting["Werkgroep"]["status"] == "Op de wachtlijst"
    assert "deelnemer0@example.org" not in str(data)


@pytest.mark.django_db
def test_erasing_deletes_the_registrations_and_gives_the_place_to_the_waiting_list(
    member, django_capture_on_commit_callbacks, mailoutbox
):
    meeting = make_meeting("Kennissessie", capacity=1)
    services.register(meeting, member)
    [waiting] = make_members(1)
    services.register(meeting, waiting)
    mailoutbox.clear()  # the set-up's own mails

    with django_capture_on_commit_callbacks(execute=True):
        privacy.erase_personal_data(member)

    assert not Registration.objects.filter(user=member).exists()
    assert Registration.objects.get(user=waiting).status == "confirmed"
    assert [mail.to for mail in mailoutbox] == [[waiting.email]]


@pytest.mark.django_db
def test_account_deletion_runs_the_meetings_hook(member):
    meeting = make_meeting(capacity=1)
    services.register(meeting, member)
    [waiting] = make_members(1)
    services.register(meeting, waiting)

    assert member_services.collect_personal_data(member)["meetings"]["registrations"]
    member_services.delete_account(member)

    assert Registration.objects.get(user=waiting).status == "confirmed"
    assert Registration.objects.filter(meeting=meeting).count() == 1
