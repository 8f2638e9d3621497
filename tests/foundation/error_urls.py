"""The site's URLs plus two API routes that fail, to see how errors under /api/ answer."""

from django.core.exceptions import PermissionDenied
from django.urls import path

from leernetwerk.urls import urlpatterns as site_urlpatterns


def failing_view(request):
    raise RuntimeError("a bug in an API view")


def forbidden_view(request):
    raise PermissionDenied


urlpatterns = [
    path("api/kapot/", failing_view),
    path("api/verboden/", forbidden_view),
    path("kapot/", failing_view),
    *site_urlpatterns,
]
