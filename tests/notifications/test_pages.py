"""The notification pages and mails: valid HTML, their own titles."""

import html
import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from notifications import services
from tests.html_validator import validate
from tests.meetings.factories import make_meeting, make_report
from tests.notifications.helpers import html_of, mails_to, member_choosing

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

URL = "/leden/mijn-gegevens/meldingen/"


def title_of(content: str) -> str:
    [title] = re.findall(r"<title>(.*?)</title>", content, re.S)
    return html.unescape(title)


@pytest.fixture
def pages(mailoutbox):
    reader = member_choosing("lezer@example.org", report="direct", new_meeting="digest")
    make_report(make_meeting("Kennissessie triage", days_from_now=-7))
    make_meeting("Kwartaalbijeenkomst voorjaar", days_from_now=30)
    services.send_direct_notifications()
    services.send_digests(until=timezone.now())
    direct, digest = mails_to(mailoutbox, reader)
    member = Client()
    member.force_login(reader)
    anonymous = Client()
    link = services.unsubscribe_url(reader, "report").removeprefix(settings.SITE_URL)
    return {
        "settings": member.get(URL).content.decode(),
        "settings with errors": member.post(URL, {"report": "soms"}).content.decode(),
        "unsubscribe": anonymous.get(link).content.decode(),
        "unsubscribed": anonymous.post(link).content.decode(),
        "nothing left to unsubscribe": anonymous.get(link).content.decode(),
        "bad link": anonymous.get(URL + "afmelden/onzin/").content.decode(),
        "direct mail": html_of(direct),
        "digest mail": html_of(digest),
    }


def test_every_page_and_mail_is_valid_html(pages):
    errors = validate(pages)
    assert not errors, "\n".join(
        f"{page}: {error}" for page, found in errors.items() for error in found
    )


def test_each_page_has_its_own_title(pages):
    site = " \u2013 " + settings.SITE_NAME
    assert title_of(pages["settings"]) == "Meldingen per e-mail" + site
    assert title_of(pages["unsubscribe"]) == "Afmelden voor e-mail" + site
    assert title_of(pages["unsubscribed"]) == "Je bent afgemeld" + site
    assert title_of(pages["bad link"]) == "Deze afmeldlink werkt niet" + site
    assert title_of(pages["digest mail"]) == "Nieuw in het leernetwerk"


def test_the_pages_use_the_networks_words(pages):
    for name, content in pages.items():
        assert "vechtscheiding" not in content.lower(), name
