"""Follow-up in a real browser: axe on every new page, a member updates an action, and a
trekker closes a meeting (attendance, actions, evaluation summary)."""

import pytest
from django.urls import reverse

from followup.models import Action, Evaluation, Response
from members.models import Perspective, Region
from tests.accessibility import assert_accessible
from tests.followup.factories import make_action, make_invitation
from tests.meetings.factories import make_meeting, make_registration, make_report
from tests.members.factories import make_profile

pytestmark = [pytest.mark.browser, pytest.mark.clock]


@pytest.fixture
def meetings(member):
    past = make_meeting("Kwartaalbijeenkomst oktober", slug="oktober", days_from_now=-30)
    make_report(past, published=True)
    upcoming = make_meeting("Kwartaalbijeenkomst januari", slug="januari", days_from_now=30)
    make_action(
        past,
        "Een **vragenlijst** naar de gemeenten sturen.",
        owner_member=member,
        owner_name="Werkplaats SAMEN",
        themes=["regio"],
    )
    make_action(past, "De pilot delen op de Dag van de scheiding.", status="under_way")
    Evaluation.objects.create(meeting=past, published_summary="Gemiddeld een **4**.")
    return past, upcoming


def test_member_updates_own_action_with_the_keyboard(page, log_in, member, meetings):
    action = Action.objects.get(owner_member=member)
    log_in(page, member)
    page.goto(reverse("followup:index"))
    page.get_by_role("link", name="Een vragenlijst naar de gemeenten sturen.").click()
    page.get_by_label("Status", exact=True).select_option(label="Gedaan")
    page.get_by_label("Stand van zaken (kort)").fill("Verstuurd naar alle gemeenten.")
    page.get_by_label("Stand van zaken (kort)").press("Tab")
    page.keyboard.press("Enter")
    page.get_by_text("De status is nu „Gedaan”.").wait_for()
    action.refresh_from_db()
    assert action.status == Action.Status.DONE
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/vervolgacties/",
        "/vervolgacties/?status=done&wie=niemand",
        "/vervolgacties/?mijn=on",
        "/bijeenkomsten/oktober/",
        "/bijeenkomsten/januari/",
    ],
)
def test_member_pages_pass_axe(page, log_in, member, meetings, path):
    log_in(page, member)
    page.goto(path)
    assert_accessible(page)


def test_action_page_with_errors_passes_axe(page, log_in, member, meetings):
    action = Action.objects.get(owner_member=member)
    log_in(page, member)
    page.goto(action.get_absolute_url())
    page.get_by_label("Stand van zaken (kort)").fill("Mijn eigen woorden")
    # A status the form does not offer, as a tampered request would send.
    page.locator("#id_status").evaluate(
        "select => { select.add(new Option('Kwijt', 'kwijt')); select.value = 'kwijt'; }"
    )
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("Kies een van de statussen uit de lijst.").first.wait_for()
    assert page.get_by_label("Stand van zaken (kort)").input_value() == "Mijn eigen woorden"
    assert_accessible(page)


def test_evaluation_pages_pass_axe(page, member):
    meeting = make_meeting("Werkgroep taal", days_from_now=-1)
    _, token = make_invitation(meeting, member, extra_questions="Welk thema wil je bespreken?")
    url = reverse("followup:evaluate", args=[token])
    page.goto(url)
    assert_accessible(page)
    page.get_by_role("button", name="Antwoorden versturen").click()
    page.get_by_text("Kies een cijfer van 1 tot en met 5.").first.wait_for()
    assert_accessible(page)
    page.get_by_label("4").check()
    page.get_by_label("Deels").check()
    page.get_by_label("Welk thema wil je bespreken?").fill("Ouderschapsplannen")
    page.get_by_role("button", name="Antwoorden versturen").click()
    page.get_by_role("heading", name="Dank je wel!").wait_for()
    assert_accessible(page)
    assert Response.objects.get().extra_answers == {
        "Welk thema wil je bespreken?": "Ouderschapsplannen"
    }
    page.goto(url)
    page.get_by_role("heading", name="Je hebt deze evaluatie al ingevuld").wait_for()
    assert_accessible(page)
    page.goto(reverse("followup:evaluate", args=["onzin"]))
    page.get_by_role("heading", name="Deze link werkt niet").wait_for()
    assert_accessible(page)


