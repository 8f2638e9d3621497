"""Meetings as iCalendar (RFC 5545): one meeting, or the subscribable feed of all meetings.

Each meeting is one VEVENT whose UID never changes (`meeting-<pk>@leernetwerk`), so a
calendar that subscribed to the feed updates the event instead of adding a copy. Times are
written in Europe/Amsterdam with the matching VTIMEZONE, so clients show the right hour on
both sides of a daylight saving change. SEQUENCE grows with every save of the meeting, as
RFC 5545 asks of a changed event. A cancelled meeting stays in the feed as STATUS:CANCELLED,
which removes it from the calendars that hold it.

The online link is only for registered members: it goes in the calendar attached to their
confirmation e-mail (`include_online_link=True`), never in the public files.
"""

import html
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from meetings.models import Meeting

CALENDAR_NAME = "Bijeenkomsten Leernetwerk Kind & Complexe Ouderrelaties"
PRODID = "-//Leernetwerk Kind & Complexe Ouderrelaties//Bijeenkomsten//NL"
TIME_ZONE = "Europe/Amsterdam"
UID_DOMAIN = "leernetwerk"
# How far back the subscribable feed reaches; everything still to come is always in it.
AGENDA_HISTORY = timedelta(days=365)


def agenda_meetings(now=None):
    """Return the meetings of the feed: those of the last year and all to come, cancelled too."""
    now = now or timezone.now()
    return Meeting.objects.filter(ends_at__gte=now - AGENDA_HISTORY).order_by("starts_at", "pk")


def meeting_uid(meeting) -> str:
    return f"meeting-{meeting.pk}@{UID_DOMAIN}"


def meeting_calendar(
    meetings, *, request=None, name=CALENDAR_NAME, include_online_link=False
) -> Calendar:
    """Return a VCALENDAR with one VEVENT per meeting and the Europe/Amsterdam VTIMEZONE."""
    meetings = list(meetings)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIME_ZONE)
    # A VTIMEZONE is always present, so even an empty feed holds the one component that
    # RFC 5545 requires of a calendar.
    calendar.add_component(_amsterdam_timezone())
    for meeting in meetings:
        calendar.add_component(
            meeting_event(meeting, request=request, include_online_link=include_online_link)
        )
    return calendar


def meeting_event(meeting, *, request=None, include_online_link=False) -> Event:
    """Return the VEVENT of one meeting."""
    zone = ZoneInfo(TIME_ZONE)
    url = _absolute_url(meeting.get_absolute_url(), request)
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("dtstamp", meeting.updated_at.astimezone(UTC))
    event.add("created", meeting.created_at.astimezone(UTC))
    event.add("last-modified", meeting.updated_at.astimezone(UTC))
    event.add("sequence", _sequence(meeting))
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    event.add("summary", meeting.title)
    event.add("description", _description(meeting, url, include_online_link))
    location = _location(meeting)
    if location:
        event.add("location", location)
    event.add("url", url)
    event.add("categories", [meeting.get_kind_display()])
    event.add("status", "CANCELLED" if meeting.is_cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def _sequence(meeting) -> int:
    # Seconds between creation and the last save: 0 for a new meeting, higher after every
    # change, without a counter column to keep up to date.
    return max(0, int((meeting.updated_at - meeting.created_at).total_seconds()))


def _location(meeting) -> str:
    place = ", ".join(part.strip() for part in (meeting.venue, meeting.address) if part.strip())
    if meeting.format == Meeting.Format.ONLINE:
        return "Online"
    if meeting.format == Meeting.Format.HYBRID:
        return f"{place} (of online)" if place else "Online"
    return place


def _description(meeting, url, include_online_link) -> str:
    parts = []
    if meeting.is_cancelled:
        reason = meeting.cancellation_reason.strip()
        parts.append("Deze bijeenkomst gaat niet door." + (f" {reason}" if reason else ""))
    parts.append(f"{meeting.get_kind_display()} ({meeting.get_format_display().lower()})")
    introduction = _plain_text(meeting.introduction_html)
    if introduction:
        parts.append(introduction)
    if meeting.audience:
        parts.append(f"Voor wie: {meeting.audience}")
    if include_online_link and meeting.online_url and meeting.offers_online:
        parts.append(f"Link voor online deelname: {meeting.online_url}")
    parts.append(f"Meer informatie en aanmelden: {url}")
    return "\n\n".join(parts)


def _plain_text(rendered_html: str) -> str:
    text = html.unescape(strip_tags(rendered_html))
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def _amsterdam_timezone() -> Timezone:
    """Return Europe/Amsterdam as yearly rules, the way Outlook and Google write it.

    Rules rather than a list of dates (RDATE), because some clients (ical.js, behind
    Thunderbird and many web calendars) ignore such lists and would show summer meetings an
    hour off, and because rules hold for any year. They are the EU's since 1996: summer time
    from the last Sunday of March 02:00, winter time from the last Sunday of October 03:00.
    The first onsets are those of 1970, as the IANA-derived zones of other clients write them.
    """
    zone = Timezone()
    zone.add("tzid", TIME_ZONE)
    zone.add("x-lic-location", TIME_ZONE)
    zone.add_component(
        _onset(TimezoneDaylight(), "CEST", 1, 2, datetime(1970, 3, 29, 2, 0), month=3)
    )
    zone.add_component(
        _onset(TimezoneStandard(), "CET", 2, 1, datetime(1970, 10, 25, 3, 0), month=10)
    )
    return zone


def _onset(component, name, hours_from, hours_to, first, *, month):
    component.add("tzname", name)
    component.add("tzoffsetfrom", timedelta(hours=hours_from))
    component.add("tzoffsetto", timedelta(hours=hours_to))
    component.add("dtstart", first)
    component.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
    return component


def _absolute_url(path: str, request=None) -> str:
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.SITE_URL + path
