"""The demo kennisbank: the products from the seeds, the newsletter interview, image cards."""

import pytest
from django.core.management import call_command

from library.models import ImageCard, NewsItem, Publication


@pytest.fixture(autouse=True)
def _debug_on(settings):
    """load_demo only runs in development."""
    settings.DEBUG = True


@pytest.mark.django_db
def test_demo_links_the_denkkader_to_its_b1_version_meeting_and_pdf(client):
    call_command("load_demo", verbosity=0)
    call_command("load_demo", verbosity=0)  # idempotent
    denkkader = Publication.objects.get(slug="denkkader-verbinding-en-vertrouwen")
    assert denkkader.b1_version.slug == "denkkader-in-eenvoudige-taal"
    assert denkkader.meetings.filter(slug__contains="gouda").exists()
    assert denkkader.files.count() == 1
    instruments = Publication.objects.filter(kind=Publication.Kind.INSTRUMENT)
    assert set(instruments.values_list("slug", flat=True)) == {"triagelijst-scheiding", "masic"}
    assert NewsItem.objects.filter(kind=NewsItem.Kind.INTERVIEW).count() == 1
    assert ImageCard.objects.count() == 3
    assert all(card.alt_text and card.licence for card in ImageCard.objects.all())
    for url in ["/kennisbank/", "/nieuws/", "/kennisbank/beeldmateriaal/", "/"]:
        assert client.get(url).status_code == 200
    assert client.get(denkkader.get_absolute_url()).status_code == 200
