from django.shortcuts import get_object_or_404, render

from glossary.models import Entry


def term_index(request):
    return render(request, "glossary/term_index.html")


def term_detail(request, slug):
    entry = get_object_or_404(Entry.objects.prefetch_related("labels"), slug=slug)
    return render(request, "glossary/term_detail.html", {"entry": entry})


def taalcheck(request):
    return render(request, "glossary/taalcheck.html")
