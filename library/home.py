"""The kennisbank's block on the home page: the latest news and interviews."""

from library.models import NewsItem

SHOWN_ON_HOME = 3


def latest_news(user):
    """Return the newest news items this viewer may see (1 query)."""
    return list(
        NewsItem.objects.published_for(user)
        .only("title", "slug", "kind", "summary", "published_on")
        .order_by("-published_on", "-pk")[:SHOWN_ON_HOME]
    )
