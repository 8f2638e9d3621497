"""Online reflections: members answer an open question; answers stay hidden until approved."""

import pytest
from django.urls import reverse

from meetings.models import Reflection
from participation.models import ReflectionAnswer, ReflectionOpening
from tests.factories import logged_in_client, make_user
from tests.meetings.factories import make_report
from tests.participation.factories import make_answer, make_open_reflection

pytestmark = pytest.mark.clock


def _answer_url(reflection):
    return reverse(
        "participation:answer_reflection",
        args=[reflection.report.meeting.slug, reflection.pk],
    )


@pytest.fixture
def reflection(db):
    return make_open_reflection()


def test_member_sees_the_open_question_with_a_labelled_form(member_client, reflection):
    html = member_client.get(reflection.report.meeting.get_absolute_url()).content.decode()
    assert "Denk mee: reflectievragen" in html
    assert f'<label for="id_reflectie{reflection.pk}_text">Jouw antwoord' in html
    assert "Mijn naam mag bij mijn antwoord in het verslag staan" in html


def test_visitors_and_pending_accounts_see_no_open_question(client, pending_client, reflection):
    url = reflection.report.meeting.get_absolute_url()
    for viewer in (client, pending_client):
        assert "Denk mee" not in viewer.get(url).content.decode()


def test_closed_question_is_not_shown_and_refuses_answers(member_client, reflection):
    reflection.opening.is_open = False
    reflection.opening.save()
    assert (
        "Denk mee"
        not in member_client.get(reflection.report.meeting.get_absolute_url()).content.decode()
    )
    response = member_client.post(_answer_url(reflection), {"text": "Toch nog iets."})
    assert response.status_code == 404
    assert not ReflectionAnswer.objects.exists()


def test_question_of_another_meeting_is_not_found(member_client, reflection):
    other = make_open_reflection(question="Andere vraag?")
    url = reverse(
        "participation:answer_reflection", args=[reflection.report.meeting.slug, other.pk]
    )
    assert member_client.post(url, {"text": "Iets."}).status_code == 404


def test_answer_is_stored_waiting_for_review(member, member_client, reflection):
    response = member_client.post(
        _answer_url(reflection), {"text": "Eerder de school betrekken.", "show_name": "on"}
    )
    assert response.status_code == 302
    answer = ReflectionAnswer.objects.get()
    assert (answer.author, answer.text, answer.show_name) == (
        member,
        "Eerder de school betrekken.",
        True,
    )
    assert answer.status == ReflectionAnswer.Status.PENDING
    page = member_client.get(response.url).content.decode()
    assert "Bedankt voor je antwoord" in page


def test_answer_stays_hidden_from_everyone_until_a_trekker_approves_it(
    client, member, member_client, trekker_client, reflection
):
    make_answer(reflection, member, text="Geheim-tot-goedkeuring-4411")
    other_client = logged_in_client(make_user("ander@example.org", first_name="Otto"))
    url = reflection.report.meeting.get_absolute_url()
    for viewer in (client, other_client, trekker_client):
        assert "Geheim-tot-goedkeuring-4411" not in viewer.get(url).content.decode()
    # The author's own form holds their text, but the report does not show it yet.
    own_page = member_client.get(url).content.decode()
    report_part = own_page.split('id="verslag"')[1]
    assert "Geheim-tot-goedkeuring-4411" not in report_part

    ReflectionAnswer.objects.update(status=ReflectionAnswer.Status.APPROVED)
    for viewer in (client, other_client):
        html = viewer.get(url).content.decode()
        assert "Geheim-tot-goedkeuring-4411" in html.split('id="verslag"')[1]


def test_rejected_answer_never_appears(client, member, reflection):
    make_answer(reflection, member, text="Niet-plaatsen-8812", status="rejected")
    assert (
        "Niet-plaatsen-8812"
        not in client.get(reflection.report.meeting.get_absolute_url()).content.decode()
    )


def test_name_appears_only_with_consent(client, member, reflection):
    consenting = make_user("naam@example.org", first_name="Noor", last_name="Naamgever")
    make_answer(reflection, consenting, text="Met naam.", show_name=True, status="approved")
    make_answer(
        reflection,
        member,
        text="Zonder naam.",
        show_name=False,
        status="approved",
    )
    html = client.get(reflection.report.meeting.get_absolute_url()).content.decode()
    assert "Met naam." in html and "Noor Naamgever" in html
    assert "Zonder naam." in html
    assert member.get_full_name() not in html
    assert "een lid van het leernetwerk" in html


def test_empty_answer_is_refused_in_dutch(member_client, reflection):
    response = member_client.post(_answer_url(reflection), {"text": "", "show_name": "on"})
    assert response.status_code == 400
    assert "Schrijf je antwoord op." in response.content.decode()
    assert not ReflectionAnswer.objects.exists()


def test_too_long_answer_keeps_what_the_member_typed(member_client, reflection):
    typed = "Lang verhaal. " * 120
    response = member_client.post(_answer_url(reflection), {"text": typed})
    html = response.content.decode()
    assert response.status_code == 400
    assert "hoogstens 1500 tekens" in html
    assert typed.strip() in html
    assert not ReflectionAnswer.objects.exists()


def test_answering_again_changes_the_answer_and_asks_for_review_again(
    member, member_client, reflection
):
    make_answer(reflection, member, text="Eerste versie.", status="approved")
    member_client.post(_answer_url(reflection), {"text": "Tweede versie."})
    answer = ReflectionAnswer.objects.get()
    assert answer.text == "Tweede versie."
    assert answer.status == ReflectionAnswer.Status.PENDING


def test_trekker_approves_answers_with_the_admin_action(trekker_client, member, reflection):
    answer = make_answer(reflection, member)
    response = trekker_client.post(
        reverse("admin:participation_reflectionanswer_changelist"),
        {"action": "approve", "_selected_action": [answer.pk]},
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.status == ReflectionAnswer.Status.APPROVED
    assert answer.reviewed_at is not None


def test_trekker_opens_a_reflection_question_in_the_admin(trekker_client, db):
    report = make_report()
    reflection = Reflection.objects.create(report=report, question="Wat viel je op?")
    add_url = reverse("admin:participation_reflectionopening_add")
    form_page = trekker_client.get(add_url).content.decode()
    assert f"{report.meeting}: Wat viel je op?" in form_page
    response = trekker_client.post(
        add_url,
        {
            "reflection": reflection.pk,
            "is_open": "on",
            "opened_at_0": "10-11-2026",
            "opened_at_1": "10:00",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert ReflectionOpening.objects.get().reflection == reflection
