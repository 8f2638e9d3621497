from urllib.parse import urlencode

from django.shortcuts import render

from search.advice import discouraged_term_advice
from search.models import SearchDocument
from search.query import search as run_search


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
        "search/search.html",
        {
            "results": results,
            "advice": advice,
            "query": results.query.text,
            "typed": "q" in request.GET,
            "query_string": query_string,
            "query_param": urlencode({"q": results.query.text}),
        },
    )
