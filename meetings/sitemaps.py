"""The meetings' public pages in sitemap.xml: every meeting page is public."""

from leernetwerk.sitemaps import PortalSitemap
from meetings.models import Meeting


class MeetingPages(PortalSitemap):
    def items(self):
        return Meeting.objects.only("slug").order_by("-starts_at")


SECTIONS = {"bijeenkomsten": MeetingPages()}
