"""The begrippenkader's entries in sitemap.xml, with the day each last changed."""

from glossary.models import Entry
from leernetwerk.sitemaps import PortalSitemap


class EntryPages(PortalSitemap):
    def items(self):
        return Entry.objects.only("slug", "updated_at").order_by("slug")

    def lastmod(self, entry):
        return entry.updated_at


SECTIONS = {"begrippen": EntryPages()}
