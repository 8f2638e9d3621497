"""Hostile texts in every field of the kennisbank, news and image cards come back inert.

Trekkers write them as the admin would (each field cleaned by the model, refused values left
out; tests/security/payload_world.py). Then every page, admin list, the feed and the JSON API
that shows them is read back: no executable markup, no answer 500, JSON that parses.
"""

import json

import pytest
import time_machine
from django.urls import reverse

from library.models import ImageCard, NewsItem, Publication, PublicationFile, Visibility
from tests.conftest import pinned_now
from tests.factories import make_user
from tests.library.factories import jpeg
from tests.meetings.factories import make_meeting, pdf_upload
from tests.security.payload_world import payload_client, report, trekker_saves
from tests.security.payloads import PAYLOADS, executable_markup, feed_problems, scripts_of
from tests.security.world import build_once, make_superuser

pytestmark = pytest.mark.clock


class PayloadLibrary:
    def __init__(self):
        self.trekker = make_user("trekker@example.org", trekker=True)
        self.superuser = make_superuser()
        self.meeting = make_meeting("Bijeenkomst met producten", days_from_now=-20)
        self.publications, self.news = [], []
        client = payload_client(self.trekker)
        self.clean_scripts = set()
        for url in [
            "/",
            reverse("library:index"),
            reverse("news:index"),
            reverse("admin:library_publication_changelist"),
            reverse("admin:library_publication_add"),
            reverse("admin:library_newsitem_add"),
            reverse("admin:library_imagecard_add"),
        ]:
            self.clean_scripts |= scripts_of(client.get(url).content.decode())
        for number, payload in enumerate(PAYLOADS):
            self.write(number, payload)

    def write(self, number, payload):
        publication = trekker_saves(
            Publication(
                slug=f"payload-publicatie-{number}",
                kind=Publication.Kind.INSTRUMENT,
                is_published=True,
                visibility=Visibility.PUBLIC,
                audiences=["ouders"],
            ),
            title=payload,
            summary=payload,
            body=payload,
            b1_body=payload,
            databank="nji",
            databank_url=payload,
            recognition_level=payload,
            regional_use=payload,
            network_notes=payload,
        )
        publication.themes.add(payload[:60].strip() or "leeg")
        publication.meetings.add(self.meeting)
        trekker_saves(PublicationFile(publication=publication, file=pdf_upload()), title=payload)
        self.publications.append(publication)
        self.news.append(
            trekker_saves(
                NewsItem(slug=f"payload-nieuws-{number}", is_published=True),
                title=payload,
                summary=payload,
                body=payload,
                source=payload,
            )
        )
        card = ImageCard(slug=f"payload-beeld-{number}")
        card.image.save("beeld.jpg", jpeg(), save=False)
        trekker_saves(card, title=payload, alt_text=payload, licence=payload, credit=payload)


@pytest.fixture(scope="module")
def library_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("library-payload-media")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, library_media_root):
    settings.MEDIA_ROOT = library_media_root


@pytest.fixture(scope="module")
def payloads(django_db_setup, django_db_blocker, library_media_root):
    yield from build_once(django_db_blocker, library_media_root, PayloadLibrary)


@pytest.fixture(scope="module")
def readers(payloads, django_db_blocker):
    with django_db_blocker.unblock(), time_machine.travel(pinned_now(), tick=True):
        return {
            "anonymous": payload_client(),
            "trekker": payload_client(payloads.trekker),
            "superuser": payload_client(payloads.superuser),
        }


def _problems(readers, world, urls, role):
    problems = {}
    for url in urls:
        response = readers[role].get(url)
        if response.status_code >= 500:
            problems[url] = [f"status {response.status_code}"]
        elif found := executable_markup(response.content.decode(), world.clean_scripts):
            problems[url] = found
    return problems


def test_the_suite_wrote_every_payload(payloads, db):
    assert len(payloads.publications) == len(PAYLOADS) >= 30


def test_pages_show_every_payload_inert(payloads, readers, db):
    urls = [
        "/",
        reverse("library:index"),
        reverse("library:index") + "?page=2",
        reverse("library:images"),
        reverse("news:index"),
        reverse("news:index") + "?page=2",
        payloads.meeting.get_absolute_url(),
        *(publication.get_absolute_url() for publication in payloads.publications),
        *(item.get_absolute_url() for item in payloads.news),
    ]
    problems = _problems(readers, payloads, urls, "anonymous")
    assert not problems, report(problems)


def test_admin_lists_and_forms_show_every_payload_inert(payloads, readers, db):
    urls = [
        reverse(f"admin:library_{name}_changelist")
        for name in ["publication", "newsitem", "imagecard"]
    ]
    urls += [
        reverse("admin:library_publication_change", args=[publication.pk])
        for publication in payloads.publications[::4]
    ]
    urls += [
        reverse("admin:library_newsitem_change", args=[item.pk]) for item in payloads.news[::6]
    ]
    problems = _problems(readers, payloads, urls, "superuser")
    assert not problems, report(problems)


def test_news_feed_is_well_formed_and_inert(payloads, readers, db):
    response = readers["anonymous"].get(reverse("news:feed"))
    assert response.status_code == 200
    problems = feed_problems(response.content, payloads.clean_scripts)
    assert not problems, report({"feed": problems})


def test_api_answers_parse_and_say_they_are_json(payloads, readers, db):
    urls = [reverse("library_api:list")]
    urls += [f"{reverse('library_api:list')}?thema={payload[:50]}" for payload in PAYLOADS[:5]]
    urls += [reverse("library_api:detail", args=[p.slug]) for p in payloads.publications]
    problems = {}
    for url in urls:
        response = readers["anonymous"].get(url)
        if response.status_code >= 500 or "json" not in response["Content-Type"]:
            problems[url] = f"status {response.status_code}, {response['Content-Type']}"
            continue
        try:
            json.loads(response.content)
        except ValueError:
            problems[url] = "not JSON"
    assert not problems, report(problems)
