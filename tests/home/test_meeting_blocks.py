"""The home page shows the next meeting with its registration state, the latest reports and
factsheets, and a member's own registrations; every block has an empty state."""

import datetime

import pytest
from django.utils import timezone

from meetings.home import next_meeting, next_meeting_block, upcoming_registrations
from meetings.models import Factsheet, Meeting, Registration
from tests.factories import make_user
from tests.meetings.factories import (
    make_factsheet,
    make_meeting,
    make_registration,
    make_report,
)

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

WAITING = Registration.Status.WAITING


def state_of(user):
    """The next meeting as the home page shows it to `user`."""
    return next_meeting_block(user, upcoming_registrations(user))


def fill_meeting(meeting, confirmed):
    for number in range(confirmed):
        make_registration(meeting, make_user(f"deelnemer{meeting.pk}-{number}@example.org"))


# -- The next meeting ---------------------------------------------------------------------


def test_next_meeting_is_the_soonest_that_goes_ahead(client):
    make_meeting("Kwartaalbijeenkomst later", days_from_now=40)
    make_meeting(
        "Afgelaste bijeenkomst",
        days_from_now=5,
        status=Meeting.Status.CANCELLED,
        cancellation_reason="Ziekte.",
    )
    make_meeting("Kennissessie eerder", days_from_now=10, slug="kennissessie-eerder")
    make_meeting("Voorbij", days_from_now=-3)
    assert next_meeting().title == "Kennissessie eerder"
    content = client.get("/").content.decode()
    assert 'href="/bijeenkomsten/kennissessie-eerder/"' in content
    assert "Afgelaste bijeenkomst" not in content


def test_no_planned_meeting_shows_the_empty_state(client):
    make_meeting("Voorbij", days_from_now=-3)
    content = client.get("/").content.decode()
    assert "Er staat nog geen nieuwe bijeenkomst gepland." in content


def test_member_gets_a_button_to_the_registration_form(member_client):
    make_meeting("Kwartaalbijeenkomst", slug="kwartaal", capacity=20)
    content = member_client.get("/").content.decode()
    assert 'href="/bijeenkomsten/kwartaal/#aanmelden">Aanmelden</a>' in content
    assert "Nog 20 plekken vrij." in content


def test_visitor_is_asked_to_log_in_first(client):
    make_meeting("Kwartaalbijeenkomst", slug="kwartaal")
    content = client.get("/").content.decode()
    assert "/account/login/?next=%2Fbijeenkomsten%2Fkwartaal%2F" in content
    assert "Log in om je aan te melden" in content


def test_pending_account_is_told_to_wait_for_approval(pending_client):
    make_meeting("Kwartaalbijeenkomst", slug="kwartaal")
    content = pending_client.get("/").content.decode()
    assert "zodra een trekker je account heeft goedgekeurd" in content
    assert "#aanmelden" not in content


def test_full_meeting_offers_the_waiting_list(member):
    meeting = make_meeting(capacity=2)
    fill_meeting(meeting, 2)
    state = state_of(member)
    assert state.code == "full"
    assert state.button_label == "Aanmelden voor de wachtlijst"
    assert "wachtlijst" in state.message


def test_registration_not_yet_open_has_no_button(member):
    opens = timezone.now() + datetime.timedelta(days=3)
    make_meeting(registration_opens_at=opens)
    state = state_of(member)
    assert state.code == "not_open"
    assert "Aanmelden kan vanaf" in state.message
    assert str(timezone.localtime(opens).year) in state.message
    assert not state.button_url


def test_closed_registration_has_no_button(member):
    make_meeting(registration_closes_at=timezone.now() - datetime.timedelta(hours=1))
    state = state_of(member)
    assert state.code == "closed"
    assert not state.button_url


def test_registration_for_a_cancelled_meeting_says_it_does_not_go_ahead(member, member_client):
    meeting = make_meeting("Afgelaste kennissessie", days_from_now=9)
    make_registration(meeting, member)
    meeting.status = Meeting.Status.CANCELLED
    meeting.cancellation_reason = "Ziekte."
    meeting.save()
    content = member_client.get("/").content.decode()
    block = content[content.index("Jouw aanmeldingen") :]
    assert "gaat niet door" in block[: block.index("</section>")]
    assert "Er staat nog geen nieuwe bijeenkomst gepland." in content


def test_registered_member_sees_the_own_registration_on_the_next_meeting(member, member_client):
    meeting = make_meeting("Kwartaalbijeenkomst", capacity=1)
    make_registration(meeting, member)
    content = member_client.get("/").content.decode()
    assert "Je bent aangemeld" in content
    assert "Aanmelden voor de wachtlijst" not in content


