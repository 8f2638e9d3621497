"""The news block on the home page: the latest items the viewer may read, never drafts."""

import pytest

from tests.library.factories import make_news_item

pytestmark = pytest.mark.django_db


def test_home_shows_the_latest_news_the_viewer_may_read(client, member_client, trekker_client):
    make_news_item("Interview met de kwartiermaker")
    make_news_item("Nieuws voor leden", members_only=True)
    make_news_item("Nieuws in concept", published=False)

    anonymous = client.get("/").content.decode()
    assert "Interview met de kwartiermaker" in anonymous
    assert "Nieuws voor leden" not in anonymous
    assert "Nieuws voor leden" in member_client.get("/").content.decode()
    assert "Nieuws in concept" not in trekker_client.get("/").content.decode()


def test_home_says_when_there_is_no_news(client):
    assert "Er is nog geen nieuws." in client.get("/").content.decode()
