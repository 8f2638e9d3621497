"""Calendars (RFC 5545): one meeting as .ics, and a subscribable feed of all meetings."""

from datetime import timedelta

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from meetings.calendar import agenda_meetings, meeting_calendar
from meetings.models import Meeting

CONTENT_TYPE = "text/calendar; charset=utf-8"
REFRESH = timedelta(hours=1)


@require_safe
def meeting_ics(request, slug):
    """One meeting as a file to open in a calendar app."""
    meeting = get_object_or_404(Meeting, slug=slug)
    calendar = meeting_calendar([meeting], request=request, name=meeting.title)
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{meeting.slug}.ics"'
    return response


@require_safe
def agenda_feed(request):
    """All meetings of the last year and to come, for calendar apps to subscribe to."""
    calendar = meeting_calendar(agenda_meetings(), request=request)
    # Calendar apps poll the feed; an hour keeps it fresh without hammering the site.
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", REFRESH)
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="bijeenkomsten-leernetwerk.ics"'
    response["Cache-Control"] = f"public, max-age={int(REFRESH.total_seconds())}"
    return response
