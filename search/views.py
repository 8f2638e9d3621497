from urllib.parse import urlencode

from django.shortcuts import render

from search.advice import discouraged_term_advice
from search.models import SearchDocument
from search.query import related_themes
from search.query import search as run_search


def search(request):
    """Search everything the viewer may see: grouped by kind, or one kind page by page.

    When what was typed is a discouraged term, the glossary's advice and its entry come first.
    When nothing is found, a likely typo is corrected ("Bedoelde je …?"); when even that finds
    nothing, the page offers the glossary lookup with the query and related themes.
    """
    results = run_search(
        request.GET.get("q", ""),
        request.user,
        kind=request.GET.get("soort"),
        page=request.GET.get("page", 1),
        year=request.GET.get("jaar"),
    )
    advice = discouraged_term_advice(results)
    if advice:
        results.put_first(SearchDocument.Kind.TERM, advice.get_absolute_url())
    nothing_found = results.query and not results.total
    themes = related_themes(results.query, request.user) if nothing_found else []
    query_string = urlencode(
        {"q": results.query.text, "soort": results.kind or ""}
        | ({"jaar": results.year} if results.year else {})
    )
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
            "year_param": f"&jaar={results.year}" if results.year else "",
            "kinds": SearchDocument.Kind.choices,
            "related_themes": themes,
        },
    )
