"""Pages of the kennisbank (/kennisbank/) and the news (/nieuws/)."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from glossary.models import Entry
from leernetwerk.files import extension_of, serve_protected_file
from library.forms import PublicationFilterForm
from library.models import ImageCard, NewsItem, Publication, PublicationFile
from library.start_a_network import ADVICE
from meetings.models import Meeting
from members.roles import is_trekker
from projects.models import Project

PAGE_SIZE = 20


@require_GET
def publication_list(request):
    visible = Publication.objects.visible_to(request.user)
    form = PublicationFilterForm(
        request.GET or None, themes=PublicationFilterForm.themes_in_use(visible)
    )
    publications = (
        form.filter(visible).prefetch_related("themes").order_by("-published_on", "title")
    )
    page = Paginator(publications, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "library/publication_list.html",
        {
            "form": form,
            "page_obj": page,
            "publications": page.object_list,
            "is_filtered": form.is_filtered(),
            "query_string": query.urlencode(),
            "viewer_is_trekker": is_trekker(request.user),
        },
    )


def _visible_publication(request, slug):
    return get_object_or_404(Publication.objects.visible_to(request.user), slug=slug)


@require_GET
def publication_detail(request, slug):
    """A publication with its files, B1 version and links, each list fetched once."""
    viewer = request.user
    publications = Publication.objects.visible_to(viewer).prefetch_related(
        "themes",
        "files",
        Prefetch("meetings", queryset=Meeting.objects.order_by("-starts_at")),
        Prefetch("projects", queryset=Project.objects.visible_to(viewer).order_by("title")),
        Prefetch("terms", queryset=Entry.objects.with_preferred_term()),
        Prefetch(
            "b1_originals",
            queryset=Publication.objects.visible_to(viewer).only("title", "slug"),
        ),
    )
    publication = get_object_or_404(publications, slug=slug)
    b1_version = None
    if publication.b1_version_id:
        b1_version = (
            Publication.objects.visible_to(viewer)
            .filter(pk=publication.b1_version_id)
            .only("title", "slug")
            .first()
        )
    return render(
        request,
        "library/publication_detail.html",
        {
            "publication": publication,
            "b1_version": b1_version,
            "originals": publication.b1_originals.all(),
            "viewer_is_trekker": is_trekker(viewer),
        },
    )


@require_GET
def publication_file(request, slug, pk):
    publication = _visible_publication(request, slug)
    document = get_object_or_404(PublicationFile, publication=publication, pk=pk)
    return serve_protected_file(
        request,
        document.file,
        filename=document.download_name(),
        as_attachment=True,
        public=publication.is_public(),
    )


@require_GET
def image_gallery(request):
    cards = ImageCard.objects.prefetch_related(
        Prefetch("terms", queryset=Entry.objects.with_preferred_term())
    )
    return render(request, "library/image_gallery.html", {"cards": cards})


@require_GET
def image(request, slug):
    """Serve an image card; the gallery is public, so its images are too."""
    card = get_object_or_404(ImageCard, slug=slug)
    filename = f"{card.slug}{extension_of(card.image.name)}"
    return serve_protected_file(
        request, card.image, filename=filename, as_attachment=False, public=True
    )


@require_GET
def start_a_network(request):
    """Advice for other regions that want to start a learning network of their own."""
    return render(request, "library/start_a_network.html", {"advice": ADVICE})


@require_GET
def news_list(request):
    items = NewsItem.objects.visible_to(request.user).order_by("-published_on", "-pk")
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "library/news_list.html",
        {
            "page_obj": page,
            "items": page.object_list,
            "viewer_is_trekker": is_trekker(request.user),
        },
    )


@require_GET
def news_detail(request, slug):
    item = get_object_or_404(NewsItem.objects.visible_to(request.user), slug=slug)
    return render(request, "library/news_detail.html", {"item": item})
