"""The Atom feed of published reports at /bijeenkomsten/feed/."""

import xml.etree.ElementTree as ElementTree
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.meetings.factories import make_meeting, make_report

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

ATOM = "{http://www.w3.org/2005/Atom}"
FEED = reverse("meetings:feed")


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content)


def test_feed_lists_only_published_reports_newest_first(client):
    now = timezone.now()
    older = make_meeting("Januari", days_from_now=-300)
    make_report(older, summary="Over **triage**.", published_at=now - timedelta(days=200))
    newer = make_meeting("Oktober", days_from_now=-60)
    make_report(newer, summary="Over contactverlies.", published_at=now - timedelta(days=50))
    make_report(make_meeting("Concept", days_from_now=-20), published=False)
    make_report(make_meeting("Later", days_from_now=-5), published_at=now + timedelta(days=3))

    feed = parse(client.get(FEED))
    entries = feed.findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert len(titles) == 2
    assert titles[0].startswith("Oktober (") and titles[1].startswith("Januari (")
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href").endswith(newer.get_absolute_url() + "#verslag")
    assert first.findtext(f"{ATOM}summary") == "Over contactverlies."
    assert first.findtext(f"{ATOM}published")
    assert entries[1].findtext(f"{ATOM}summary") == "Over triage."
    assert feed.findtext(f"{ATOM}title").startswith("Verslagen van het Leernetwerk")


def test_empty_feed_is_still_valid_atom(client):
    feed = parse(client.get(FEED))
    assert feed.tag == f"{ATOM}feed"
    assert feed.findall(f"{ATOM}entry") == []


@pytest.mark.parametrize("count", [2, 25])
def test_feed_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, count):
    for number in range(count):
        make_report(make_meeting(f"Bijeenkomst {number}", days_from_now=-10 - number))
    # The published reports with their meetings.
    with django_assert_max_num_queries(1):
        response = client.get(FEED)
    assert len(parse(response).findall(f"{ATOM}entry")) == count
