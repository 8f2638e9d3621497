"""glossary_version() changes on every save or delete of entries, labels and relations."""

import pytest
from django.db import transaction

from glossary.models import Label
from glossary.services import bump_glossary_version, glossary_version
from tests.glossary.factories import make_entry

pytestmark = pytest.mark.django_db


def test_version_is_zero_for_an_empty_glossary():
    assert glossary_version() == 0


def test_saving_an_entry_changes_the_version():
    entry = make_entry("contactverlies")
    before = glossary_version()
    entry.definition = "Nieuwe definitie."
    entry.save()
    assert glossary_version() != before


def test_adding_changing_and_deleting_a_label_each_change_the_version():
    entry = make_entry("contactverlies")
    versions = [glossary_version()]
    label = Label.objects.create(
        entry=entry, text="ouderverstoting", kind=Label.Kind.DISCOURAGED, reason="r", source="s"
    )
    versions.append(glossary_version())
    label.text = "ouderverstotingen"
    label.save()
    versions.append(glossary_version())
    label.delete()
    versions.append(glossary_version())
    assert len(set(versions)) == 4


def test_deleting_an_entry_changes_the_version():
    entry = make_entry("contactverlies")
    before = glossary_version()
    entry.delete()
    assert glossary_version() != before


def test_relation_changes_change_the_version():
    broad = make_entry("scheidingsproblematiek")
    narrow = make_entry("complexe scheidingsproblematiek")
    before = glossary_version()
    narrow.broader.add(broad)
    after_broader = glossary_version()
    narrow.related.add(broad)
    after_related = glossary_version()
    narrow.related.clear()
    assert before != after_broader != after_related != glossary_version()


def test_bump_creates_the_counter_row_when_it_is_missing():
    bump_glossary_version()
    first = glossary_version()
    bump_glossary_version()
    assert glossary_version() > first > 0


def test_a_rolled_back_change_never_hands_out_its_version_again():
    with transaction.atomic():
        make_entry("contactverlies")
        seen_inside = glossary_version()
        transaction.set_rollback(True)
    make_entry("zorgregeling")
    assert glossary_version() != seen_inside
