"""The help page for trekkers: for trekkers only, linked from the admin and the navigation."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

HELP_URL = reverse("help_trekkers")


def test_trekkers_read_how_to_do_the_four_tasks(trekker_client):
    response = trekker_client.get(HELP_URL)
    content = response.content.decode()
    assert response.status_code == 200
    for heading in [
        "Een bijeenkomst maken",
        "Een verslag schrijven en publiceren",
        "Een factsheet toevoegen",
        "Leden goedkeuren",
    ]:
        assert f">{heading}</h2>" in content
    assert 'href="/beheer/"' in content


def test_members_are_refused_and_visitors_sent_to_log_in(client, member_client, pending_client):
    assert member_client.get(HELP_URL).status_code == 403
    assert pending_client.get(HELP_URL).status_code == 403
    response = client.get(HELP_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_navigation_links_the_help_for_trekkers_only(trekker_client, member_client):
    link = f'href="{HELP_URL}"'
    assert link in trekker_client.get(reverse("home")).content.decode()
    assert link not in member_client.get(reverse("home")).content.decode()
    # On the help page itself the link is the current one.
    assert f'{link} aria-current="page"' in trekker_client.get(HELP_URL).content.decode()


def test_every_admin_page_links_the_help(trekker_client):
    content = trekker_client.get(reverse("admin:meetings_meeting_changelist")).content.decode()
    assert f'<a href="{HELP_URL}">Hulp voor trekkers</a>' in content
