"""Create the demo entries with their labels, notes, meanings and sources, when missing."""

import datetime
from zoneinfo import ZoneInfo

from django.db import transaction

from glossary.demo.data import ENTRIES
from glossary.models import AudienceNote, Entry, Label, Meaning, Source

# The day the network established its begrippenkader: the knowledge session in Gouda.
ESTABLISHED_ON = datetime.date(2024, 9, 3)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@transaction.atomic
def load():
    """Create the demo entries that are missing; entries that exist are left as they are."""
    created = {data["slug"]: load_entry(data) for data in ENTRIES}
    # The entries come from the language research presented that day, not from today.
    Entry.objects.filter(pk__in=[e.pk for e in created.values() if e]).update(
        updated_at=datetime.datetime.combine(ESTABLISHED_ON, datetime.time(12), AMSTERDAM)
    )
    entries = Entry.objects.in_bulk(list(created), field_name="slug")
    for data in ENTRIES:
        entry = created[data["slug"]]
        if entry is None:
            continue
        entry.broader.add(*[entries[slug] for slug in data.get("broader", []) if slug in entries])
        entry.related.add(*[entries[slug] for slug in data.get("related", []) if slug in entries])


def load_entry(data):
    """Create the entry with its labels, notes, meanings and sources; None if it exists."""
    established = data.get("status") == Entry.Status.ESTABLISHED
    entry, created = Entry.objects.get_or_create(
        slug=data["slug"],
        defaults={
            "definition": data["definition"],
            "explanation": data.get("explanation", ""),
            "exceptions": data.get("exceptions", ""),
            "status": Entry.Status.ESTABLISHED if established else Entry.Status.DRAFT,
            "status_date": ESTABLISHED_ON if established else None,
        },
    )
    if not created:
        return None
    for label in labels_of(data):
        Label.objects.create(entry=entry, **label)
    for audience, text in data.get("notes", {}).items():
        AudienceNote.objects.create(entry=entry, audience=audience, text=text)
    for perspective, text in data.get("meanings", {}).items():
        Meaning.objects.create(entry=entry, perspective=perspective, text=text)
    for title in data.get("sources", []):
        Source.objects.create(entry=entry, title=title)
    entry.themes.set(data.get("themes", []))
    return entry


def labels_of(data):
    """Yield the Label fields of every label of an entry, the preferred term first."""
    yield {"text": data["preferred"], "kind": Label.Kind.PREFERRED}
    for label in data.get("admitted", []):
        yield {"kind": Label.Kind.ADMITTED, **label}
    for label in data.get("discouraged", []):
        yield {"kind": Label.Kind.DISCOURAGED, **label}
    for text in data.get("hidden", []):
        yield {"text": text, "kind": Label.Kind.HIDDEN}
