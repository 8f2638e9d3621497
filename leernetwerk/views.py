from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from leernetwerk.content import BOPOD_PERSPECTIVES, NETWORK_AMBITION


def home(request):
    return render(
        request,
        "home.html",
        {"ambition": NETWORK_AMBITION, "perspectives": BOPOD_PERSPECTIVES},
    )


def search(request):
    return render(request, "search.html", {"query": request.GET.get("q", "")[:200]})


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
