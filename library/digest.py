"""What the kennisbank and the news add to a member's weekly digest.

`items_since(member, since, until)` is the one entry point; the digest (another app) renders
the items it returns. Dates are publication dates, so an item counts in the week it appears.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from library.models import NewsItem, Publication


@dataclass(frozen=True)
class DigestItem:
    """One line in the digest."""

    title: str
    url: str  # absolute, for an e-mail
    date: datetime.date
    summary: str
    kind: str  # "publicatie", "nieuws" or "interview"


def _as_date(moment) -> datetime.date:
    if isinstance(moment, datetime.datetime):
        return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()
    return moment


def items_since(member, since, until) -> list[DigestItem]:
    """Return the publications and news published in [since, until) that `member` may see.

    `since` and `until` are dates or datetimes (read as Amsterdam dates). Drafts never appear;
    members-only items only for approved members (the visibility rule of the models). Newest
    first; two queries.
    """
    first, end = _as_date(since), _as_date(until)
    window = {"published_on__gte": first, "published_on__lt": end}
    publications = (
        Publication.objects.visible_to(member, today=end)
        .filter(is_published=True, **window)
        .only("title", "slug", "summary", "published_on")
    )
    news = (
        NewsItem.objects.visible_to(member, today=end)
        .filter(is_published=True, **window)
        .only("title", "slug", "summary", "published_on", "kind")
    )
    items = [
        DigestItem(
            title=publication.title,
            url=f"{settings.SITE_URL}{publication.get_absolute_url()}",
            date=publication.published_on,
            summary=publication.summary,
            kind="publicatie",
        )
        for publication in publications
    ] + [
        DigestItem(
            title=item.title,
            url=f"{settings.SITE_URL}{item.get_absolute_url()}",
            date=item.published_on,
            summary=item.summary,
            kind=item.kind,
        )
        for item in news
    ]
    return sorted(items, key=lambda item: (item.date, item.title), reverse=True)
