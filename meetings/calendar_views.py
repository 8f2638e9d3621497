"""Calendars (RFC 5545): one meeting as .ics, a subscribable feed of all meetings, and each
member's own feed of their registrations at a secret address (`CalendarLink`)."""

import hashlib
from datetime import timedelta

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from meetings.calendar import agenda_meetings, meeting_calendar, personal_calendar
from meetings.models import CalendarLink, Meeting
from members.roles import is_approved_member, member_required

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


@require_safe
def personal_agenda(request, token):
    """A member's own registrations as a calendar feed, at a secret address without login.

    Confirmed places are CONFIRMED events with the online link for those who take part
    online; places on the waiting list are TENTATIVE ("Wachtlijst: ..."), not blocking time.
    A wrong or replaced token, or an account that is no longer approved, gets a 404.
    """
    link = (
        CalendarLink.objects.select_related("user").filter(token=token).first()
        if len(token) <= 64
        else None
    )
    if link is None or not is_approved_member(link.user):
        raise Http404
    calendar = personal_calendar(link.user, request=request)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", REFRESH)
    body = calendar.to_ical()
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    if etag in {tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")}:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type=CONTENT_TYPE)
        response["Content-Disposition"] = 'inline; filename="mijn-bijeenkomsten.ics"'
    response["ETag"] = etag
    # Personal: never in a shared cache, never in a search engine.
    response["Cache-Control"] = f"private, max-age={int(REFRESH.total_seconds())}"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@member_required
@require_POST
def renew_agenda_link(request):
    """Give the member a new secret calendar address; the old one stops working at once."""
    link, created = CalendarLink.objects.get_or_create(user=request.user)
    if not created:
        link.renew()
    messages.success(
        request,
        "Je hebt een nieuwe agendalink. De oude link werkt niet meer. Zet de nieuwe link in je "
        "agenda-app.",
    )
    return redirect(f"{reverse('members:my_data')}#agendalink")
