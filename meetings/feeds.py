"""The Atom feed of published meeting reports (/bijeenkomsten/feed/)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.timezone import localtime

from meetings.models import Report

FEED_LENGTH = 30
SUMMARY_WORDS = 80


class ReportFeed(Feed):
    """The newest published reports; drafts and reports published later are left out."""

    feed_type = Atom1Feed
    title = "Verslagen van het Leernetwerk Kind & Complexe Ouderrelaties"
    subtitle = "Wat we bespraken op de bijeenkomsten van het leernetwerk."
    link = reverse_lazy("meetings:index")
    feed_url = reverse_lazy("meetings:feed")

    def items(self):
        return (
            Report.objects.published()
            .select_related("meeting")
            .order_by("-published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, report):
        starts = date_format(localtime(report.meeting.starts_at), "j F Y")
        return f"{report.meeting.title} ({starts})"

    def item_link(self, report):
        return report.get_absolute_url()

    def item_description(self, report):
        text = strip_tags(report.summary_html).strip()
        return Truncator(text).words(SUMMARY_WORDS) or f"Het verslag van {report.meeting.title}."

    def item_pubdate(self, report):
        return report.published_at

    def item_updateddate(self, report):
        return max(report.updated_at, report.published_at)
