"""The public kennisbank and news in sitemap.xml (never drafts or members-only items)."""

from leernetwerk.sitemaps import PortalSitemap
from library.models import NewsItem, Publication


class PublicationPages(PortalSitemap):
    def items(self):
        return Publication.objects.public().only("slug").order_by("slug")


class NewsPages(PortalSitemap):
    def items(self):
        return NewsItem.objects.public().only("slug").order_by("slug")


SECTIONS = {"kennisbank": PublicationPages(), "nieuws": NewsPages()}
