"""Calendars: /bijeenkomsten/<slug>.ics and the agenda.ics feed, parsed back with icalendar."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from meetings import services
from meetings.models import Meeting
from tests.meetings.factories import make_meeting

pytestmark = pytest.mark.clock

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_of(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def meeting_ics(client, meeting):
    return client.get(reverse("meetings:meeting_ics", args=[meeting.slug]))


@pytest.mark.django_db
def test_one_meeting_as_an_ics_attachment(client):
    starts = datetime(2027, 3, 30, 14, 0, tzinfo=AMSTERDAM)  # just after the switch to CEST
    meeting = make_meeting(
        "Kwartaalbijeenkomst maart",
        slug="kwartaal-maart-2027",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2, minutes=30),
        format=Meeting.Format.ON_SITE,
        venue="De Smulhoeve",
        address="Dorpsstraat 1, Waddinxveen",
        introduction="We praten over **triage** en de *Triagelijst Scheiding*.",
    )
    response = meeting_ics(client, meeting)
    assert response["Content-Disposition"] == 'attachment; filename="kwartaal-maart-2027.ics"'
    calendar = parse(response)

    assert str(calendar["VERSION"]) == "2.0"
    assert "Leernetwerk" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Kwartaalbijeenkomst maart"
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"meeting-{meeting.pk}@leernetwerk"
    assert event.decoded("DTSTART") == starts
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert event["DTEND"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(hours=2, minutes=30)
    assert event.decoded("DTSTAMP").utcoffset() == timedelta(0)
    assert str(event["LOCATION"]) == "De Smulhoeve, Dorpsstraat 1, Waddinxveen"
    assert str(event["URL"]) == f"http://testserver{meeting.get_absolute_url()}"
    assert str(event["STATUS"]) == "CONFIRMED"
    description = str(event["DESCRIPTION"])
    assert "We praten over triage en de Triagelijst Scheiding." in description
    assert "<" not in description and "**" not in description
    # The Europe/Amsterdam rules are in the file, covering the meeting's summer time.
    [vtimezone] = calendar.walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == "Europe/Amsterdam"
    offsets = {str(part["TZNAME"]) for part in vtimezone.walk("DAYLIGHT")}
    assert offsets == {"CEST"}
    assert calendar.get_missing_tzids() == set()
    assert b"DTSTART;TZID=Europe/Amsterdam:20270330T140000" in response.content


@pytest.mark.django_db
def test_uid_is_stable_and_sequence_grows_when_the_meeting_changes(client):
    meeting = make_meeting("Werkgroep")
    [first] = parse(meeting_ics(client, meeting)).walk("VEVENT")
    [again] = parse(meeting_ics(client, meeting)).walk("VEVENT")
    assert first["UID"] == again["UID"]
    assert first["DTSTAMP"].to_ical() == again["DTSTAMP"].to_ical()

    Meeting.objects.filter(pk=meeting.pk).update(
        title="Werkgroep (nieuwe tijd)", updated_at=timezone.now() + timedelta(minutes=3)
    )
    # What the admin does after saving a change: a new SEQUENCE.
    services.meeting_changed(meeting, ["title"])
    [changed] = parse(meeting_ics(client, meeting)).walk("VEVENT")
    assert changed["UID"] == first["UID"]
    assert changed["SEQUENCE"] > first["SEQUENCE"]
    assert changed.decoded("DTSTAMP") > first.decoded("DTSTAMP")


@pytest.mark.django_db
def test_online_link_never_appears_in_public_calendars(client):
    meeting = make_meeting(
        format=Meeting.Format.HYBRID,
        venue="Stadskantoor",
        online_url="https://meet.example.org/geheim",
    )
    for response in (meeting_ics(client, meeting), client.get(reverse("meetings:agenda_ics"))):
        calendar = parse(response)
        assert b"meet.example.org" not in response.content
        [event] = calendar.walk("VEVENT")
        assert "meet.example.org" not in str(event["DESCRIPTION"])
        assert str(event["LOCATION"]) == "Stadskantoor (of online)"


@pytest.mark.django_db
def test_online_meeting_location_is_online(client):
    [event] = parse(meeting_ics(client, make_meeting(format="online"))).walk("VEVENT")
    assert str(event["LOCATION"]) == "Online"


@pytest.mark.django_db
def test_agenda_feed_holds_last_year_and_everything_to_come_with_cancelled_ones(client):
    make_meeting("Komend", days_from_now=30)
    make_meeting(
        "Gaat niet door",
        days_from_now=60,
        status=Meeting.Status.CANCELLED,
        cancellation_reason="De zaal is niet beschikbaar.",
    )
    make_meeting("Vorige maand", days_from_now=-30)
    make_meeting("Lang geleden", days_from_now=-500)

    response = client.get(reverse("meetings:agenda_ics"))
    assert "attachment" not in response.get("Content-Disposition", "")
    calendar = parse(response)
    events = events_of(calendar)

    assert set(events) == {"Komend", "Gaat niet door", "Vorige maand"}
    assert str(events["Gaat niet door"]["STATUS"]) == "CANCELLED"
    assert "De zaal is niet beschikbaar." in str(events["Gaat niet door"]["DESCRIPTION"])
    assert str(events["Komend"]["STATUS"]) == "CONFIRMED"
    assert "Bijeenkomsten Leernetwerk" in str(calendar["X-WR-CALNAME"])
    assert calendar.walk("VTIMEZONE")
    assert calendar.get_missing_tzids() == set()
    assert len({str(event["UID"]) for event in events.values()}) == 3


@pytest.mark.django_db
def test_empty_agenda_is_still_a_valid_calendar(client):
    calendar = parse(client.get(reverse("meetings:agenda_ics")))
    assert calendar.walk("VEVENT") == []
    assert len(calendar.walk("VTIMEZONE")) == 1


@pytest.mark.django_db
def test_unknown_meeting_calendar_is_404(client):
    assert client.get("/bijeenkomsten/bestaat-niet.ics").status_code == 404


@pytest.mark.django_db
def test_calendars_refuse_posts(client):
    meeting = make_meeting()
    assert client.post(reverse("meetings:meeting_ics", args=[meeting.slug])).status_code == 405
    assert client.post(reverse("meetings:agenda_ics")).status_code == 405


@pytest.mark.django_db
def test_agenda_feed_runs_one_query_whatever_the_number_of_meetings(client, get_within_budget):
    for number in range(3):
        make_meeting(f"Bijeenkomst {number}", days_from_now=number * 7 + 1)
    # the meetings of the feed, nothing per meeting
    first = get_within_budget(client, reverse("meetings:agenda_ics"), 1)
    for number in range(30):
        make_meeting(f"Later {number}", days_from_now=number * 7 + 100)
    second = get_within_budget(client, reverse("meetings:agenda_ics"), 1)
    assert len(parse(first).walk("VEVENT")) == 3
    assert len(parse(second).walk("VEVENT")) == 33
