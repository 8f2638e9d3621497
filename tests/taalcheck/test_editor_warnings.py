"""Trekkers saving a text with discouraged terms get a warning in the admin; saving goes on."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse
from django.test import RequestFactory

from glossary.editor_warnings import warn_about_discouraged_terms
from tests.taalcheck.factories import make_network_glossary

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def glossary(db):
    return make_network_glossary()


def admin_request(user, path="/beheer/"):
    """A request as the admin gets it: with the trekker, a session and message storage."""
    request = RequestFactory().post(path)
    request.user = user
    SessionMiddleware(lambda request: HttpResponse()).process_request(request)
    MessageMiddleware(lambda request: HttpResponse()).process_request(request)
    return request


def warnings(request):
    return [(message.level_tag, message.message) for message in get_messages(request)]


def test_warning_lists_each_discouraged_term_with_its_preferred_term(trekker):
    request = admin_request(trekker)
    warn_about_discouraged_terms(
        request,
        "## Verslag\n\nEen **vechtscheiding** en nog een Vechtscheiding.",
        "<p>Over ouderverstoting.</p>",
    )
    [(level, message)] = warnings(request)
    assert level == "warning"
    assert message.startswith("Opgeslagen, maar let op:")
    assert "„vechtscheiding” (2×): gebruik liever „complexe scheidingsproblematiek”" in message
    assert "„ouderverstoting”: gebruik liever „contactverlies”" in message


def test_no_warning_for_a_text_in_the_preferred_terms(trekker):
    request = admin_request(trekker)
    warn_about_discouraged_terms(request, "Over complexe scheidingsproblematiek.", "", None)
    assert warnings(request) == []


def test_markup_is_not_mistaken_for_words(trekker):
    request = admin_request(trekker)
    warn_about_discouraged_terms(request, '<a href="/vechtscheiding/">link</a>')
    assert warnings(request) == []


def test_warning_is_shown_on_the_next_admin_page(trekker, trekker_client, settings):
    settings.MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
    request = admin_request(trekker)
    request.session = trekker_client.session
    warn_about_discouraged_terms(request, "Een vechtscheiding.")
    request._messages.update(HttpResponse())
    request.session.save()
    content = trekker_client.get("/beheer/").content.decode()
    assert 'class="warning"' in content
    assert "gebruik liever „complexe scheidingsproblematiek”" in content
