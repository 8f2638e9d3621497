from urllib.parse import urlencode

from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from leernetwerk import home as home_blocks
from leernetwerk.content import BOPOD_PERSPECTIVES, NETWORK_AMBITION
from leernetwerk.search import search as run_search


def home(request):
    """The network's ambition and what is going on: every block has its own empty state."""
    today = timezone.localdate()
    return render(
        request,
        "home.html",
        {
            "ambition": NETWORK_AMBITION,
            "perspectives": BOPOD_PERSPECTIVES,
            "highlighted_term": home_blocks.highlighted_term(today),
            "running_projects": home_blocks.running_projects(),
            "proposed_themes": home_blocks.proposed_themes(),
        },
    )


def search(request):
    """Search everything the viewer may see: grouped by kind, or one kind page by page."""
    results = run_search(
        request.GET.get("q", ""),
        request.user,
        kind=request.GET.get("soort"),
        page=request.GET.get("page", 1),
    )
    query_string = urlencode({"q": results.query.text, "soort": results.kind or ""})
    return render(
        request,
        "search.html",
        {
            "results": results,
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
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
