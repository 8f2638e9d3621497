"""Entries and labels: SKOS kinds, the rules trekkers must follow, and helper methods."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from glossary.models import Entry, Label
from tests.glossary.factories import make_entry

pytestmark = pytest.mark.django_db


def test_entry_knows_its_preferred_admitted_discouraged_and_hidden_labels():
    entry = make_entry(
        "contactverlies",
        admitted=["verlies van contact"],
        discouraged=["ouderverstoting"],
        hidden=["kontaktverlies"],
    )
    entry = Entry.objects.for_listing().get(pk=entry.pk)
    assert entry.preferred_label().text == "contactverlies"
    assert [lb.text for lb in entry.admitted_labels()] == ["verlies van contact"]
    assert [lb.text for lb in entry.discouraged_labels()] == ["ouderverstoting"]
    assert [lb.text for lb in entry.hidden_labels()] == ["kontaktverlies"]
    assert str(entry) == "contactverlies"


def test_an_entry_cannot_have_two_preferred_labels():
    entry = make_entry("contactverlies")
    with pytest.raises(IntegrityError), transaction.atomic():
        Label.objects.create(entry=entry, text="contact kwijt", kind=Label.Kind.PREFERRED)


def test_the_same_term_twice_on_one_entry_is_refused_whatever_the_case():
    entry = make_entry("contactverlies")
    with pytest.raises(IntegrityError), transaction.atomic():
        Label.objects.create(entry=entry, text="Contactverlies", kind=Label.Kind.ADMITTED)


def test_a_discouraged_label_needs_a_reason_and_a_source():
    entry = make_entry("contactverlies")
    label = Label(entry=entry, text="ouderverstoting", kind=Label.Kind.DISCOURAGED)
    with pytest.raises(ValidationError) as error:
        label.full_clean()
    assert set(error.value.message_dict) == {"reason", "source"}


def test_exception_phrases_are_the_non_empty_lines():
    entry = make_entry("complexe scheidingsproblematiek")
    entry.exceptions = "Stichting Voorbeeld Vechtscheiding\n\n  Programma X  \n"
    assert entry.exception_phrases() == ["Stichting Voorbeeld Vechtscheiding", "Programma X"]


def test_an_image_needs_a_description(tmp_path):
    entry = make_entry("contactverlies")
    entry.image = "begrippen/beeld.png"
    with pytest.raises(ValidationError) as error:
        entry.clean()
    assert "image_description" in error.value.message_dict


def test_entries_are_listed_alphabetically_on_their_preferred_term():
    make_entry("zorgregeling", slug="a-zorg")
    make_entry("BOPOD", slug="z-bopod")
    make_entry("contactverlies", slug="m-contact")
    names = [e.preferred_term for e in Entry.objects.with_preferred_term()]
    assert names == ["BOPOD", "contactverlies", "zorgregeling"]
