"""Slugs that an app's own fixed pages would shadow are refused, with a Dutch message."""

import pytest
from django.core.exceptions import ValidationError

from glossary.models import Entry
from leernetwerk.slugs import reserved_slugs
from meetings.models import Meeting
from projects.models import Project

# Each slug field that sits in a URL next to fixed pages, with the pages it must not shadow.
SHADOWED_PAGES = {
    Meeting: {"feed", "factsheets", "agenda"},
    Project: {"voorstellen"},
    Entry: {"zoeken", "tipsheet", "export"},
}
CASES = [(model, slug) for model, slugs in SHADOWED_PAGES.items() for slug in sorted(slugs)]


@pytest.mark.parametrize(("model", "slug"), CASES)
def test_a_slug_that_shadows_a_page_is_refused_with_a_dutch_message(model, slug):
    with pytest.raises(ValidationError) as refused:
        model._meta.get_field("slug").clean(slug, None)

    assert refused.value.messages == [
        "Deze korte naam is al in gebruik voor een pagina. Kies een andere."
    ]


@pytest.mark.parametrize("model", SHADOWED_PAGES)
def test_an_ordinary_slug_is_accepted(model):
    assert model._meta.get_field("slug").clean("kind-centraal", None) == "kind-centraal"


@pytest.mark.parametrize(
    ("urlconf", "model"),
    [("meetings.urls", Meeting), ("projects.urls", Project), ("glossary.urls", Entry)],
)
def test_the_reserved_words_are_the_fixed_first_segments_of_the_apps_urls(urlconf, model):
    assert reserved_slugs(urlconf) == SHADOWED_PAGES[model]
