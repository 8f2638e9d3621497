"""Every kennisbank and news page runs a fixed number of queries, whatever the data size."""

import pytest
from django.urls import reverse

from library.models import NewsItem, Publication
from tests.glossary.factories import make_entry
from tests.library.factories import (
    make_image_card,
    make_news_item,
    make_publication,
    make_publication_file,
)
from tests.meetings.factories import make_meeting
from tests.projects.factories import make_project

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
SIZES = [1, 15]


def fill(size):
    meetings = [make_meeting(f"Bijeenkomst {n}", days_from_now=-n - 1) for n in range(3)]
    projects = [make_project(f"Project {n}") for n in range(3)]
    terms = [make_entry(f"begrip {n}") for n in range(3)]
    b1 = make_publication("Eenvoudige versie")
    publications = []
    for number in range(size):
        publication = make_publication(
            f"Publicatie {number}",
            kind=Publication.Kind.INSTRUMENT,
            themes=["triage", f"thema {number}"],
            audiences=["professionals", "ouders"],
            meetings=meetings,
            projects=projects,
            terms=terms,
            b1_version=b1,
            members_only=number % 2 == 1,
        )
        make_publication_file(publication, title=f"Bestand {number}")
        make_publication_file(publication, title=f"Bijlage {number}")
        publications.append(publication)
        make_news_item(f"Bericht {number}")
        make_image_card(f"Beeld {number}", terms=terms)
    return publications


@pytest.mark.parametrize("size", SIZES)
def test_kennisbank_list_budget(client, member_client, get_within_budget, size):
    fill(size)
    # Queries: themes in use (filter), the count for the paginator, the page, their themes.
    get_within_budget(client, reverse("library:index"), 4)
    get_within_budget(client, reverse("library:index") + "?soort=instrument&thema=triage", 4)
    # Member: plus the session, the user and the trekker group check.
    get_within_budget(member_client, reverse("library:index"), 7)


@pytest.mark.parametrize("size", SIZES)
def test_publication_page_budget(client, member_client, get_within_budget, size):
    publication = fill(size)[-1]
    # Queries: the publication, its themes, files, meetings, projects, terms, the publications
    # it is the B1 version of, its own B1 version, and the glossary linker (version and
    # labels).
    get_within_budget(client, publication.get_absolute_url(), 11)
    # Member: plus the session, the user and the trekker group check.
    get_within_budget(member_client, publication.get_absolute_url(), 12)


@pytest.mark.parametrize("size", SIZES)
def test_gallery_news_and_start_pages_budget(client, get_within_budget, size):
    items = fill(size)
    # Queries: the cards, their terms.
    get_within_budget(client, reverse("library:images"), 2)
    # Queries: the count for the paginator, the page.
    get_within_budget(client, reverse("news:index"), 2)
    # Queries: the item, and the glossary linker (version and labels).
    get_within_budget(client, NewsItem.objects.first().get_absolute_url(), 3)
    get_within_budget(client, reverse("library:start"), 0)
    # Queries: the public news items.
    get_within_budget(client, reverse("news:feed"), 1)
    # Queries: the public publications, their themes.
    get_within_budget(client, reverse("library_api:list"), 2)
    public = next(item for item in items if item.is_public())
    # Queries: the publication, themes, files, terms; its B1 version.
    get_within_budget(client, reverse("library_api:detail", args=[public.slug]), 5)
