"""Registering and cancelling through the site: forms, messages, refusals and bad paths."""

import re
from datetime import timedelta

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from meetings import services
from meetings.models import Meeting, Registration
from tests.meetings.factories import make_meeting
from tests.meetings.test_registration import make_members

pytestmark = pytest.mark.clock


def url(name, meeting):
    return reverse(f"meetings:{name}", args=[meeting.slug])


def text(response):
    return response.content.decode()


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.mark.django_db
def test_member_registers_for_a_hybrid_meeting_and_sees_the_confirmation(
    member_client, member, django_capture_on_commit_callbacks, mailoutbox
):
    meeting = make_meeting("Kwartaalbijeenkomst", format=Meeting.Format.HYBRID, venue="Gouda")
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(url("register", meeting), {"attendance": "on_site"})
    assert response.status_code == 302
    assert response["Location"] == url("registration", meeting)
    registration = Registration.objects.get(meeting=meeting, user=member)
    assert (registration.status, registration.attendance) == ("confirmed", "on_site")
    assert len(mailoutbox) == 1

    page = member_client.get(url("registration", meeting))
    assert "<h1>Je bent aangemeld</h1>" in text(page)
    assert "Je doet op locatie mee" in text(page)
    assert url("cancel", meeting) in text(page)
    assert url("meeting_ics", meeting) in text(page)


@pytest.mark.django_db
def test_full_meeting_shows_the_waiting_place(member_client, member):
    meeting = make_meeting(capacity=1)
    for person in make_members(2):
        services.register(meeting, person)
    page = member_client.get(url("registration", meeting))
    assert "Deze bijeenkomst is vol. Meld je aan voor de wachtlijst." in text(page)
    assert "Aanmelden voor de wachtlijst" in text(page)

    member_client.post(url("register", meeting), {})
    page = member_client.get(url("registration", meeting))
    assert "<h1>Je staat op de wachtlijst, plaats 2</h1>" in text(page)
    assert "Je staat op de wachtlijst, plaats 2." in text(page)


@pytest.mark.django_db
def test_hybrid_meeting_without_a_choice_gets_a_dutch_error_and_nothing_is_saved(
    member_client, member
):
    meeting = make_meeting(format=Meeting.Format.HYBRID)
    response = member_client.post(url("register", meeting), {})
    assert response.status_code == 400
    assert "Kies of je op locatie of online meedoet." in text(response)
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_refusal_shows_a_message_on_the_meeting_page_and_keeps_the_choice(member_client, member):
    meeting = make_meeting(format=Meeting.Format.HYBRID)
    # Registration closes between showing the form and sending it.
    Meeting.objects.filter(pk=meeting.pk).update(
        registration_closes_at=timezone.now() - timedelta(minutes=1)
    )
    response = member_client.post(url("register", meeting), {"attendance": "online"})
    assert response.status_code == 302
    assert response["Location"] == f"{meeting.get_absolute_url()}?deelname=online#aanmelden"
    page = member_client.get(response["Location"])
    assert any("Aanmelden is gesloten" in message for message in messages_of(page))
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_the_registration_form_shows_the_choice_brought_back(member, rf):
    meeting = make_meeting(format=Meeting.Format.HYBRID)
    request = rf.get("/?deelname=online")
    request.user = member
    html = render_include(meeting, request)
    assert re.search(r'<input[^>]*value="online"[^>]*checked', html)
    assert not re.search(r'<input[^>]*value="on_site"[^>]*checked', html)


def render_include(meeting, request, **context):
    template = Template('{% include "meetings/includes/registration.html" %}')
    return template.render(
        Context({"meeting": meeting, "request": request, "user": request.user, **context})
    )


@pytest.mark.django_db
def test_registering_twice_says_so(member_client, member):
    meeting = make_meeting()
    member_client.post(url("register", meeting))
    response = member_client.post(url("register", meeting), follow=True)
    assert "Je was al aangemeld voor deze bijeenkomst." in messages_of(response)
    assert Registration.objects.filter(user=member).count() == 1


