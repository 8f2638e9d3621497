"""Registering for a meeting and cancelling: the member's side of `meetings.registration`."""

from django.http import HttpResponse
from django.views.decorators.http import require_POST

from members.roles import member_required


@member_required
@require_POST
def register(request, slug):
    return HttpResponse(status=501)


@member_required
@require_POST
def cancel(request, slug):
    return HttpResponse(status=501)
