"""What the kennisbank and news add to a member's weekly digest."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from library.digest import items_since
from library.models import NewsItem
from tests.library.factories import make_news_item, make_publication

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def test_the_digest_holds_what_the_member_may_see_from_the_week(member, pending):
    today = timezone.localdate()
    make_publication("Denkkader", days_ago=2)
    make_publication("Handelingskader voor leden", days_ago=3, members_only=True)
    make_publication("Toolkit in concept", days_ago=1, published=False)
    make_publication("Oude factsheet", days_ago=20)
    make_news_item("Interview met de kwartiermaker", days_ago=1)
    make_news_item("Nieuws voor leden", kind=NewsItem.Kind.NEWS, days_ago=4, members_only=True)

    since, until = today - datetime.timedelta(days=7), today + datetime.timedelta(days=1)
    items = items_since(member, since, until)
    assert [(item.title, item.kind) for item in items] == [
        ("Interview met de kwartiermaker", "interview"),
        ("Denkkader", "publicatie"),
        ("Handelingskader voor leden", "publicatie"),
        ("Nieuws voor leden", "nieuws"),
    ]
    assert items[0].url.startswith("http")
    assert items[1].summary == "Samenvatting van Denkkader."

    outsider = {item.title for item in items_since(pending, since, until)}
    assert outsider == {"Interview met de kwartiermaker", "Denkkader"}
    assert {item.title for item in items_since(AnonymousUser(), since, until)} == outsider


def test_the_digest_accepts_datetimes_and_leaves_out_what_appears_later(member):
    make_publication("Van morgen", days_ago=-1)
    now = timezone.now()
    assert items_since(member, now - datetime.timedelta(days=7), now) == []
