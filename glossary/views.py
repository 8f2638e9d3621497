"""Pages of the begrippenkader under /begrippen/ and its JSON API under /api/begrippen/."""

from collections import OrderedDict

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET
from taggit.models import Tag

from glossary import exports
from glossary.lookup import LookupResult, lookup
from glossary.models import Entry, Label
from glossary.wordforms import comparison_form
from leernetwerk.cors import allow_any_origin
from leernetwerk.files import extension_of, serve_protected_file
from leernetwerk.page_cache import cached_fragment

MAX_QUERY_LENGTH = 200
ALPHABET = [chr(code) for code in range(ord("A"), ord("Z") + 1)]


def _query(request) -> str:
    return request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]


def _letter(entry) -> str:
    first = comparison_form(entry.preferred_term or entry.slug)[:1].upper()
    return first if first in ALPHABET else "#"


def _themes():
    """Themes used by at least one entry, for the filter."""
    entry_type = ContentType.objects.get_for_model(Entry)  # cached after the first request
    return (
        Tag.objects.filter(taggit_taggeditem_items__content_type=entry_type)
        .distinct()
        .order_by("name")
    )


@require_GET
def term_index(request):
    theme_slug = request.GET.get("thema", "")
    themes = list(_themes())
    theme = next((t for t in themes if t.slug == theme_slug), None)

    def term_groups() -> str:
        entries = Entry.objects.for_listing().with_theme(theme.slug if theme else "")
        groups = OrderedDict()
        for entry in entries:
            groups.setdefault(_letter(entry), []).append(entry)
        context = {
            "groups": groups,
            "alphabet": ALPHABET + (["#"] if "#" in groups else []),
            "theme": theme,
        }
        return render_to_string("glossary/includes/term_groups.html", context)

    # Hundreds of entries take most of the page's time; members get them from the cache too.
    groups_html = cached_fragment(f"glossary-index:{theme.slug if theme else ''}", term_groups)
    context = {
        "groups_html": mark_safe(groups_html),  # rendered by the template above
        "themes": themes,
        "theme": theme,
        "unknown_theme": bool(theme_slug and theme is None),
    }
    return render(request, "glossary/term_index.html", context)


def _search_notice(entry, searched: str):
    """The lookup hit that brought a visitor here, when it points at this entry."""
    if not searched:
        return None
    best = lookup(searched[:MAX_QUERY_LENGTH]).best
    return best if best and best.slug == entry.slug else None


@require_GET
def term_detail(request, slug):
    entry = get_object_or_404(Entry.objects.for_export(), slug=slug)
    context = {
        "entry": entry,
        "notice": _search_notice(entry, request.GET.get("gezocht", "").strip()),
        "searched": request.GET.get("gezocht", "").strip()[:MAX_QUERY_LENGTH],
    }
    return render(request, "glossary/term_detail.html", context)


@require_GET
def term_image(request, slug):
    """Serve the entry's image; term pages are public, so the image is too."""
    entry = get_object_or_404(Entry, slug=slug)
    filename = f"{entry.slug}{extension_of(entry.image.name)}"
    return serve_protected_file(
        request, entry.image, filename=filename, as_attachment=False, public=True
    )


@require_GET
def term_lookup(request):
    query = _query(request)
    result = lookup(query) if query else LookupResult(query="")
    # "alle" shows the list even when one entry stands out ("Niet wat je zocht?").
    if result.outcome == LookupResult.FOUND and not request.GET.get("alle"):
        url = reverse("glossary:detail", args=[result.best.slug])
        return redirect(f"{url}?{urlencode({'gezocht': query})}")
    return render(request, "glossary/term_lookup.html", {"query": query, "result": result})


@require_GET
def tipsheet(request):
    entries = Entry.objects.for_listing().filter(labels__kind=Label.Kind.DISCOURAGED).distinct()
    # Entries whose meaning differs per organisation need a frame whenever they are used.
    framed = Entry.objects.with_preferred_term().filter(meanings__isnull=False).distinct()
    return render(request, "glossary/tipsheet.html", {"entries": entries, "framed_entries": framed})


SKOS_FORMATS = {
    "ttl": ("text/turtle; charset=utf-8", exports.entries_as_turtle),
    "jsonld": ("application/ld+json; charset=utf-8", exports.entries_as_jsonld),
}


@require_GET
def export(request, extension):
    if extension == "csv":
        response = exports.entries_as_csv(Entry.objects.for_export())
    elif extension in SKOS_FORMATS:
        content_type, serialise = SKOS_FORMATS[extension]
        response = HttpResponse(serialise(Entry.objects.for_export()), content_type=content_type)
        response["Content-Disposition"] = f'inline; filename="begrippenkader.{extension}"'
    else:
        raise Http404("Onbekend exportformaat.")
    return allow_any_origin(response)


# -- JSON API ------------------------------------------------------------------------------


def _api_response(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    return allow_any_origin(response)


def _hit_as_dict(hit) -> dict:
    return {**hit.as_dict(), "url": f"{exports.scheme_uri()}{hit.slug}/"}


@require_GET
def api_list(request):
    query = _query(request)
    if query:
        result = lookup(query)
        return _api_response(
            {
                "query": query,
                "outcome": result.outcome,
                "results": [_hit_as_dict(hit) for hit in result.hits],
                "suggestions": [_hit_as_dict(hit) for hit in result.suggestions],
                "message": (
                    f"{query} staat niet in het begrippenkader."
                    if result.outcome == LookupResult.NONE
                    else ""
                ),
            }
        )
    entries = Entry.objects.for_listing().with_theme(request.GET.get("thema", ""))
    results = [
        {
            "slug": entry.slug,
            "url": exports.entry_uri(entry),
            "preferred": entry.preferred_label_text(),
            "discouraged": [label.text for label in entry.discouraged_labels()],
            "definition": entry.definition,
            "status": entry.status,
        }
        for entry in entries
    ]
    return _api_response({"count": len(results), "results": results})


@require_GET
def api_detail(request, slug):
    entry = Entry.objects.for_export().filter(slug=slug).first()
    if entry is None:
        return _api_response({"detail": "Dit begrip bestaat niet."}, status=404)
    return _api_response(exports.entry_as_dict(entry))
