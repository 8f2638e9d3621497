"""The evaluation after a meeting: invitations once per person, one answer, no name stored."""

import pytest
from django.db import connection
from django.urls import reverse

from followup import services
from followup.models import Evaluation, Invitation, Response
from leernetwerk.models import OutgoingMail
from meetings.models import Meeting, Registration
from tests.factories import local_datetime, make_user
from tests.followup.factories import make_invitation
from tests.meetings.factories import make_meeting, make_registration

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

ANSWERS = {"overall": "4", "format_fit": "partly", "keep": "De kleine groepen", "change": ""}


def _link_token(message) -> str:
    url = next(line for line in message.body.splitlines() if "/evaluatie/" in line)
    return url.strip().rstrip("/").rsplit("/", 1)[-1]


@pytest.fixture
def yesterdays_meeting():
    return make_meeting("Kwartaalbijeenkomst november", starts_at=local_datetime(-1, hour=9))


# -- Invitations ----------------------------------------------------------------------------


def test_confirmed_registrants_get_one_invitation_the_day_after(
    yesterdays_meeting, member, mailoutbox
):
    waiting = make_user("wacht@example.org")
    cancelled = make_user("af@example.org")
    make_registration(yesterdays_meeting, member)
    make_registration(yesterdays_meeting, waiting, status=Registration.Status.WAITING)
    make_registration(yesterdays_meeting, cancelled, status=Registration.Status.CANCELLED)
    assert services.invite_for_evaluations() == 1
    # A second run, as the next day's job would: nobody is mailed twice.
    assert services.invite_for_evaluations() == 0
    assert [message.to for message in mailoutbox] == [[member.email]]
    assert "Kwartaalbijeenkomst november" in mailoutbox[0].subject
    assert Invitation.objects.get().user == member


def test_meetings_of_today_cancelled_or_long_ago_get_no_invitations(member, mailoutbox):
    today = make_meeting("Vandaag", starts_at=local_datetime(0, hour=1), hours=1)
    long_ago = make_meeting("Lang geleden", days_from_now=-30)
    cancelled = make_meeting(
        "Gaat niet door",
        days_from_now=-1,
        status=Meeting.Status.CANCELLED,
        cancellation_reason="Ziek.",
    )
    for meeting in (today, long_ago, cancelled):
        make_registration(meeting, member)
    assert services.invite_for_evaluations() == 0
    assert not mailoutbox


def test_invitation_mail_keeps_no_copy_of_the_link(yesterdays_meeting, member, mailoutbox):
    make_registration(yesterdays_meeting, member)
    services.invite_for_evaluations()
    token = _link_token(mailoutbox[0])
    assert not Invitation.objects.filter(token_hash=token).exists()  # only the hash is stored
    assert Invitation.objects.with_token(token).exists()
    assert OutgoingMail.objects.get().body == ""  # confidential: emptied once sent


def test_a_refused_invitation_queues_no_mail(yesterdays_meeting, member):
    make_registration(yesterdays_meeting, member)
    evaluation = Evaluation.objects.create(meeting=yesterdays_meeting)
    assert services.invite(evaluation, member) is True
    assert services.invite(evaluation, member) is False
    assert OutgoingMail.objects.count() == 1


def test_the_periodic_task_is_registered_daily():
    from procrastinate.contrib.django import app

    from followup import tasks  # noqa: F401

    periodic = {task.task.name: task.cron for task in app.periodic_registry.periodic_tasks.values()}
    assert periodic["followup.tasks.invite_for_evaluations"] == "0 8 * * *"


# -- Answering ------------------------------------------------------------------------------


def test_link_opens_the_form_without_login_and_stores_one_answer(client, member):
    meeting = make_meeting("Werkgroep", days_from_now=-1)
    invitation, token = make_invitation(meeting, member, extra_questions="Welk thema nu?")
    url = reverse("followup:evaluate", args=[token])
    page = client.get(url)
    assert page.status_code == 200
    assert "Welk thema nu?" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    response = client.post(url, {**ANSWERS, "extra_1": "Ouderschapsplannen"})
    assert response.status_code == 302
    assert response["Location"] == reverse("followup:thanks")
    answer = Response.objects.get()
    assert (answer.overall, answer.format_fit, answer.keep) == (4, "partly", "De kleine groepen")
    assert answer.extra_answers == {"Welk thema nu?": "Ouderschapsplannen"}
    invitation.refresh_from_db()
    assert invitation.is_used()


def test_a_used_link_says_so_in_dutch_and_stores_nothing_more(client, member):
    _, token = make_invitation(make_meeting(days_from_now=-1), member)
    url = reverse("followup:evaluate", args=[token])
    client.post(url, ANSWERS)
    for response in (client.get(url), client.post(url, ANSWERS)):
        assert response.status_code == 410
        assert "Je hebt deze evaluatie al ingevuld" in response.content.decode()
    assert Response.objects.count() == 1


