"""Every CSV export guards its cells: a spreadsheet never runs a formula a member typed."""

import csv
import io

import pytest
from django.urls import reverse

from glossary.models import Entry
from leernetwerk.csv_export import csv_response
from meetings import services
from meetings.models import Meeting
from tests.glossary.factories import make_entry
from tests.meetings.factories import make_meeting
from tests.members.factories import make_profile

FORMULAS = ['=HYPERLINK("https://aanvaller.example/";"Klik hier")', "+1+1", "-1+1", "@SUM(1;1)"]
CONTROL_STARTS = ["\tverborgen", "\rverborgen"]
FORMULA_CHARACTERS = ("=", "+", "-", "@", "\t", "\r")


def read_cells(response, delimiter):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "no-store" in response["Cache-Control"].split(", ")
    assert response["Content-Disposition"].startswith("attachment;")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    # newline="" keeps a carriage return inside a quoted cell, as a spreadsheet reads it.
    rows = list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=delimiter))
    return [cell for row in rows for cell in row]


def assert_no_formula_cells(cells):
    assert [cell for cell in cells if cell.startswith(FORMULA_CHARACTERS)] == []


def assert_payloads_kept_as_text(cells):
    for payload in FORMULAS:
        assert any(cell.startswith(f"'{payload}") for cell in cells), payload


@pytest.fixture
def people_with_payloads(db):
    """Accounts whose names and functions start like formulas."""
    return [
        make_profile(
            email=f"persoon{number}@example.org",
            first_name=payload,
            last_name=payload,
            function=payload,
        ).user
        for number, payload in enumerate(FORMULAS + CONTROL_STARTS)
    ]


def test_member_list_download_turns_formulas_into_text(trekker_client, people_with_payloads):
    cells = read_cells(trekker_client.get(reverse("members:export")), ";")
    assert_no_formula_cells(cells)
    assert_payloads_kept_as_text(cells)
    assert "persoon0@example.org" in cells


def test_member_list_admin_action_turns_formulas_into_text(trekker_client, people_with_payloads):
    response = trekker_client.post(
        reverse("admin:members_user_changelist"),
        {
            "action": "export_member_list",
            "_selected_action": [person.pk for person in people_with_payloads],
        },
    )
    cells = read_cells(response, ";")
    assert_no_formula_cells(cells)
    assert_payloads_kept_as_text(cells)


@pytest.mark.django_db
def test_public_glossary_csv_turns_formulas_into_text(client):
    for number, payload in enumerate(FORMULAS + CONTROL_STARTS):
        make_entry(
            payload,
            slug=f"begrip-{number}",
            definition=payload,
            admitted=[f"{payload} ook"],
            status=Entry.Status.ESTABLISHED,
        )
    cells = read_cells(client.get("/begrippen/export/begrippenkader.csv"), ",")
    assert_no_formula_cells(cells)
    assert_payloads_kept_as_text(cells)


@pytest.mark.django_db
@pytest.mark.parametrize("from_admin", ["meeting", "registration"])
def test_registration_downloads_turn_formulas_into_text(
    trekker_client, people_with_payloads, from_admin
):
    meeting = make_meeting(FORMULAS[0])
    registrations = [services.register(meeting, person)[0] for person in people_with_payloads]
    if from_admin == "meeting":
        data = {"action": "export_registrations_csv", "_selected_action": [meeting.pk]}
        url = reverse("admin:meetings_meeting_changelist")
    else:
        data = {
            "action": "export_selected_csv",
            "_selected_action": [registration.pk for registration in registrations],
        }
        url = reverse("admin:meetings_registration_changelist")
    cells = read_cells(trekker_client.post(url, data), ";")
    assert_no_formula_cells(cells)
    assert_payloads_kept_as_text(cells)
    assert Meeting.objects.count() == 1


def test_csv_response_guards_the_header_too_and_leaves_numbers_alone():
    response = csv_response("proef.csv", ["=kop", "naam"], [[-1, "-1"], [3, "gewoon"]])
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows == [["'=kop", "naam"], ["-1", "'-1"], ["3", "gewoon"]]
    assert response["Content-Disposition"] == 'attachment; filename="proef.csv"'
