"""Follow-up actions: who may change their status, the overview, and the carry-over."""

import pytest
from django.urls import reverse

from followup.models import Action, ActionChange
from tests.factories import make_user
from tests.followup.factories import make_action
from tests.meetings.factories import make_meeting

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
INDEX = reverse("followup:index")


@pytest.fixture
def past_meeting():
    return make_meeting("Kwartaalbijeenkomst oktober", days_from_now=-30)


def _post_status(client, action, status="done", note="Vragenlijst is verstuurd."):
    return client.post(action.get_absolute_url(), {"status": status, "note": note})


# -- Who may change the status --------------------------------------------------------------


def test_owner_changes_status_and_note_and_leaves_a_history(member, member_client, past_meeting):
    action = make_action(past_meeting, owner_member=member)
    response = _post_status(member_client, action, status="under_way", note="Half af.")
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == Action.Status.UNDER_WAY
    assert action.note == "Half af."
    change = ActionChange.objects.get(action=action)
    assert (change.changed_by, change.from_status, change.to_status) == (
        member,
        "open",
        "under_way",
    )


def test_trekker_changes_status_of_someone_elses_action(trekker_client, member, past_meeting):
    action = make_action(past_meeting, owner_member=member)
    assert _post_status(trekker_client, action).status_code == 302
    action.refresh_from_db()
    assert action.status == Action.Status.DONE
    assert action.closed_at is not None


@pytest.mark.parametrize("owner", ["other member", "organisation name only"])
def test_other_members_may_not_change_the_status(member_client, past_meeting, owner):
    other = make_user("ander@example.org", first_name="Otto", last_name="Ander")
    fields = {"owner_member": other} if owner == "other member" else {"owner_name": "Gemeente"}
    action = make_action(past_meeting, **fields)
    assert _post_status(member_client, action).status_code == 403
    action.refresh_from_db()
    assert action.status == Action.Status.OPEN
    assert not ActionChange.objects.exists()


def test_visitors_and_pending_accounts_may_not_change_the_status(
    client, pending_client, member, past_meeting
):
    action = make_action(past_meeting, owner_member=member)
    assert _post_status(client, action).status_code == 302  # to the login page
    assert _post_status(pending_client, action).status_code == 403
    action.refresh_from_db()
    assert action.status == Action.Status.OPEN


def test_status_form_errors_keep_the_typed_note(member, member_client, past_meeting):
    action = make_action(past_meeting, owner_member=member)
    response = _post_status(member_client, action, status="kwijt", note="Mijn eigen woorden")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Mijn eigen woorden" in html
    assert "Kies een van de statussen uit de lijst." in html


def test_only_owner_and_trekkers_see_the_status_form(
    member, member_client, trekker_client, past_meeting
):
    other = make_user("ander@example.org", first_name="Otto", last_name="Ander")
    own = make_action(past_meeting, owner_member=member)
    theirs = make_action(past_meeting, owner_member=other)
    assert "Status bijwerken" in member_client.get(own.get_absolute_url()).content.decode()
    assert "Status bijwerken" not in member_client.get(theirs.get_absolute_url()).content.decode()
    assert "Status bijwerken" in trekker_client.get(theirs.get_absolute_url()).content.decode()


# -- The overview -------------------------------------------------------------------------


def test_overview_is_for_approved_members_only(client, pending_client, member_client):
    assert client.get(INDEX).status_code == 302
    assert pending_client.get(INDEX).status_code == 403
    assert member_client.get(INDEX).status_code == 200


def test_overview_says_when_there_are_no_actions(member_client):
    assert "Er zijn nog geen vervolgacties" in member_client.get(INDEX).content.decode()


def test_overview_filters_on_status_owner_and_theme(member_client, past_meeting):
    make_action(past_meeting, "Vragenlijst regio", owner_name="Werkplaats SAMEN", themes=["regio"])
    make_action(past_meeting, "Pilot delen", owner_name="Pilotgroep", status="done")
    html = member_client.get(INDEX + "?status=done").content.decode()
    assert "Pilot delen" in html and "Vragenlijst regio" not in html
    html = member_client.get(INDEX + "?wie=samen").content.decode()
    assert "Vragenlijst regio" in html and "Pilot delen" not in html
    html = member_client.get(INDEX + "?thema=regio").content.decode()
    assert "Vragenlijst regio" in html and "Pilot delen" not in html
    html = member_client.get(INDEX + "?status=lopend&wie=niemand").content.decode()
    assert "Geen vervolgacties met deze filters" in html


def test_overview_shows_only_my_actions_on_request(member, member_client, past_meeting):
    make_action(past_meeting, "Mijn eigen actie", owner_member=member)
    make_action(past_meeting, "Actie van de trekkers", owner_name="Leernetwerktrekkers")
    html = member_client.get(INDEX + "?mijn=on").content.decode()
    assert "Mijn eigen actie" in html and "Actie van de trekkers" not in html


