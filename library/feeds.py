"""The Atom feed of news and interviews (/nieuws/feed/): public items only."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from library.models import NewsItem

FEED_LENGTH = 30


class NewsFeed(Feed):
    """The newest public news items and interviews; drafts and members-only items are left out."""

    feed_type = Atom1Feed
    title = "Nieuws van het Leernetwerk Kind & Complexe Ouderrelaties"
    subtitle = "Nieuws en interviews van het leernetwerk."
    link = reverse_lazy("news:index")
    feed_url = reverse_lazy("news:feed")

    def items(self):
        return NewsItem.objects.public().order_by("-published_on", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_absolute_url()

    def item_description(self, item):
        # Atom readers treat the summary as HTML; the summary is plain text, so it is escaped.
        return escape(item.summary)

    def item_pubdate(self, item):
        # Noon in Amsterdam: a date without a time, never shown a day early in another zone.
        return timezone.make_aware(datetime.datetime.combine(item.published_on, datetime.time(12)))

    def item_updateddate(self, item):
        return max(item.updated_at, self.item_pubdate(item))
