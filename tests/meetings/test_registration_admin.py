"""Registrations in the admin: lists, cancelling through the rules, waiting list, CSV export."""

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import RequestFactory
from django.urls import reverse

from meetings import services
from meetings.admin_registrations import export_registrations_csv
from meetings.models import Meeting, Registration
from tests.meetings.factories import make_meeting
from tests.meetings.test_registration import make_members
from tests.members.factories import make_organisation, make_profile

CHANGELIST = reverse("admin:meetings_registration_changelist")


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def run_action(client, action, registrations, **extra):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [r.pk for r in registrations], **extra},
    )


@pytest.fixture
def full_meeting(db):
    """Capacity 2: two confirmed, two waiting."""
    meeting = make_meeting("Kwartaalbijeenkomst", capacity=2)
    people = make_members(4)
    for person in people:
        services.register(meeting, person)
    return meeting, people


@pytest.mark.django_db
def test_changelist_shows_people_status_and_waiting_place_in_fixed_queries(
    trekker_client, full_meeting, get_within_budget
):
    meeting, _ = full_meeting
    # session, user, two permission lookups, meetings for the filter, filtered count,
    # total count, the page of rows (people, meeting and waiting place in one query)
    response = get_within_budget(trekker_client, CHANGELIST, 8)
    html = response.content.decode()
    assert "deelnemer0@example.org" in html
    assert "Op de wachtlijst" in html
    for person in make_members(30, prefix="extra"):
        services.register(meeting, person)
    get_within_budget(trekker_client, CHANGELIST, 8)
    filtered = trekker_client.get(CHANGELIST, {"status__exact": "waiting", "q": "deelnemer3"})
    rows = filtered.context["cl"].result_list
    assert [(r.user.email, r.waiting_position) for r in rows] == [("deelnemer3@example.org", 2)]


@pytest.mark.django_db
def test_cancelling_in_the_admin_promotes_the_first_waiting_member(
    trekker_client, full_meeting, django_capture_on_commit_callbacks, mailoutbox
):
    meeting, people = full_meeting
    first = Registration.objects.get(user=people[0])
    mailoutbox.clear()  # the set-up's own mails
    with django_capture_on_commit_callbacks(execute=True):
        run_action(trekker_client, "cancel_registrations", [first])
    statuses = dict(
        Registration.objects.filter(meeting=meeting).values_list("user__email", "status")
    )
    assert statuses == {
        "deelnemer0@example.org": "cancelled",
        "deelnemer1@example.org": "confirmed",
        "deelnemer2@example.org": "confirmed",
        "deelnemer3@example.org": "waiting",
    }
    assert {mail.to[0] for mail in mailoutbox} == {
        "deelnemer0@example.org",
        "deelnemer2@example.org",
    }


@pytest.mark.django_db
def test_deleting_in_the_admin_also_promotes(trekker_client, full_meeting):
    meeting, people = full_meeting
    first = Registration.objects.get(user=people[0])
    run_action(trekker_client, "delete_selected", [first], post="yes")
    assert not Registration.objects.filter(pk=first.pk).exists()
    assert Registration.objects.get(user=people[2]).status == "confirmed"


@pytest.mark.django_db
def test_fill_waiting_list_after_raising_the_capacity(trekker_client, full_meeting):
    meeting, people = full_meeting
    Meeting.objects.filter(pk=meeting.pk).update(capacity=3)
    response = run_action(
        trekker_client, "fill_waiting_lists", [Registration.objects.get(user=people[0])]
    )
    assert response.status_code == 302
    assert Registration.objects.get(user=people[2]).status == "confirmed"
    assert Registration.objects.get(user=people[3]).status == "waiting"


@pytest.mark.django_db
def test_status_cannot_be_edited_and_attendance_must_fit_the_format(trekker_client, member):
    meeting = make_meeting(format=Meeting.Format.ONLINE)
    registration, _ = services.register(meeting, member)
    change = reverse("admin:meetings_registration_change", args=[registration.pk])
    response = trekker_client.post(change, {"attendance": "on_site", "status": "cancelled"})
    assert response.status_code == 200
    assert "Deze bijeenkomst is online." in response.content.decode()
    registration.refresh_from_db()
    assert (registration.status, registration.attendance) == ("confirmed", "online")
    assert trekker_client.get(reverse("admin:meetings_registration_add")).status_code == 403


@pytest.mark.django_db
def test_export_for_selected_meetings_lists_attendees_then_waiting_in_amsterdam_time(
    trekker, member
):
    starts = datetime(2027, 6, 15, 13, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    meeting = make_meeting("Live bijeenkomst Smulhoeve", capacity=1, starts_at=starts)
    other = make_meeting("Andere bijeenkomst", capacity=None)
    make_profile(user=member, organisation=make_organisation("Veilig Thuis Haaglanden"))
    services.register(meeting, member)
    [waiting, left, elsewhere] = make_members(3)
    services.register(meeting, waiting)
    services.register(meeting, left)
    services.cancel(meeting, left)
    services.register(other, elsewhere)
    Registration.objects.filter(user=member).update(
        registered_at=datetime(2027, 1, 10, 8, 5, tzinfo=ZoneInfo("UTC"))
    )

    request = RequestFactory().post("/")
    request.user = trekker
    rows = read_csv(export_registrations_csv(None, request, Meeting.objects.filter(pk=meeting.pk)))

    assert rows[0] == [
        "Bijeenkomst",
        "Datum bijeenkomst",
        "Naam",
        "E-mailadres",
        "Organisatie",
        "Status",
        "Deelname",
        "Aangemeld op",
        "Plaats op wachtlijst",
    ]
    assert rows[1] == [
        "Live bijeenkomst Smulhoeve",
        "2027-06-15 13:30",
        "Lotte de Lid",
        "lid@example.org",
        "Veilig Thuis Haaglanden",
        "Aangemeld",
        "Online",
        "2027-01-10 09:05",
        "",
    ]
    assert rows[2][3] == waiting.email
    assert rows[2][5] == "Op de wachtlijst"
    assert rows[2][8] == "1"
    # Cancelled registrations and other meetings are not in the list.
    assert len(rows) == 3


@pytest.mark.django_db
def test_export_action_on_registrations_and_formula_cells_are_defused(trekker_client, member):
    member.first_name = "=HYPERLINK(evil)"
    member.save()
    meeting = make_meeting("Werkgroep")
    registration, _ = services.register(meeting, member)
    response = run_action(trekker_client, "export_selected_csv", [registration])
    rows = read_csv(response)
    assert response["Content-Disposition"] == 'attachment; filename="aanmeldingen.csv"'
    assert rows[1][2].startswith("'=HYPERLINK")
    assert rows[1][0] == "Werkgroep"


@pytest.mark.django_db
def test_members_cannot_reach_the_registration_admin(member_client):
    response = member_client.get(CHANGELIST)
    assert response.status_code == 302