def test_evaluation_pages_run_a_fixed_number_of_queries(client, member, get_within_budget):
    meeting = make_meeting(days_from_now=-1)
    _, token = make_invitation(meeting, member, extra_questions="Een\nTwee\nDrie")
    # The invitation with its evaluation and meeting; nothing else (no session for visitors).
    get_within_budget(client, reverse("followup:evaluate", args=[token]), 1)
    get_within_budget(client, reverse("followup:thanks"), 0)


def test_an_unknown_link_says_so_in_dutch(client):
    response = client.get(reverse("followup:evaluate", args=["onzin-token"]))
    assert response.status_code == 404
    assert "Deze link werkt niet" in response.content.decode()


def test_errors_keep_what_was_typed(client, member):
    _, token = make_invitation(make_meeting(days_from_now=-1), member)
    url = reverse("followup:evaluate", args=[token])
    response = client.post(url, {"keep": "Mijn getypte tekst", "format_fit": "yes"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kies een cijfer van 1 tot en met 5." in html
    assert "Mijn getypte tekst" in html
    assert not Response.objects.exists()


def test_no_name_or_user_is_stored_with_an_answer(client, member):
    _, token = make_invitation(make_meeting(days_from_now=-1), member)
    client.post(reverse("followup:evaluate", args=[token]), ANSWERS)
    columns = {field.column for field in Response._meta.concrete_fields}
    assert columns == {
        "id",
        "evaluation_id",
        "overall",
        "format_fit",
        "keep",
        "change",
        "extra_answers",
    }
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {Response._meta.db_table}")
        row = " ".join(str(value) for value in cursor.fetchone())
    for trace in (member.email, member.first_name, member.last_name, str(member.pk) + " "):
        assert trace not in row + " "


# -- Summary --------------------------------------------------------------------------------


def test_summary_counts_averages_and_texts(member):
    meeting = make_meeting(days_from_now=-3)
    evaluation = Evaluation.objects.create(meeting=meeting, extra_questions="Wat mist er?")
    Invitation.objects.create(evaluation=evaluation, user=member, token_hash="a" * 64)
    for overall, fit, keep in [(5, "yes", "Groepen"), (2, "no", ""), (4, "yes", "")]:
        Response.objects.create(
            evaluation=evaluation,
            overall=overall,
            format_fit=fit,
            keep=keep,
            extra_answers={"Wat mist er?": "Juristen" if keep else ""},
        )
    summary = services.summarise(evaluation)
    assert summary["invited"] == 1 and summary["answered"] == 3
    assert summary["average"] == 3.7
    assert summary["format_counts"] == {"Ja": 2, "Deels": 0, "Nee": 1}
    assert summary["keep"] == ["Groepen"]
    assert summary["extra"] == {"Wat mist er?": ["Juristen"]}


def test_trekker_sees_the_summary_on_the_meeting_and_the_year_overview(trekker_client, member):
    meeting = make_meeting("Evaluatiebijeenkomst", days_from_now=-3)
    evaluation = Evaluation.objects.create(meeting=meeting)
    Response.objects.create(evaluation=evaluation, overall=5, format_fit="yes", keep="Sfeer")
    html = trekker_client.get(
        reverse("admin:meetings_meeting_change", args=[meeting.pk])
    ).content.decode()
    assert "Gemiddeld oordeel: <strong>5" in html and "Sfeer" in html
    html = trekker_client.get(reverse("admin:followup_evaluation_overview")).content.decode()
    assert "Evaluatiebijeenkomst" in html and "Evaluaties van het afgelopen jaar" in html


def test_year_overview_runs_a_fixed_number_of_queries(
    trekker_client, django_assert_max_num_queries
):
    for number in range(5):
        evaluation = Evaluation.objects.create(
            meeting=make_meeting(f"B{number}", days_from_now=-5 - number)
        )
        Response.objects.create(evaluation=evaluation, overall=3, format_fit="no")
    # Session, user, the second-factor check, the admin's apps and permissions, the evaluations
    # with their counts and meetings.
    with django_assert_max_num_queries(10):
        assert trekker_client.get(reverse("admin:followup_evaluation_overview")).status_code == 200


def test_published_summary_shows_with_the_published_report(client):
    from tests.meetings.factories import make_report

    meeting = make_meeting("Met verslag", days_from_now=-10)
    Evaluation.objects.create(meeting=meeting, published_summary="Deelnemers gaven een **4,2**.")
    make_report(meeting, published=False)
    assert "Deelnemers gaven" not in client.get(meeting.get_absolute_url()).content.decode()
    meeting.report.status = "published"
    meeting.report.save()
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "<strong>4,2</strong>" in html
