"""Public Klein-maar-Fijn projects in sitemap.xml (never proposals or ideas)."""

from leernetwerk.sitemaps import PortalSitemap
from projects.models import Project


class ProjectPages(PortalSitemap):
    def items(self):
        return Project.objects.public().only("slug").order_by("slug")


SECTIONS = {"projecten": ProjectPages()}
