"""Registering for a meeting and cancelling: the member's side of `meetings.services`."""

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from meetings import services
from meetings.models import Meeting, Registration
from meetings.registration_forms import RegistrationForm
from meetings.views import meeting_page_context
from members.roles import member_required


@member_required
def registration_detail(request, slug):
    """The member's own registration: confirmation, waiting place, the way to cancel."""
    meeting = get_object_or_404(Meeting.objects.with_confirmed_count(), slug=slug)
    registration = services.own_registration(meeting, request.user)
    return _registration_page(request, meeting, registration)


@member_required
@require_POST
def register(request, slug):
    meeting = get_object_or_404(Meeting, slug=slug)
    form = RegistrationForm(request.POST, meeting=meeting)
    if not form.is_valid():
        # The meeting page again, with the errors by the choices; status 400.
        context = meeting_page_context(request, slug, registration_form=form)
        return render(request, "meetings/meeting_detail.html", context, status=400)
    attendance = form.cleaned_data["attendance"]
    try:
        registration, created = services.register(meeting, request.user, attendance)
    except services.RegistrationRefused as refusal:
        messages.error(request, refusal.message)
        # The choice travels back, so the form shows it again.
        query = urlencode({"deelname": attendance}) if attendance else ""
        return redirect(f"{meeting.get_absolute_url()}?{query}#aanmelden")
    if not created:
        if registration.status == Registration.Status.WAITING:
            messages.info(request, "Je stond al op de wachtlijst voor deze bijeenkomst.")
        else:
            messages.info(request, "Je was al aangemeld voor deze bijeenkomst.")
    return redirect("meetings:registration", slug=meeting.slug)


@member_required
@require_POST
def cancel(request, slug):
    """Ask "weet je het zeker?" first; the confirming form posts `bevestigd=ja`."""
    meeting = get_object_or_404(Meeting, slug=slug)
    registration = services.own_registration(meeting, request.user)
    if registration is None or registration.status == Registration.Status.CANCELLED:
        messages.info(request, "Je bent niet aangemeld voor deze bijeenkomst.")
        return redirect(meeting)
    if request.POST.get("bevestigd") != "ja":
        return render(
            request,
            "meetings/registration/cancel_confirm.html",
            {"meeting": meeting, "registration": registration},
        )
    try:
        services.cancel(meeting, request.user)
    except services.RegistrationRefused as refusal:
        messages.error(request, refusal.message)
        return redirect(meeting)
    messages.success(
        request,
        f"Je bent afgemeld voor „{meeting.title}”. Je krijgt een bevestiging per e-mail.",
    )
    return redirect(meeting)


def _registration_page(request, meeting, registration):
    position = None
    if registration and registration.status == Registration.Status.WAITING:
        position = services.waiting_position(registration)
        registration.waiting_position = position
    context = {
        "meeting": meeting,
        "registration": registration,
        "waiting_position": position,
        "state": services.viewer_state(meeting, request.user, registration),
    }
    return render(request, "meetings/registration/registration.html", context)
