from django.http import Http404
from django.shortcuts import get_object_or_404, render

from meetings.models import Meeting


def meeting_list(request):
    return render(request, "meetings/meeting_list.html")


def meeting_detail(request, slug):
    meeting = get_object_or_404(Meeting, slug=slug)
    return render(request, "meetings/meeting_detail.html", {"meeting": meeting})


def factsheet_list(request):
    return render(request, "meetings/meeting_list.html")


def factsheet_download(request, slug):
    raise Http404
