"""Publications and news in the site search (PDF text too) and the news feed."""

import xml.etree.ElementTree as ElementTree

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from procrastinate.contrib.django.models import ProcrastinateJob

from library.models import NewsItem, Publication
from meetings.demo.factsheet_pdf import factsheet_pdf
from search.query import search
from search.tasks import extract_pdf_text
from tests.library.factories import make_news_item, make_publication, make_publication_file

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

ATOM = "{http://www.w3.org/2005/Atom}"


def found(query, user=None):
    results = search(query, user or AnonymousUser())
    return {hit.title for group in results.groups for hit in group.hits}


def test_published_publications_are_found_and_drafts_never(member, trekker):
    make_publication("Triagelijst Scheiding", kind=Publication.Kind.INSTRUMENT)
    make_publication("Triage voor leden", members_only=True)
    make_publication("Triage in concept", published=False)
    make_publication("Triage van volgende week", days_ago=-7)

    assert found("triage") == {"Triagelijst Scheiding"}
    assert found("triage", member) == {"Triagelijst Scheiding", "Triage voor leden"}
    assert "Triage in concept" not in found("triage", trekker)


def test_publishing_a_draft_makes_it_findable_at_once():
    publication = make_publication("Handelingskader gezinsvertegenwoordiging", published=False)
    assert found("gezinsvertegenwoordiging") == set()
    publication.is_published = True
    publication.save()
    assert found("gezinsvertegenwoordiging") == {"Handelingskader gezinsvertegenwoordiging"}


def test_a_publication_is_found_by_a_word_inside_its_pdf_once_the_worker_read_it():
    publication = make_publication("Toolkit voor gemeenten")
    content = factsheet_pdf("Toolkit", [("text", "Over de kinderbeschermingsketen.")])
    make_publication_file(
        publication, file=SimpleUploadedFile("toolkit.pdf", content, "application/pdf")
    )
    assert "Toolkit voor gemeenten" not in found("kinderbeschermingsketen")
    for job in ProcrastinateJob.objects.filter(task_name=extract_pdf_text.name, status="todo"):
        extract_pdf_text(**job.args)
    assert "Toolkit voor gemeenten" in found("kinderbeschermingsketen")


def test_news_is_found_with_the_same_visibility(member):
    make_news_item("Interview met de kwartiermaker")
    make_news_item("Kwartiermaker voor leden", members_only=True)
    make_news_item("Kwartiermaker in concept", published=False)
    assert found("kwartiermaker") == {"Interview met de kwartiermaker"}
    assert found("kwartiermaker", member) == {
        "Interview met de kwartiermaker",
        "Kwartiermaker voor leden",
    }


def test_the_feed_lists_public_news_newest_first(client):
    make_news_item("Ouder bericht", kind=NewsItem.Kind.NEWS, days_ago=30)
    newest = make_news_item("Interview met de kwartiermaker", days_ago=2)
    make_news_item("Bericht voor leden", members_only=True)
    make_news_item("Bericht in concept", published=False)
    make_news_item("Bericht van morgen", days_ago=-1)

    response = client.get(reverse("news:feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Interview met de kwartiermaker",
        "Ouder bericht",
    ]
    assert entries[0].find(f"{ATOM}link").get("href").endswith(newest.get_absolute_url())


def test_the_news_page_points_feed_readers_at_the_feed(client):
    content = client.get(reverse("news:index")).content.decode()
    assert 'type="application/atom+xml"' in content
    assert reverse("news:feed") in content
