"""Meetings as iCalendar (RFC 5545): one meeting, or the subscribable feed of all meetings.

Each meeting is one VEVENT whose UID never changes (`meeting-<pk>@leernetwerk`), so a
calendar that subscribed to the feed updates the event instead of adding a copy. Times are
written in Europe/Amsterdam with the matching VTIMEZONE, so clients show the right hour on
both sides of a daylight saving change. SEQUENCE is the meeting's stored `sequence`, raised
by every change a trekker saves and every cancellation mailed (RFC 5545 asks a higher one of a
changed event). A cancelled meeting stays in the feed as STATUS:CANCELLED, which removes it
from the calendars that hold it.

The online link is only for registered members: it goes in the calendar attached to their
confirmation e-mail (`include_online_link=True`) and in their personal feed, never in the
public files.

`invitation` writes the calendar file of a mail to one member (iTIP, RFC 5546): METHOD:REQUEST
for a new or changed appointment, METHOD:CANCEL (same UID, higher SEQUENCE) to take it out of
their calendar again.
"""

import html
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from meetings.models import Meeting, Registration

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


def personal_calendar(user, *, request=None) -> Calendar:
    """The member's own registrations (not cancelled) of the last year and to come."""
    registrations = (
        Registration.objects.active()
        .filter(user=user, meeting__ends_at__gte=timezone.now() - AGENDA_HISTORY)
        .select_related("meeting")
        .order_by("meeting__starts_at", "meeting_id")
    )
    calendar = meeting_calendar([], request=request, name="Mijn bijeenkomsten in het leernetwerk")
    for registration in registrations:
        waiting = registration.status == Registration.Status.WAITING
        calendar.add_component(
            meeting_event(
                registration.meeting,
                request=request,
                include_online_link=(
                    not waiting and registration.attendance == Registration.Attendance.ONLINE
                ),
                waiting=waiting,
            )
        )
    return calendar


def meeting_uid(meeting) -> str:
    return f"meeting-{meeting.pk}@{UID_DOMAIN}"


def meeting_calendar(
    meetings, *, request=None, name=CALENDAR_NAME, include_online_link=False, method="PUBLISH"
) -> Calendar:
    """Return a VCALENDAR with one VEVENT per meeting and the Europe/Amsterdam VTIMEZONE."""
    meetings = list(meetings)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
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


def meeting_event(meeting, *, request=None, include_online_link=False, waiting=False) -> Event:
    """Return the VEVENT of one meeting; `waiting`: the member is on its waiting list."""
    zone = ZoneInfo(TIME_ZONE)
    url = _absolute_url(meeting.get_absolute_url(), request)
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("dtstamp", meeting.updated_at.astimezone(UTC))
    event.add("created", meeting.created_at.astimezone(UTC))
    event.add("last-modified", meeting.updated_at.astimezone(UTC))
    event.add("sequence", meeting.sequence)
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    event.add("summary", f"Wachtlijst: {meeting.title}" if waiting else meeting.title)
    description = _description(meeting, url, include_online_link)
    if waiting:
        description = f"Je staat op de wachtlijst voor deze bijeenkomst.\n\n{description}"
    event.add("description", description)
    location = _location(meeting)
    if location:
        event.add("location", location)
    event.add("url", url)
    event.add("categories", [meeting.get_kind_display()])
    if meeting.is_cancelled:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "TENTATIVE" if waiting else "CONFIRMED")
    # A place on the waiting list does not block the time in the member's calendar.
    event.add("transp", "TRANSPARENT" if waiting else "OPAQUE")
    return event


def invitation(meeting, method: str, *, email: str, include_online_link=False) -> bytes:
    """Return the calendar file of a mail to one member: METHOD:REQUEST or METHOD:CANCEL.

    The event keeps the meeting's UID and carries its current SEQUENCE (the caller raised it
    for a change or cancellation), an ORGANIZER and the member as ATTENDEE, as RFC 5546 asks
    of both methods; a CANCEL has STATUS:CANCELLED, whatever the meeting's own status.
    """
    calendar = meeting_calendar([], name=meeting.title, method=method)
    event = meeting_event(meeting, include_online_link=include_online_link)
    # DTSTAMP of a message is when it was made (RFC 5546), not when the meeting last changed.
    event.pop("dtstamp")
    event.add("dtstamp", timezone.now().astimezone(UTC))
    if method == "CANCEL":
        event.pop("status")
        event.add("status", "CANCELLED")
    event.add("organizer", _organizer(), parameters={"CN": ORGANIZER_NAME})
    event.add(
        "attendee",
        f"mailto:{email}",
        parameters={"ROLE": "REQ-PARTICIPANT", "PARTSTAT": "ACCEPTED", "RSVP": "FALSE"},
    )
    calendar.add_component(event)
    return calendar.to_ical()


ORGANIZER_NAME = "Leernetwerk Kind & Complexe Ouderrelaties"


def _organizer() -> str:
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or "noreply@example.org"
    return f"mailto:{address}"


def _location(meeting) -> str:
    place = meeting.place
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
