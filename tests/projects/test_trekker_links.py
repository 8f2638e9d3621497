"""The project overview gives trekkers their admin links in the page, never in its title."""

import re

from django.urls import reverse


def test_trekker_links_are_in_the_page_and_the_title_stays_plain(trekker_client):
    html = trekker_client.get(reverse("projects:index")).content.decode()

    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "Voor trekkers" not in title
    assert "<" not in title
    main = html[html.index("<main") :]
    assert 'id="voor-trekkers"' in main


def test_members_do_not_get_the_trekker_links(member_client):
    html = member_client.get(reverse("projects:index")).content.decode()

    assert 'id="voor-trekkers"' not in html
