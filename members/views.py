import io
import json
import zipfile

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from glossary.editor_warnings import warn_about_discouraged_terms
from leernetwerk.files import serve_protected_file
from members import services
from members.forms import DeleteAccountForm, DirectoryFilterForm, ProfileForm
from members.models import Organisation, Perspective, Profile
from members.privacy import PRIVACY_STATEMENT_VERSION, has_current_consent
from members.roles import is_approved_member, is_trekker, member_required
from members.security_log import log_event

DIRECTORY_PAGE_SIZE = 20
PHOTO_IN_EXPORT = "profielfoto.jpg"


def _network_balance():
    """Return the counts per perspective and the organisation kinds nobody comes from yet."""
    profiles = Profile.objects.of_approved_members().completed()
    per_perspective = profiles.count_per_perspective()
    per_kind = profiles.count_per_organisation_kind()
    return {
        "perspective_counts": [
            (perspective.label, per_perspective[perspective.value]) for perspective in Perspective
        ],
        "missing_perspectives": [
            perspective.label for perspective in Perspective if not per_perspective[perspective]
        ],
        "missing_kinds": [
            kind.label
            for kind in Organisation.Kind
            if kind != Organisation.Kind.OTHER and not per_kind[kind.value]
        ],
    }


@member_required
def directory(request):
    form = DirectoryFilterForm(request.GET or None)
    profiles = form.filter(Profile.objects.in_directory().for_listing())
    page_obj = Paginator(profiles, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    own_profile = Profile.objects.filter(user=request.user).only("completed_at").first()
    return render(
        request,
        "members/directory.html",
        {
            "form": form,
            "page_obj": page_obj,
            "query_string": query.urlencode(),
            "is_filtered": any(value for key, value in query.items()),
            "own_profile_missing": own_profile is None or not own_profile.is_completed(),
            **_network_balance(),
        },
    )


def _visible_profile(request, pk):
    profile = get_object_or_404(
        Profile.objects.select_related("user", "organisation").prefetch_related("themes"), pk=pk
    )
    if not profile.can_be_seen_by(request.user):
        raise Http404("Dit profiel bestaat niet of is niet zichtbaar.")
    return profile


@member_required
def profile_detail(request, pk):
    profile = _visible_profile(request, pk)
    # What this member presented (LNW-kwartiertjes and other agenda items), newest first.
    presentations = profile.agenda_items.select_related("meeting").order_by(
        "-meeting__starts_at", "position"
    )
    return render(
        request,
        "members/profile_detail.html",
        {
            "profile": profile,
            "is_own": profile.user_id == request.user.pk,
            "presentations": presentations,
            "now": timezone.now(),
        },
    )


@member_required
def profile_photo(request, pk):
    profile = _visible_profile(request, pk)
    # The download name says nothing about whose photo it is, like the stored name.
    return serve_protected_file(
        request, profile.photo, filename="profielfoto.jpg", as_attachment=False
    )


@login_required
def my_profile(request):
    if not is_approved_member(request.user):
        # A pending account has no profile yet; it can still see and manage its data.
        return redirect("members:my_data")
    profile, _ = Profile.objects.get_or_create(user=request.user)
    if not profile.is_completed():
        return redirect("members:edit_profile")
    return redirect(profile)


@member_required
def edit_profile(request):
    profile, _ = Profile.objects.get_or_create(user=request.user)
    needs_consent = not has_current_consent(request.user)
    form = ProfileForm(
        request.POST or None, request.FILES or None, instance=profile, needs_consent=needs_consent
    )
    if request.method == "POST" and form.is_valid():
        services.save_profile(form, consent_given=needs_consent)
        messages.success(request, "Je profiel is opgeslagen.")
        warn_about_discouraged_terms(
            request, profile.function, profile.bio, *profile.themes.names()
        )
        return redirect(profile)
    return render(
        request,
        "members/profile_form.html",
        {"form": form, "profile": profile, "first_time": not profile.is_completed()},
    )


@login_required
def my_data(request):
    return render(
        request,
        "members/my_data.html",
        {
            "consents": request.user.consents.all(),
            "current_version": PRIVACY_STATEMENT_VERSION,
        },
    )


@login_required
def download_my_data(request):
    """A zip with everything we hold as JSON, and the profile photo as the member sent it."""
    data = services.collect_personal_data(request.user)
    profile = Profile.objects.filter(user=request.user).only("photo").first()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mijn-gegevens.json",
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        )
        if profile is not None and profile.photo:
            with profile.photo.open("rb") as photo:
                archive.writestr(PHOTO_IN_EXPORT, photo.read())
    log_event("data_exported", request=request)
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-leernetwerk.zip"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        user = request.user
        log_event("account_deleted", request=request)
        logout(request)
        services.delete_account(user)
        messages.success(
            request, "Je account en je gegevens zijn verwijderd. Bedankt voor je deelname."
        )
        return redirect("home")
    return render(request, "members/delete_account.html", {"form": form})


@member_required
def export_member_list(request):
    if not is_trekker(request.user):
        raise PermissionDenied("Alleen trekkers kunnen de ledenlijst downloaden.")
    return services.member_list_response(services.member_list_accounts())


def organisation_list(request):
    return render(
        request,
        "members/organisation_list.html",
        {"organisations": Organisation.objects.by_kind()},
    )


def privacy_statement(request):
    return render(request, "members/privacy_statement.html", {"version": PRIVACY_STATEMENT_VERSION})
