"""The public part of the kennisbank as JSON (/api/kennisbank/), open to other regions' sites."""

from django.conf import settings
from django.db.models import Prefetch
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from glossary.models import Entry
from leernetwerk.cors import allow_any_origin
from library.models import Publication


def _response(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    return allow_any_origin(response)


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _summary(publication) -> dict:
    return {
        "slug": publication.slug,
        "url": _absolute(publication.get_absolute_url()),
        "title": publication.title,
        "kind": publication.kind,
        "summary": publication.summary,
        "status": publication.status,
        "audiences": list(publication.audiences),
        "regions": list(publication.regions),
        "themes": [theme.name for theme in publication.themes.all()],
        "published_on": publication.published_on.isoformat(),
    }


@require_GET
def publication_list(request):
    """Public publications, filtered like the page: ?soort=, ?thema=, ?voor=."""
    publications = (
        Publication.objects.public()
        .filtered(
            kind=request.GET.get("soort", "")[:20],
            theme=request.GET.get("thema", "")[:100],
            audience=request.GET.get("voor", "")[:20],
        )
        .prefetch_related("themes")
        .order_by("-published_on", "title")
    )
    results = [_summary(publication) for publication in publications]
    return _response({"count": len(results), "results": results})


@require_GET
def publication_detail(request, slug):
    publication = (
        Publication.objects.public()
        .prefetch_related(
            "themes",
            "files",
            Prefetch("terms", queryset=Entry.objects.with_preferred_term()),
        )
        .filter(slug=slug)
        .first()
    )
    if publication is None:
        return _response({"detail": "Deze publicatie bestaat niet of is niet openbaar."}, 404)
    b1 = publication.b1_version
    return _response(
        {
            **_summary(publication),
            "body_html": publication.body_html,
            "b1_body_html": publication.b1_body_html,
            "b1_version": _absolute(b1.get_absolute_url()) if b1 and b1.is_public() else None,
            "files": [
                {"title": document.title, "url": _absolute(document.get_absolute_url())}
                for document in publication.files.all()
            ],
            "terms": [
                {"term": str(entry), "url": _absolute(entry.get_absolute_url())}
                for entry in publication.terms.all()
            ],
            "instrument": {
                "databank": publication.databank,
                "databank_url": publication.databank_url,
                "recognition_level": publication.recognition_level,
            }
            if publication.is_instrument()
            else None,
        }
    )
