from django.conf import settings
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from glossary import home as glossary_blocks
from leernetwerk.content import BOPOD_PERSPECTIVES, NETWORK_AMBITION
from leernetwerk.middleware import RETRY_AFTER_SECONDS
from leernetwerk.sitemaps import all_sections
from library import home as library_blocks
from meetings import home as meeting_blocks
from members.roles import is_approved_member, is_trekker, member_required
from projects import home as project_blocks


def home(request):
    """The network's ambition and what is going on: every block has its own empty state.

    Each app makes its own blocks (its home.py). Members-only blocks (own registrations) are
    None for anyone but an approved member.
    """
    now = timezone.now()
    today = timezone.localdate(now)
    viewer_is_member = is_approved_member(request.user)
    registrations = meeting_blocks.upcoming_registrations(request.user, now)
    return render(
        request,
        "home.html",
        {
            "ambition": NETWORK_AMBITION,
            "perspectives": BOPOD_PERSPECTIVES,
            "next_meeting": meeting_blocks.next_meeting_block(request.user, registrations, now),
            "my_registrations": registrations if viewer_is_member else None,
            "latest_reports": meeting_blocks.latest_reports(now),
            "latest_factsheets": meeting_blocks.latest_factsheets(today),
            "highlighted_term": glossary_blocks.highlighted_term(today),
            "running_projects": project_blocks.running_projects(),
            "proposed_themes": project_blocks.proposed_themes(),
            "latest_news": library_blocks.latest_news(request.user),
        },
    )


@never_cache
def healthz(request):
    """Answer 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        # Drop the broken connection so the next request connects afresh.
        connection.close()
        response = HttpResponse("database unavailable\n", status=503, content_type="text/plain")
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse("ok\n", content_type="text/plain")


def contact(request):
    return render(request, "pages/contact.html", {"contact_email": settings.CONTACT_EMAIL})


def accessibility_statement(request):
    """The toegankelijkheidsverklaring, after the Dutch government's model statement."""
    return render(request, "pages/accessibility.html", {"contact_email": settings.CONTACT_EMAIL})


@member_required
def help_for_trekkers(request):
    """How trekkers use the admin: meetings, reports, factsheets and approving members."""
    if not is_trekker(request.user):
        raise PermissionDenied("Deze pagina is voor trekkers.")
    return render(request, "pages/help_trekkers.html", {"contact_email": settings.CONTACT_EMAIL})


def robots_txt(request):
    """Keep crawlers out of accounts, members' pages, the admin and the APIs."""
    lines = [
        "User-agent: *",
        *(f"Disallow: {prefix}" for prefix in ROBOTS_DISALLOW),
        "",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


ROBOTS_DISALLOW = ["/beheer/", "/account/", "/leden/", "/api/", "/zoeken/"]


def sitemap(request):
    return sitemap_view(request, sitemaps=all_sections())


def favicon(request):
    """Browsers ask for /favicon.ico by name: send them to the hashed, long-cached file."""
    return HttpResponsePermanentRedirect(staticfiles_storage.url("img/favicon.ico"))
