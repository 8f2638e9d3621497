"""Participation pages: a reflection answer, who came, the year overview, kwartiertjes."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from meetings.models import Meeting, Reflection
from meetings.views import meeting_page_context
from members.roles import is_trekker, member_required
from participation import services
from participation.forms import KwartiertjeOfferForm, ReflectionAnswerForm, WalkInForm
from participation.models import Attendance, KwartiertjeOffer

OFFERS_PAGE_SIZE = 20


def trekker_required(view):
    """Let trekkers in; other members get 403, visitors go to log in."""

    @member_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_trekker(request.user):
            raise PermissionDenied("Deze pagina is voor trekkers.")
        return view(request, *args, **kwargs)

    return wrapper


# -- Online reflections ---------------------------------------------------------------------


@member_required
@require_POST
def answer_reflection(request, slug, pk):
    reflection = get_object_or_404(
        Reflection.objects.select_related("report__meeting"),
        pk=pk,
        report__meeting__slug=slug,
        opening__is_open=True,
    )
    form = ReflectionAnswerForm(request.POST, reflection=reflection)
    if not form.is_valid():
        # The meeting page again, with this question's form as typed and its errors.
        context = meeting_page_context(request, slug)
        for question in context["open_reflections"]:
            if question["reflection"].pk == reflection.pk:
                question["form"] = form
        return render(request, "meetings/meeting_detail.html", context, status=400)
    services.answer_reflection(
        reflection, request.user, form.cleaned_data["text"], form.cleaned_data["show_name"]
    )
    messages.success(
        request,
        "Bedankt voor je antwoord. Een trekker leest het voordat het in het verslag komt.",
    )
    return redirect(f"{reflection.report.meeting.get_absolute_url()}#reflecties")


# -- Attendance -----------------------------------------------------------------------------


def _attendance_page(request, meeting, walk_in_form, status=200):
    attendances = list(meeting.attendances.select_related("user"))
    present_users = {attendance.user_id for attendance in attendances if attendance.user_id}
    registrations = list(
        meeting.registrations.active()
        .select_related("user")
        .order_by("status", "user__first_name", "user__last_name", "pk")
    )
    for registration in registrations:
        registration.is_present = registration.user_id in present_users
    return render(
        request,
        "participation/attendance.html",
        {
            "meeting": meeting,
            "registrations": registrations,
            "walk_ins": [attendance for attendance in attendances if attendance.is_walk_in],
            "summary": services.summarize_attendance(meeting.attendances.all()),
            "may_mark": services.may_mark_attendance(meeting),
            "walk_in_form": walk_in_form,
        },
        status=status,
    )


@trekker_required
def attendance(request, slug):
    """Mark on the day who came: a toggle per registration, and walk-ins."""
    meeting = get_object_or_404(Meeting, slug=slug)
    if request.method != "POST":
        return _attendance_page(request, meeting, WalkInForm())
    if not services.may_mark_attendance(meeting):
        messages.error(request, "Aanwezigheid noteer je vanaf de dag van de bijeenkomst.")
        return redirect("participation:attendance", slug=meeting.slug)
    action = request.POST.get("action")
    if action == "walk_in":
        form = WalkInForm(request.POST)
        if not form.is_valid():
            return _attendance_page(request, meeting, form, status=400)
        data = form.cleaned_data
        Attendance.objects.create(
            meeting=meeting,
            name=data["name"],
            organisation=data["organisation"],
            perspectives=[data["perspective"]],
            region=data["region"],
            is_walk_in=True,
        )
        messages.success(request, f"{data['name']} staat erbij als aanwezig.")
        return redirect(f"{_attendance_url(meeting)}#binnenlopers")
    if action == "remove_walk_in":
        walk_in = get_object_or_404(
            meeting.attendances, pk=request.POST.get("attendance") or 0, is_walk_in=True
        )
        walk_in.delete()
        messages.success(request, f"{walk_in.name} is van de lijst gehaald.")
        return redirect(f"{_attendance_url(meeting)}#binnenlopers")
    registration = get_object_or_404(
        meeting.registrations.active().select_related("user"),
        pk=request.POST.get("registration") or 0,
    )
    name = registration.user.get_full_name() or registration.user.email
    if action == "present":
        services.mark_present(registration)
        messages.success(request, f"{name} is aanwezig.")
    elif action == "absent":
        services.mark_absent(registration)
        messages.success(request, f"{name} staat niet meer als aanwezig.")
    else:
        raise Http404("Onbekende actie.")
    return redirect(f"{_attendance_url(meeting)}#aanmelding-{registration.pk}")


def _attendance_url(meeting):
    return reverse("participation:attendance", args=[meeting.slug])


@trekker_required
def attendance_year(request):
    """Attendance per perspective and region over a year, and per meeting of that year."""
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("jaar", this_year))
    except ValueError:
        year = this_year
    if not 2000 <= year <= this_year + 1:
        raise Http404("Geen overzicht voor dat jaar.")
    meetings = (
        Meeting.objects.filter(starts_at__year=year)
        .exclude(status=Meeting.Status.CANCELLED)
        .order_by("starts_at")
    )
    per_meeting = services.summarize_meetings(meetings)
    return render(
        request,
        "participation/attendance_year.html",
        {
            "year": year,
            "summary": services.summarize_attendance(Attendance.objects.in_year(year)),
            "per_meeting": per_meeting,
            "previous_year": year - 1,
            "next_year": year + 1 if year < this_year else None,
            "missing_below": services.MISSING_BELOW,
        },
    )


# -- LNW-kwartiertje -----------------------------------------------------------------------------


@member_required
def kwartiertje(request):
    """Volunteer to present an LNW-kwartiertje; see your own offers and where they stand."""
    form = KwartiertjeOfferForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.instance.member = request.user
        form.save()
        messages.success(
            request,
            "Bedankt! De trekkers zien je aanbod en nemen contact met je op om het in te plannen.",
        )
        return redirect("participation:kwartiertje")
    offers = KwartiertjeOffer.objects.filter(member=request.user).select_related(
        "agenda_item__meeting"
    )
    page = Paginator(offers, OFFERS_PAGE_SIZE).get_page(request.GET.get("page"))
    for offer in page.object_list:
        offer.status = offer.status_label()
    return render(
        request,
        "participation/kwartiertje.html",
        {"form": form, "page_obj": page, "offers": page.object_list},
        status=400 if form.errors else 200,
    )
