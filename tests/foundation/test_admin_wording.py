"""The admin's wording: its own translations, success messages, names and counts."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext

from meetings.models import GoodToKnow, Report
from tests.factories import make_user
from tests.meetings.factories import make_meeting
from tests.meetings.test_admin import report_form

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

PO_FILE = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def test_the_portals_translations_are_compiled():
    """django.mo says what django.po says (compile it after a change: see the .po file)."""
    entries = re.findall(
        r'(?:msgctxt "(.*)"\n)?msgid "(.+)"\nmsgstr "(.+)"', PO_FILE.read_text(encoding="utf-8")
    )
    assert len(entries) > 10
    with translation.override("nl"):
        for context, message, dutch in entries:
            assert (pgettext(context, message) if context else gettext(message)) == dutch


def messages_of(response):
    return [strip_tags(str(message)) for message in response.context["messages"]]


def test_success_messages_fit_het_words_too(trekker_client):
    meeting = make_meeting("Kennissessie Gouda", days_from_now=-7)
    response = trekker_client.post(
        reverse("admin:meetings_report_add"), report_form(meeting), follow=True
    )
    assert messages_of(response) == ["Toegevoegd: verslag „Verslag: Kennissessie Gouda”."]

    report = Report.objects.get()
    response = trekker_client.post(
        reverse("admin:meetings_report_delete", args=[report.pk]), {"post": "yes"}, follow=True
    )
    assert messages_of(response) == ["Verwijderd: verslag „Verslag: Kennissessie Gouda”."]


def test_no_app_is_named_like_one_of_its_lists():
    """ "Bijeenkomsten › Bijeenkomsten" in the breadcrumbs says nothing."""
    same_names = [
        app.verbose_name
        for app in apps.get_app_configs()
        for model in app.get_models()
        if model in admin.site._registry
        and capfirst(model._meta.verbose_name_plural) == capfirst(app.verbose_name)
    ]
    assert same_names == []


def test_taggit_shows_as_theme_labels(trekker_client):
    content = trekker_client.get(reverse("admin:index")).content.decode()
    assert "Thema&#x27;s" in content and "Thema-labels" in content
    assert "Taggit" not in content


def test_approving_one_account_says_one_account(trekker_client):
    pending = make_user("nieuw@example.org", approved=False)
    response = trekker_client.post(
        reverse("admin:members_user_changelist"),
        {"action": "approve_accounts", "_selected_action": [pending.pk]},
        follow=True,
    )
    assert "1 account goedgekeurd en per e-mail bericht." in response.content.decode()


def test_good_to_know_is_written_one_way_everywhere():
    """The network's own reports say "Goed te weten" (the seeds), so the site and admin do."""
    assert GoodToKnow._meta.verbose_name_plural == "goed te weten"
    sources = [*Path(settings.BASE_DIR).glob("templates/**/*.html")]
    sources += [*Path(settings.BASE_DIR).glob("*/models/*.py")]
    assert [str(path) for path in sources if "oed om te weten" in path.read_text()] == []