def test_trekker_closes_a_meeting_attendance_actions_and_evaluation_summary(
    page, log_in, trekker, meetings
):
    past, upcoming = meetings
    evaluation = past.evaluation
    for overall, keep in [(5, "De kleine groepen"), (3, "")]:
        Response.objects.create(evaluation=evaluation, overall=overall, format_fit="yes", keep=keep)
    registrant = make_profile(
        email="pim@example.org",
        first_name="Pim",
        last_name="Jansen",
        perspectives=[Perspective.PRACTICE],
        region=Region.MIDDEN_HOLLAND,
    )
    make_registration(past, registrant.user)
    log_in(page, trekker)
    # Who came: the registrant, and a walk-in.
    page.goto(reverse("participation:attendance", args=[past.slug]))
    page.get_by_role("button", name="Aanwezig: Pim Jansen").click()
    page.get_by_text("Pim Jansen is aanwezig.").wait_for()
    page.get_by_label("Naam").fill("Wendy Binnenloper")
    page.get_by_label("Perspectief").select_option(label="Onderwijs")
    page.get_by_label("Regio").select_option(label="Holland-Rijnland")
    page.get_by_role("button", name="Toevoegen als aanwezig").click()
    page.get_by_text("Wendy Binnenloper staat erbij als aanwezig.").wait_for()
    page.goto(reverse("admin:meetings_meeting_change", args=[past.pk]))
    # Attendance per perspective and region, with what is still missing.
    summary = " ".join(page.locator(".attendance-summary").inner_text().split())
    assert "2 aanwezigen" in summary
    assert "Regio's met minder dan twee aanwezigen: Haaglanden" in summary
    # The evaluation summary is on the meeting in the admin.
    page.get_by_text("Gemiddeld oordeel:").wait_for()
    assert page.get_by_text("De kleine groepen").is_visible()
    # A new action for the meeting, and the summary for the report.
    page.get_by_role("button", name="Vervolgactie toevoegen").click()
    page.locator("#id_actions-2-description").fill("Een werkgroep juridische kant starten.")
    page.locator("#id_actions-2-owner_name").fill("Leernetwerktrekkers")
    page.locator("#id_evaluation-0-published_summary").fill("Deelnemers gaven gemiddeld een 4.")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.locator(".messagelist .success").first.wait_for()
    assert Action.objects.filter(description__startswith="Een werkgroep juridische").exists()
    # The meeting page shows the actions and the published summary.
    page.goto(past.get_absolute_url())
    page.get_by_role("heading", name="Vervolgacties van deze bijeenkomst").wait_for()
    assert page.get_by_text("Een werkgroep juridische kant starten.").is_visible()
    assert page.get_by_text("Deelnemers gaven gemiddeld een 4.").is_visible()
    # The next meeting carries the open actions over.
    page.goto(upcoming.get_absolute_url())
    page.get_by_role("heading", name="Stand van zaken").wait_for()
    assert page.get_by_text("Een werkgroep juridische kant starten.").is_visible()
    assert_accessible(page)


def test_evaluation_overview_in_the_admin_passes_axe(page, log_in, trekker, meetings):
    past, _ = meetings
    Response.objects.create(evaluation=past.evaluation, overall=4, format_fit="partly")
    log_in(page, trekker)
    page.goto(reverse("admin:followup_evaluation_overview"))
    page.get_by_role("link", name="Kwartaalbijeenkomst oktober").wait_for()
    assert_accessible(page)
