"""The demo begrippenkader: enough entries, every one complete, discouraged terms sourced."""

import datetime

import pytest
from django.utils import timezone

from glossary import demo
from glossary.models import Entry, Label

pytestmark = pytest.mark.django_db


def test_demo_has_at_least_sixty_entries_each_with_one_preferred_term():
    demo.load()
    assert Entry.objects.count() >= 60
    for entry in Entry.objects.prefetch_related("labels"):
        assert len([lb for lb in entry.labels.all() if lb.kind == Label.Kind.PREFERRED]) == 1
        assert entry.definition


def test_demo_discourages_the_terms_the_network_discourages_with_reason_and_source():
    demo.load()
    discouraged = {lb.text: lb for lb in Label.objects.discouraged().select_related("entry")}
    assert discouraged["vechtscheiding"].entry.slug == "complexe-scheidingsproblematiek"
    assert discouraged["ouderverstoting"].entry.slug == "contactverlies"
    assert discouraged["PAS"].match_as_written
    assert len(discouraged) >= 20
    for label in discouraged.values():
        assert label.reason and label.source
        label.full_clean()


def test_demo_discourages_what_the_law_replaced_and_keeps_current_legal_terms():
    demo.load()
    discouraged = {
        lb.text: lb.entry.slug for lb in Label.objects.discouraged().select_related("entry")
    }
    assert discouraged["bezoekregeling"] == "omgangsregeling"
    assert discouraged["ouderlijke macht"] == "ouderlijk-gezag"
    assert discouraged["Bureau Jeugdzorg"] == "gecertificeerde-instelling"
    assert discouraged["AMK"] == "veilig-thuis"
    assert discouraged["ontzetting van het gezag"] == "gezagsbeeindigende-maatregel"
    # Still the words of the law or of practice: never discouraged.
    for current in ["omgangsrecht", "voogdij", "gezinsvoogd", "kinderalimentatie", "co-ouderschap"]:
        assert current not in discouraged


COMMON_WORDS = [
    "loyaliteitsconflict",
    "omgangsregeling",
    "zorgregeling",
    "ouderschapsplan",
    "co-ouderschap",
    "ouderlijk gezag",
    "hoofdverblijf",
    "bijzondere curator",
    "mediation",
    "raadsonderzoek",
    "ondertoezichtstelling",
    "jeugdbescherming",
    "kinderalimentatie",
    "echtscheidingsconvenant",
]


def test_demo_has_the_common_words_of_the_field_with_a_source():
    demo.load()
    entries = {
        entry.preferred_term: entry
        for entry in Entry.objects.with_preferred_term().prefetch_related("sources")
    }
    for word in COMMON_WORDS:
        assert word in entries, word
        assert entries[word].sources.all(), word


def test_every_relation_in_the_demo_data_names_an_entry_that_exists():
    slugs = {data["slug"] for data in demo.ENTRIES}
    assert len(slugs) == len(demo.ENTRIES)
    for data in demo.ENTRIES:
        for slug in data.get("broader", []) + data.get("related", []):
            assert slug in slugs, (data["slug"], slug)


def test_entries_the_seeds_show_as_agreed_are_established_on_the_day_of_the_session():
    demo.load()
    established = Entry.objects.established()
    slugs = set(established.values_list("slug", flat=True))
    assert {
        "complexe-scheidingsproblematiek",
        "contactverlies",
        "complexe-scheiding",
        "scheidingsproblematiek",
        "veiligheid",
        "duurzaam-samenwerken-na-scheiding",
        "begrippenkader",
    } <= slugs
    assert {entry.status_date for entry in established} == {datetime.date(2024, 9, 3)}
    # Terms the seeds do not show as agreed stay concept.
    assert not {"omgangsregeling", "loyaliteitsconflict", "triage", "handelingskader"} & slugs
    assert Entry.objects.filter(status=Entry.Status.DRAFT, status_date__isnull=False).count() == 0


def test_demo_relations_link_broader_and_narrower_terms():
    demo.load()
    triage = Entry.objects.get(slug="triage")
    assert {e.slug for e in triage.narrower.all()} == {"masic", "triagelijst-scheiding"}


def test_demo_entries_were_last_changed_on_the_day_of_the_language_research():
    demo.load()
    changed_on = {timezone.localdate(entry.updated_at) for entry in Entry.objects.all()}
    assert changed_on == {datetime.date(2024, 9, 3)}