@pytest.mark.django_db
def test_cancelling_asks_first_and_then_cancels(
    member_client, member, django_capture_on_commit_callbacks, mailoutbox
):
    meeting = make_meeting("Werkgroep triage")
    services.register(meeting, member)

    question = member_client.post(url("cancel", meeting))
    assert question.status_code == 200
    assert "Weet je zeker dat je je wilt afmelden?" in text(question)
    assert Registration.objects.get(user=member).status == "confirmed"

    with django_capture_on_commit_callbacks(execute=True):
        done = member_client.post(url("cancel", meeting), {"bevestigd": "ja"}, follow=True)
    assert done.redirect_chain[-1][0] == meeting.get_absolute_url()
    assert (
        "Je bent afgemeld voor „Werkgroep triage”. Je krijgt een bevestiging per e-mail."
        in messages_of(done)
    )
    assert Registration.objects.get(user=member).status == "cancelled"
    assert "afgemeld" in mailoutbox[-1].subject


@pytest.mark.django_db
def test_cancelling_without_a_registration_says_so(member_client):
    meeting = make_meeting()
    response = member_client.post(url("cancel", meeting), {"bevestigd": "ja"}, follow=True)
    assert "Je bent niet aangemeld voor deze bijeenkomst." in messages_of(response)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["register", "cancel"])
def test_get_on_the_post_routes_is_not_allowed(member_client, name):
    assert member_client.get(url(name, make_meeting())).status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["register", "cancel", "registration"])
def test_anonymous_visitors_are_sent_to_log_in(client, name):
    meeting = make_meeting()
    response = client.post(url(name, meeting))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_pending_account_gets_the_approval_message_and_is_not_registered(pending_client):
    meeting = make_meeting()
    response = pending_client.post(url("register", meeting))
    assert response.status_code == 403
    assert "goedgekeurd" in text(response) or "goedkeuring" in text(response)
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_unknown_meeting_is_404(member_client):
    assert member_client.post("/bijeenkomsten/bestaat-niet/aanmelden/").status_code == 404


@pytest.mark.django_db
def test_registration_page_runs_a_fixed_number_of_queries(member_client, member, get_within_budget):
    meeting = make_meeting(capacity=5)
    services.register(meeting, member)
    # session, user, meeting with its confirmed count, own registration
    get_within_budget(member_client, url("registration", meeting), 4)
    for person in make_members(30):
        services.register(meeting, person)
    Registration.objects.filter(user=member).update(status="waiting")
    # the same, plus the waiting position
    get_within_budget(member_client, url("registration", meeting), 5)


# -- The include and the state helper ---------------------------------------------------------


def include_for(meeting, user, **context):
    request = RequestFactory().get(meeting.get_absolute_url())
    request.user = user
    return render_include(meeting, request, **context)


@pytest.mark.django_db
def test_include_for_anonymous_visitors_links_to_the_login(rf):
    from django.contrib.auth.models import AnonymousUser

    meeting = make_meeting()
    html = include_for(meeting, AnonymousUser())
    assert "Log in om je aan te melden" in html
    assert f"?next={meeting.get_absolute_url()}" in html.replace("%2F", "/")
    assert "<form" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"status": "cancelled", "cancellation_reason": "Te weinig aanmeldingen."},
            "gaat niet door",
        ),
        ({"days_from_now": -2}, "Deze bijeenkomst is voorbij."),
        ({"registration_closes_at": timedelta(hours=-1)}, "Aanmelden is gesloten."),
        ({"registration_opens_at": timedelta(days=5)}, "Aanmelden kan vanaf"),
    ],
)
def test_include_explains_why_registration_is_not_possible(member, fields, message):
    # Moments are given as offsets from "now", which is pinned only when the test runs.
    fields = {
        name: timezone.now() + value if isinstance(value, timedelta) else value
        for name, value in fields.items()
    }
    html = include_for(make_meeting(**fields), member)
    assert message in html
    assert "<form" not in html


@pytest.mark.django_db
def test_include_uses_the_registration_given_by_the_page_without_a_query(
    member, django_assert_num_queries
):
    meeting = make_meeting()
    registration, _ = services.register(meeting, member)
    with django_assert_num_queries(0):
        html = include_for(meeting, member, registration=registration)
    assert "Je bent aangemeld (online)." in html
    assert "Afmelden" in html
