"""The demo begrippenkader: enough entries, every one complete, discouraged terms sourced."""

import datetime

import pytest
from django.utils import timezone

from glossary import demo
from glossary.models import Entry, Label

pytestmark = pytest.mark.django_db


def test_demo_has_at_least_thirty_entries_each_with_one_preferred_term():
    demo.load()
    assert Entry.objects.count() >= 30
    for entry in Entry.objects.prefetch_related("labels"):
        assert len([lb for lb in entry.labels.all() if lb.kind == Label.Kind.PREFERRED]) == 1
        assert entry.definition


def test_demo_discourages_the_terms_the_network_discourages_with_reason_and_source():
    demo.load()
    discouraged = {lb.text: lb for lb in Label.objects.discouraged().select_related("entry")}
    assert discouraged["vechtscheiding"].entry.slug == "complexe-scheidingsproblematiek"
    assert discouraged["ouderverstoting"].entry.slug == "contactverlies"
    assert discouraged["PAS"].match_as_written
    for label in discouraged.values():
        assert label.reason and label.source
        label.full_clean()


def test_demo_relations_link_broader_and_narrower_terms():
    demo.load()
    triage = Entry.objects.get(slug="triage")
    assert {e.slug for e in triage.narrower.all()} == {"masic", "triagelijst-scheiding"}


def test_demo_entries_were_last_changed_on_the_day_of_the_language_research():
    demo.load()
    changed_on = {timezone.localdate(entry.updated_at) for entry in Entry.objects.all()}
    assert changed_on == {datetime.date(2024, 9, 3)}
