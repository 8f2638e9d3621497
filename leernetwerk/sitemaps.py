"""sitemap.xml: each app lists its own public pages in its `sitemaps.py`; this file adds them up.

Locations use SITE_URL, the portal's public address, never the Host header of the request.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import sitemaps
from django.urls import reverse


class PortalSitemap(sitemaps.Sitemap):
    """A sitemap section whose addresses start with SITE_URL."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class FixedPages(PortalSitemap):
    """The pages that are always there: home, lists and the network's own pages."""

    def __init__(self, names):
        self.names = names

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)


def all_sections():
    """Return every app's sections, imported here so the project package stays the floor."""
    from glossary.sitemaps import SECTIONS as glossary
    from library.sitemaps import SECTIONS as library
    from meetings.sitemaps import SECTIONS as meetings
    from projects.sitemaps import SECTIONS as projects

    pages = FixedPages(
        [
            "home",
            "meetings:index",
            "meetings:factsheets",
            "glossary:index",
            "glossary:tipsheet",
            "taalcheck:check",
            "projects:index",
            "themes:index",
            "library:index",
            "library:images",
            "library:start",
            "news:index",
            "network:organisations",
            "network:privacy",
            "contact",
            "accessibility",
        ]
    )
    return {"pagina": pages, **meetings, **glossary, **projects, **library}
