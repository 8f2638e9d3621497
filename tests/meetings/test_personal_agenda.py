"""A member's own calendar feed at a secret address (CalendarLink), shown on "Mijn gegevens"."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from meetings.models import CalendarLink, Meeting, Registration
from tests.factories import logged_in_client, make_user
from tests.html_validator import validate
from tests.meetings.factories import make_meeting, make_registration

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

ONLINE_LINK = "https://meet.example.org/eigen-agenda"
MY_DATA = "/leden/mijn-gegevens/"


def feed_url(user):
    link, _ = CalendarLink.objects.get_or_create(user=user)
    return reverse("meetings:personal_agenda", args=[link.token])


def events_of(response):
    calendar = Calendar.from_ical(response.content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def registrations(member):
    other = make_user("ander@example.org")
    confirmed = make_meeting("Kwartaalbijeenkomst", days_from_now=10, online_url=ONLINE_LINK)
    waiting = make_meeting("Werkgroep taal", days_from_now=12, online_url=ONLINE_LINK)
    cancelled = make_meeting("Kennissessie", days_from_now=14)
    not_mine = make_meeting("Live bijeenkomst", days_from_now=16)
    make_registration(confirmed, member, attendance="online")
    make_registration(waiting, member, status=Registration.Status.WAITING)
    make_registration(cancelled, member, status=Registration.Status.CANCELLED)
    make_registration(not_mine, other)
    return confirmed, waiting, cancelled, not_mine


def test_the_feed_holds_the_members_own_registrations_without_login(client, member, registrations):
    confirmed, waiting, cancelled, not_mine = registrations

    response = client.get(feed_url(member))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    events = events_of(response)
    assert set(events) == {
        f"meeting-{confirmed.pk}@leernetwerk",
        f"meeting-{waiting.pk}@leernetwerk",
    }
    place = events[f"meeting-{confirmed.pk}@leernetwerk"]
    assert str(place["STATUS"]) == "CONFIRMED"
    assert str(place["SUMMARY"]) == "Kwartaalbijeenkomst"
    # The member takes part online: their own calendar has the link.
    assert ONLINE_LINK in str(place["DESCRIPTION"])
    wait = events[f"meeting-{waiting.pk}@leernetwerk"]
    assert str(wait["STATUS"]) == "TENTATIVE"
    assert str(wait["SUMMARY"]) == "Wachtlijst: Werkgroep taal"
    assert str(wait["TRANSP"]) == "TRANSPARENT"
    assert "Je staat op de wachtlijst" in str(wait["DESCRIPTION"])
    assert ONLINE_LINK not in str(wait["DESCRIPTION"])


def test_a_cancelled_meeting_stays_in_the_feed_as_cancelled(client, member, registrations):
    confirmed = registrations[0]
    Meeting.objects.filter(pk=confirmed.pk).update(
        status=Meeting.Status.CANCELLED, cancellation_reason="Ziek."
    )
    events = events_of(client.get(feed_url(member)))
    assert str(events[f"meeting-{confirmed.pk}@leernetwerk"]["STATUS"]) == "CANCELLED"


def test_the_feed_answers_an_unchanged_etag_with_304(client, member, registrations):
    url = feed_url(member)
    first = client.get(url)
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('"')

    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""

    Registration.objects.filter(user=member).update(status=Registration.Status.CANCELLED)
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_a_wrong_token_is_a_404(client, member, registrations):
    feed_url(member)
    for token in ["onzin", "x" * 43, "x" * 200]:
        response = client.get(reverse("meetings:personal_agenda", args=[token]))
        assert response.status_code == 404


def test_the_feed_stops_for_an_account_that_is_no_longer_active(client, member, registrations):
    url = feed_url(member)
    member.is_active = False
    member.save()
    assert client.get(url).status_code == 404


def test_a_new_link_makes_the_old_one_fail(member_client, member, client, registrations):
    old_url = feed_url(member)

    response = member_client.post(reverse("meetings:renew_agenda_link"), follow=True)

    assert response.redirect_chain[-1][0] == f"{MY_DATA}#agendalink"
    assert "Je hebt een nieuwe agendalink. De oude link werkt niet meer." in (
        response.content.decode()
    )
    new_url = feed_url(member)
    assert new_url != old_url
    assert client.get(old_url).status_code == 404
    assert client.get(new_url).status_code == 200
    assert new_url in response.content.decode()


def test_renewing_needs_a_post_with_the_csrf_token(member):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    old_url = feed_url(member)
    assert strict.get(reverse("meetings:renew_agenda_link")).status_code == 405
    assert strict.post(reverse("meetings:renew_agenda_link")).status_code == 403
    assert feed_url(member) == old_url


def test_my_data_shows_the_link_with_instructions(member_client, member, get_within_budget):
    # Session and user (2), consents (1), the link made on first sight (get + insert in a
    # savepoint: 4), the messages and the rest of the page.
    response = get_within_budget(member_client, MY_DATA, 12)
    html = response.content.decode()
    link = CalendarLink.objects.get(user=member)
    assert f'value="{settings.SITE_URL}{link.get_absolute_url()}"' in html
    assert "Google Agenda" in html
    assert "Abonneren via internet" in html
    assert "Deel deze link niet." in html
    assert 'action="/bijeenkomsten/agenda/nieuwe-link/"' in html
    # Seen again: the same link, in a fixed number of queries.
    get_within_budget(member_client, MY_DATA, 8)
    assert CalendarLink.objects.filter(user=member).count() == 1


def test_pending_accounts_see_no_calendar_link(pending_client, pending):
    html = pending_client.get(MY_DATA).content.decode()
    assert "agendalink" not in html
    assert not CalendarLink.objects.filter(user=pending).exists()


def test_the_feed_runs_a_fixed_number_of_queries(client, member, django_assert_max_num_queries):
    url = feed_url(member)
    for number in range(6):
        meeting = make_meeting(f"Bijeenkomst {number}", days_from_now=5 + number)
        make_registration(meeting, member)
    # The link with its member (1), the registrations with their meetings (1).
    with django_assert_max_num_queries(3):
        assert client.get(url).status_code == 200


def test_my_data_with_the_link_is_valid_html(member):
    html = logged_in_client(member).get(MY_DATA).content.decode()
    assert validate({"my data with calendar link": html}) == {}


def test_the_data_export_names_the_link_but_never_its_token_and_erasing_removes_it(
    member, registrations
):
    from members import services as member_services

    link = CalendarLink.objects.create(user=member)
    data = member_services.collect_personal_data(member)["meetings"]
    assert data["personal_calendar_address_made_at"] == link.created_at.isoformat()
    assert link.token not in str(data)
    assert data["reminders"] == [] and data["mails_from_trekkers"] == []

    member_services.delete_account(member)
    assert not CalendarLink.objects.filter(token=link.token).exists()
