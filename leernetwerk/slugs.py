"""Refuse slugs that an app's own fixed URLs would shadow (a project called `voorstellen`)."""

from functools import cache
from importlib import import_module

from django.core.exceptions import ValidationError
from django.urls import URLPattern, URLResolver
from django.utils.deconstruct import deconstructible

RESERVED_SLUG_MESSAGE = "Deze korte naam is al in gebruik voor een pagina. Kies een andere."


@cache
def reserved_slugs(urlconf: str) -> frozenset[str]:
    """Return the first path segments of the fixed routes in `urlconf` ("feed/" -> "feed").

    A slug holds no dot, so "agenda.ics" reserves "agenda": `<slug>.ics` would reach it too.
    """
    reserved = set()
    for entry in import_module(urlconf).urlpatterns:
        if isinstance(entry, URLPattern | URLResolver):
            first = str(entry.pattern).lstrip("^").split("/")[0].split(".")[0]
            if first and "<" not in first:
                reserved.add(first)
    return frozenset(reserved)


@deconstructible
class ReservedSlugValidator:
    """Refuse a slug that is a fixed page under the same URL prefix (from `urlconf`)."""

    code = "reserved_slug"

    def __init__(self, urlconf: str):
        self.urlconf = urlconf

    def __call__(self, value):
        if self.is_reserved(value):
            raise ValidationError(RESERVED_SLUG_MESSAGE, code=self.code)

    def is_reserved(self, slug: str) -> bool:
        return slug in reserved_slugs(self.urlconf)

    def __eq__(self, other):
        return isinstance(other, ReservedSlugValidator) and other.urlconf == self.urlconf