def test_waiting_member_sees_the_place_on_the_waiting_list(member, member_client):
    meeting = make_meeting("Kwartaalbijeenkomst", capacity=1)
    fill_meeting(meeting, 1)
    start = timezone.now() - datetime.timedelta(days=1)
    for number in range(2):
        make_registration(
            meeting,
            make_user(f"wacht{number}@example.org"),
            status=WAITING,
            registered_at=start + datetime.timedelta(minutes=number),
        )
    make_registration(meeting, member, status=WAITING)
    content = member_client.get("/").content.decode()
    assert "Je staat op de wachtlijst, op plaats 3." in content


# -- The member's own registrations -------------------------------------------------------


def test_member_sees_own_upcoming_registrations_only(member, member_client):
    soon = make_meeting("Kennissessie Gouda", days_from_now=7)
    later = make_meeting("Kwartaalbijeenkomst voorjaar", days_from_now=60, capacity=1)
    past = make_meeting("Bijeenkomst van vorig jaar", days_from_now=-300)
    cancelled_registration = make_meeting("Afgemeld voor deze", days_from_now=20)
    someone_else = make_meeting("Alleen een ander", days_from_now=30)
    make_registration(soon, member, attendance=Registration.Attendance.ON_SITE)
    make_registration(later, make_user("eerste@example.org"))
    make_registration(later, member, status=WAITING)
    make_registration(past, member)
    make_registration(cancelled_registration, member, status=Registration.Status.CANCELLED)
    make_registration(someone_else, make_user("ander@example.org"))
    content = member_client.get("/").content.decode()
    block = content[content.index("Jouw aanmeldingen") :]
    block = block[: block.index("</section>")]
    assert block.index("Kennissessie Gouda") < block.index("Kwartaalbijeenkomst voorjaar")
    assert "aangemeld, op locatie" in block
    assert "op de wachtlijst, plaats 1" in block
    for absent in ["vorig jaar", "Afgemeld voor deze", "Alleen een ander"]:
        assert absent not in block


def test_member_without_registrations_gets_the_empty_state(member_client):
    content = member_client.get("/").content.decode()
    assert "Je bent nog niet aangemeld voor een komende bijeenkomst." in content


def test_visitors_and_pending_accounts_never_see_registrations(client, pending, pending_client):
    meeting = make_meeting("Kwartaalbijeenkomst", days_from_now=7)
    make_registration(meeting, pending)
    make_registration(meeting, make_user("lid2@example.org", first_name="Zora"))
    for viewer in (client, pending_client):
        content = viewer.get("/").content.decode()
        assert "Jouw aanmeldingen" not in content
        assert "Je bent aangemeld" not in content
        assert "Zora" not in content
        assert "lid2@example.org" not in content


# -- Reports and factsheets ---------------------------------------------------------------


def test_latest_published_reports_are_shown_newest_first(client):
    old = make_report(make_meeting("Bijeenkomst januari", days_from_now=-300))
    old.published_at = timezone.now() - datetime.timedelta(days=200)
    old.save()
    make_report(make_meeting("Kennissessie Gouda", days_from_now=-20, slug="gouda"))
    make_report(make_meeting("Concept september", days_from_now=-10), published=False)
    make_report(
        make_meeting("Nog niet verschenen", days_from_now=-5),
        published_at=timezone.now() + datetime.timedelta(days=1),
    )
    content = client.get("/").content.decode()
    assert content.index("Verslag: Kennissessie Gouda") < content.index(
        "Verslag: Bijeenkomst januari"
    )
    assert 'href="/bijeenkomsten/gouda/#verslag"' in content
    assert "Concept september" not in content
    assert "Nog niet verschenen" not in content


def test_latest_factsheets_are_shown_and_future_ones_and_attachments_not(client):
    make_factsheet(title="Factsheet oktober 2023", slug="factsheet-oktober")
    make_factsheet(
        title="Factsheet van morgen",
        published_on=timezone.localdate() + datetime.timedelta(days=1),
    )
    make_factsheet(title="Presentatie als bijlage", kind=Factsheet.Kind.ATTACHMENT)
    content = client.get("/").content.decode()
    assert 'href="/bijeenkomsten/factsheets/factsheet-oktober.pdf"' in content
    assert "Factsheet van morgen" not in content
    assert "Presentatie als bijlage" not in content


def test_empty_report_and_factsheet_blocks_say_so(client):
    content = client.get("/").content.decode()
    assert "Er zijn nog geen verslagen verschenen." in content
    assert "Er zijn nog geen factsheets verschenen." in content


def test_home_page_shows_the_network_ambition(client):
    content = client.get("/").content.decode()
    assert "Vanuit een gemeenschappelijke visie en taal leren" in content
