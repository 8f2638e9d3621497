"""Calendars (RFC 5545): one meeting as .ics, and a subscribable feed of all meetings."""

from django.http import Http404


def meeting_ics(request, slug):
    raise Http404


def agenda_feed(request):
    raise Http404
