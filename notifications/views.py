from django.contrib import messages
from django.core import signing
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from members.roles import member_required
from notifications import services
from notifications.forms import PreferencesForm
from notifications.models import Frequency, Preferences
from notifications.sources import SOURCES_BY_KIND


@member_required
def preferences(request):
    current = Preferences.objects.filter(user=request.user).first()
    form = PreferencesForm(request.POST or None, choices=services.choices_of(current))
    if request.method == "POST" and form.is_valid():
        services.save_choices(request.user, form.cleaned_data)
        messages.success(request, "Je keuzes voor e-mail zijn opgeslagen.")
        return redirect("notifications:settings")
    return render(
        request,
        "notifications/preferences.html",
        {
            "form": form,
            "first_time": current is None or current.chosen_at is None,
            "digest_moment": services.digest_moment(),
        },
        status=400 if form.is_bound else 200,
    )


# Mail programs send the one-click POST of RFC 8058 without a CSRF token; the signed link is
# what proves the request comes from the mail.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        user, scope = services.read_unsubscribe_token(token)
    except signing.BadSignature:
        response = render(request, "notifications/unsubscribe_invalid.html", status=400)
    else:
        preferences = Preferences.objects.filter(user=user).first()
        if request.method == "POST":
            kinds = services.unsubscribe(user, scope)
            template = "notifications/unsubscribe_done.html"
        else:
            kinds = services.kinds_in_scope(preferences, scope)
            template = "notifications/unsubscribe.html"
        response = render(
            request,
            template,
            {
                "scope": scope,
                "labels": [SOURCES_BY_KIND[kind].label for kind in kinds],
                "never": Frequency.NEVER,
            },
        )
    patch_cache_control(response, private=True, no_store=True)
    return response
