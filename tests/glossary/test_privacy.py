"""The glossary's personal data: the change history, downloadable and erasable (AVG)."""

import pytest

from glossary.models import EntryChange
from glossary.privacy import erase_personal_data, personal_data
from glossary.services import entry_snapshot, record_entry_change
from tests.glossary.factories import make_entry

pytestmark = pytest.mark.django_db


def test_personal_data_lists_only_the_changes_of_that_trekker(trekker, member):
    entry = make_entry("contactverlies")
    record_entry_change(entry, trekker, {})
    other = make_entry("zorgregeling")
    record_entry_change(other, member, {})
    data = personal_data(trekker)
    assert [change["begrip"] for change in data["begrippenkader_wijzigingen"]] == ["contactverlies"]


def test_erasing_keeps_the_history_as_oud_lid(trekker):
    entry = make_entry("contactverlies")
    before = entry_snapshot(entry)
    entry.definition = "Nieuw."
    entry.save()
    record_entry_change(entry, trekker, before)
    erase_personal_data(trekker)
    change = EntryChange.objects.get()
    assert change.changed_by is None
    assert change.changed_by_name() == "oud-lid"
    assert personal_data(trekker) == {"begrippenkader_wijzigingen": []}


def test_saving_without_changes_records_nothing(trekker):
    entry = make_entry("contactverlies")
    record_entry_change(entry, trekker, entry_snapshot(entry))
    assert not EntryChange.objects.exists()