def test_overview_is_paginated(member_client, past_meeting):
    for number in range(30):
        make_action(past_meeting, f"Actie nummer {number}")
    html = member_client.get(INDEX).content.decode()
    assert "Pagina 1 van 2" in html
    assert "Actie nummer" in member_client.get(INDEX + "?page=2").content.decode()


@pytest.mark.parametrize("size", [2, 30])
def test_overview_and_action_page_run_a_fixed_number_of_queries(
    member, member_client, get_within_budget, past_meeting, size
):
    for number in range(size):
        action = make_action(past_meeting, f"Actie {number}", owner_member=member, themes=["taal"])
        ActionChange.objects.create(
            action=action, changed_by=member, from_status="open", to_status="done"
        )
    # Session, user, the themes in use, the count, the page of actions with meeting and owners.
    get_within_budget(member_client, INDEX + "?thema=taal&status=lopend", 6)
    # Session, user, the action with meeting and owners, its themes, its changes with authors,
    # and the trekker check.
    get_within_budget(member_client, action.get_absolute_url(), 7)


# -- On the meeting pages -----------------------------------------------------------------


def test_meeting_page_lists_its_actions_for_members_only(client, member_client, past_meeting):
    make_action(past_meeting, "Triagelijst delen met de regio", owner_name="Projectgroep taal")
    assert (
        "Triagelijst delen" in member_client.get(past_meeting.get_absolute_url()).content.decode()
    )
    assert "Triagelijst delen" not in client.get(past_meeting.get_absolute_url()).content.decode()


def test_open_actions_are_carried_into_the_next_meeting(member_client, past_meeting):
    next_meeting = make_meeting("Kwartaalbijeenkomst januari", days_from_now=20)
    make_action(past_meeting, "Nog open actie", status="open")
    make_action(past_meeting, "Actie die al loopt", status="under_way")
    make_action(past_meeting, "Afgeronde actie", status="done")
    make_action(past_meeting, "Vervallen actie", status="dropped")
    html = member_client.get(next_meeting.get_absolute_url()).content.decode()
    carried = html[html.index("Stand van zaken") :]
    assert "Nog open actie" in carried and "Actie die al loopt" in carried
    assert "Afgeronde actie" not in html and "Vervallen actie" not in html
    # Not carried backwards: an earlier meeting does not show them.
    earlier = make_meeting("Eerder", days_from_now=-60)
    assert "Stand van zaken" not in member_client.get(earlier.get_absolute_url()).content.decode()


def test_carry_over_keeps_actions_closed_after_the_meeting_began(past_meeting, time_machine):
    from followup.services import update_action

    between = make_meeting("Tussendoor", days_from_now=-10)
    action = make_action(past_meeting, "Later afgerond")
    trekker = make_user("t@example.org", trekker=True)
    update_action(action, trekker, status="done", note="")
    # Closed now, ten days after "Tussendoor" began: that meeting still had it open.
    assert list(Action.objects.carried_into(between)) == [action]
    assert not Action.objects.carried_into(make_meeting("Straks", days_from_now=5)).exists()


def test_my_data_holds_the_actions_and_invitations_and_deletion_forgets_them(
    member, member_client, past_meeting
):
    from followup.models import Invitation
    from followup.privacy import erase_personal_data, personal_data
    from followup.services import update_action
    from tests.followup.factories import make_invitation

    action = make_action(past_meeting, "Mijn actie", owner_member=member)
    update_action(action, member, status="done", note="Klaar.")
    make_invitation(past_meeting, member)
    data = personal_data(member)
    assert data["actions_taken_up"][0]["action"] == "Mijn actie"
    assert data["action_changes"][0]["to"] == "Gedaan"
    assert data["evaluation_invitations"][0]["answered"] is False
    erase_personal_data(member)
    action.refresh_from_db()
    assert action.owner_member is None
    assert not ActionChange.objects.filter(changed_by=member).exists()
    assert not Invitation.objects.exists()


def test_a_status_change_in_the_admin_leaves_the_same_history(
    trekker, trekker_client, past_meeting
):
    action = make_action(past_meeting, "Vragenlijst", owner_name="Werkplaats SAMEN")
    response = trekker_client.post(
        reverse("admin:followup_action_change", args=[action.pk]),
        {
            "meeting": past_meeting.pk,
            "description": "Vragenlijst",
            "owner_name": "Werkplaats SAMEN",
            "due_on": "",
            "status": "dropped",
            "position": "0",
            "themes": "",
            "note": "Niet meer nodig.",
            "project": "",
            "changes-TOTAL_FORMS": "0",
            "changes-INITIAL_FORMS": "0",
            "changes-MIN_NUM_FORMS": "0",
            "changes-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    change = ActionChange.objects.get(action=action)
    assert (change.changed_by, change.from_status, change.to_status) == (trekker, "open", "dropped")
