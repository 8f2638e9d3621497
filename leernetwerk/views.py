from urllib.parse import urlencode

from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from leernetwerk import home as home_blocks
from leernetwerk.content import BOPOD_PERSPECTIVES, NETWORK_AMBITION
from leernetwerk.middleware import RETRY_AFTER_SECONDS
from leernetwerk.models import SearchDocument
from leernetwerk.search import search as run_search
from leernetwerk.search.advice import discouraged_term_advice
from members.roles import is_approved_member


def home(request):
    """The network's ambition and what is going on: every block has its own empty state.

    Members-only blocks (own registrations) are None for anyone but an approved member.
    """
    now = timezone.now()
    viewer_is_member = is_approved_member(request.user)
    registrations = home_blocks.upcoming_registrations(request.user, now)
    return render(
        request,
        "home.html",
        {
            "ambition": NETWORK_AMBITION,
            "perspectives": BOPOD_PERSPECTIVES,
            "next_meeting": home_blocks.next_meeting_block(request.user, registrations, now),
            "my_registrations": registrations if viewer_is_member else None,
            "latest_reports": home_blocks.latest_reports(now),
            "latest_factsheets": home_blocks.latest_factsheets(timezone.localdate(now)),
            "highlighted_term": home_blocks.highlighted_term(timezone.localdate(now)),
            "running_projects": home_blocks.running_projects(),
            "proposed_themes": home_blocks.proposed_themes(),
        },
    )


def search(request):
    """Search everything the viewer may see: grouped by kind, or one kind page by page.

    When what was typed is a discouraged term, the glossary's advice and its entry come first.
    """
    results = run_search(
        request.GET.get("q", ""),
        request.user,
        kind=request.GET.get("soort"),
        page=request.GET.get("page", 1),
    )
    advice = discouraged_term_advice(results)
    if advice:
        results.put_first(SearchDocument.Kind.TERM, advice.get_absolute_url())
    query_string = urlencode({"q": results.query.text, "soort": results.kind or ""})
    return render(
        request,
        "search.html",
        {
            "results": results,
            "advice": advice,
            "query": results.query.text,
            "typed": "q" in request.GET,
            "query_string": query_string,
            "query_param": urlencode({"q": results.query.text}),
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
