"""Calendar files as ical.js reads them (the parser of Thunderbird and many web calendars).

Every meeting must land on its Amsterdam hour in winter and in summer, in any year, and on
the nights the clocks change: ical.js converts each VEVENT to UTC with the VTIMEZONE in the
file, and the result is compared with Python's zoneinfo.
"""

import json
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from meetings import services
from tests.meetings.factories import make_meeting
from tests.npm_tools import npm_package, require_node

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SCRIPT = Path(__file__).with_name("icaljs_times.mjs")

# Local start and end of each meeting: winter, summer, the nights the clocks change (a
# meeting across the change lasts an hour less in March and an hour more in October), and a
# year far beyond any list of dates.
MEETINGS = {
    "januari": ((2027, 1, 14, 14, 0), (2027, 1, 14, 16, 30)),
    "april": ((2027, 4, 8, 9, 30), (2027, 4, 8, 12, 0)),
    "juli": ((2027, 7, 1, 19, 0), (2027, 7, 1, 21, 0)),
    "zaterdag-voor-zomertijd": ((2027, 3, 27, 20, 0), (2027, 3, 27, 22, 0)),
    "nacht-naar-zomertijd": ((2027, 3, 28, 1, 0), (2027, 3, 28, 4, 0)),
    "zondag-na-zomertijd": ((2027, 3, 28, 14, 0), (2027, 3, 28, 16, 0)),
    "zaterdag-voor-wintertijd": ((2027, 10, 30, 20, 0), (2027, 10, 30, 22, 0)),
    "nacht-naar-wintertijd": ((2027, 10, 31, 1, 0), (2027, 10, 31, 4, 0)),
    "zondag-na-wintertijd": ((2027, 10, 31, 14, 0), (2027, 10, 31, 16, 0)),
    "januari-2041": ((2041, 1, 17, 14, 0), (2041, 1, 17, 16, 0)),
    "juli-2041": ((2041, 7, 4, 14, 0), (2041, 7, 4, 16, 0)),
}


@pytest.fixture(scope="session")
def icaljs() -> Path:
    """The module file of ical.js 2, installed from npm into .cache/ on first use."""
    return npm_package("ical.js", "2", "icaljs") / "dist" / "ical.js"


def read_with_icaljs(icaljs: Path, content) -> dict[str, tuple[str, str, str]]:
    """Return UID -> (time zone, start, end in UTC) for every VEVENT, as ical.js reads them."""
    completed = subprocess.run(
        [require_node(), str(SCRIPT), str(icaljs)],
        input=content.encode() if isinstance(content, str) else content,
        capture_output=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    return {
        event["uid"]: (
            event["zone"],
            datetime.fromtimestamp(event["start"], UTC).isoformat(),
            datetime.fromtimestamp(event["end"], UTC).isoformat(),
        )
        for event in json.loads(completed.stdout)
    }


def as_zoneinfo_says(meeting) -> tuple[str, str, str]:
    """The meeting's time zone, start and end in UTC, as Python's zoneinfo computed them."""
    start, end = (
        moment.astimezone(UTC).isoformat() for moment in (meeting.starts_at, meeting.ends_at)
    )
    return ("Europe/Amsterdam", start, end)


def hours_of(meeting) -> float:
    """How long the meeting really lasts (in UTC: wall-clock hours differ across a change)."""
    return (meeting.ends_at.astimezone(UTC) - meeting.starts_at.astimezone(UTC)).seconds / 3600


@pytest.fixture
def meetings(db):
    """One meeting per entry of MEETINGS, its times given in Amsterdam time."""
    return {
        slug: make_meeting(
            slug,
            slug=slug,
            starts_at=datetime(*start, tzinfo=AMSTERDAM),
            ends_at=datetime(*end, tzinfo=AMSTERDAM),
        )
        for slug, (start, end) in MEETINGS.items()
    }


def test_the_meetings_cover_both_offsets_and_the_changes(meetings):
    offsets = {meeting.starts_at.astimezone(AMSTERDAM).utcoffset() for meeting in meetings.values()}
    assert len(offsets) == 2  # winter (+01:00) and summer (+02:00) are both tested
    assert hours_of(meetings["nacht-naar-zomertijd"]) == 2
    assert hours_of(meetings["nacht-naar-wintertijd"]) == 4


def test_agenda_feed_puts_every_meeting_at_its_amsterdam_hour(client, icaljs, meetings):
    response = client.get(reverse("meetings:agenda_ics"))
    assert response.status_code == 200
    read = read_with_icaljs(icaljs, response.content)
    expected = {f"meeting-{m.pk}@leernetwerk": as_zoneinfo_says(m) for m in meetings.values()}
    assert read == expected


@pytest.mark.parametrize("slug", MEETINGS)
def test_one_meeting_file_puts_the_meeting_at_its_amsterdam_hour(client, icaljs, meetings, slug):
    meeting = meetings[slug]
    response = client.get(reverse("meetings:meeting_ics", args=[slug]))
    assert response.status_code == 200
    read = read_with_icaljs(icaljs, response.content)
    assert read == {f"meeting-{meeting.pk}@leernetwerk": as_zoneinfo_says(meeting)}


@pytest.mark.parametrize("slug", ["januari-2041", "juli"])
def test_calendar_in_the_confirmation_mail_puts_the_meeting_at_its_amsterdam_hour(
    member, on_commit, mailoutbox, icaljs, meetings, slug
):
    meeting = meetings[slug]
    on_commit(services.register, meeting, member)
    [mail] = mailoutbox
    [(filename, content, mimetype)] = mail.attachments
    assert mimetype == "text/calendar"
    read = read_with_icaljs(icaljs, content)
    assert read == {f"meeting-{meeting.pk}@leernetwerk": as_zoneinfo_says(meeting)}


def last_sunday(year: int, month: int) -> date:
    last_day = date(year, month + 1, 1) - timedelta(days=1)
    return last_day - timedelta(days=(last_day.weekday() - 6) % 7)


@pytest.mark.django_db
def test_agenda_feed_agrees_with_zoneinfo_on_both_sides_of_every_change_up_to_2050(client, icaljs):
    meetings = []
    for year in range(2026, 2051):
        for month in (3, 10):
            sunday = last_sunday(year, month)
            for day in (sunday - timedelta(days=1), sunday):
                starts = datetime(day.year, day.month, day.day, 14, 0, tzinfo=AMSTERDAM)
                meetings.append(
                    make_meeting(
                        f"{day}",
                        slug=f"wissel-{day}",
                        starts_at=starts,
                        ends_at=starts + timedelta(hours=2),
                    )
                )
    read = read_with_icaljs(icaljs, client.get(reverse("meetings:agenda_ics")).content)
    assert read == {f"meeting-{m.pk}@leernetwerk": as_zoneinfo_says(m) for m in meetings}


def test_the_time_zone_is_written_as_yearly_rules_not_a_list_of_dates(client, meetings):
    content = client.get(reverse("meetings:agenda_ics")).content.decode()
    zone = content[content.index("BEGIN:VTIMEZONE") : content.index("END:VTIMEZONE")]
    assert "RDATE" not in zone
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in zone
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in zone
