"""Glossary workflows: the change counter and the change history.

`glossary_version()` is the cheap, multi-process-safe way to know the glossary changed: it
reads a one-row counter table (one indexed SELECT, no locks). Signal receivers (connected in
`GlossaryConfig.ready`) set the counter, with one atomic `INSERT ... ON CONFLICT DO UPDATE`,
to the next value of a PostgreSQL sequence whenever an Entry, Label, AudienceNote, Meaning or
Source is saved or deleted, and whenever the related / broader relations change. Every server
process compares the value with the one its in-memory index was built from and rebuilds when
they differ. Because the bump runs inside the writer's transaction, other processes see the
new value exactly when they can see the new data; sequences never roll back, so a value is
never handed out twice. Queryset `.update()` and bulk operations send no signals: call
`bump_glossary_version()` yourself after them.

`record_entry_change(entry, user, before)` writes one EntryChange row (who, when, what) from
two `entry_snapshot()`s; the admin calls it after saving an entry with its inlines.
"""

from django.db import connection, transaction

from glossary.models import (
    AudienceNote,
    Entry,
    EntryChange,
    GlossaryVersion,
    Label,
    Meaning,
    Source,
)

VERSION_ROW = 1
VERSION_SEQUENCE = "glossary_version_seq"  # created in migration 0002


def glossary_version() -> int:
    """Return a number that changes whenever anything in the glossary is saved or deleted."""
    value = GlossaryVersion.objects.filter(pk=VERSION_ROW).values_list("counter", flat=True).first()
    return value or 0


def bump_glossary_version(**kwargs) -> None:
    """Move the change counter to a never-used value (usable as a signal receiver).

    The value comes from a PostgreSQL sequence, which does not roll back: after a rolled-back
    transaction the next change still gets a value no process has seen, so an index built
    inside the rolled-back transaction is never mistaken for the current one.
    """
    table = connection.ops.quote_name(GlossaryVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (id, counter) VALUES (%s, nextval(%s)) "
            f"ON CONFLICT (id) DO UPDATE SET counter = EXCLUDED.counter",
            [VERSION_ROW, VERSION_SEQUENCE],
        )


def _bump_on_relation_change(action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        bump_glossary_version()


def connect_signals():
    """Bump the version on every change to entries, labels, notes and relations."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for model in (Entry, Label, AudienceNote, Meaning, Source):
        uid = f"glossary-version-{model._meta.model_name}"
        post_save.connect(bump_glossary_version, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(bump_glossary_version, sender=model, dispatch_uid=uid + "-delete")
    for through in (Entry.related.through, Entry.broader.through):
        m2m_changed.connect(
            _bump_on_relation_change,
            sender=through,
            dispatch_uid=f"glossary-version-{through._meta.model_name}",
        )


# -- History -------------------------------------------------------------------------------

SNAPSHOT_FIELDS = {
    "slug": "korte naam",
    "definition": "definitie",
    "explanation": "uitleg in gewone taal",
    "exceptions": "uitzonderingen",
    "image": "afbeelding",
    "image_description": "beschrijving afbeelding",
    "image_credit": "bron afbeelding",
    "status": "status",
    "status_date": "datum status",
}


def entry_snapshot(entry) -> dict:
    """Return what a trekker can change about an entry, as comparable plain values."""
    if entry is None or entry.pk is None:
        return {}
    entry = Entry.objects.prefetch_related(
        "labels", "audience_notes", "meanings", "sources", "themes", "related", "broader"
    ).get(pk=entry.pk)
    snapshot = {name: str(getattr(entry, name) or "") for name in SNAPSHOT_FIELDS}
    snapshot["labels"] = {
        f"{label.text} ({label.get_kind_display().lower()})": (
            label.reason,
            label.source,
            label.match_as_written,
        )
        for label in entry.labels.all()
    }
    snapshot["notes"] = {
        note.get_audience_display(): note.text for note in entry.audience_notes.all()
    }
    snapshot["meanings"] = {m.perspective: m.text for m in entry.meanings.all()}
    snapshot["sources"] = {s.title: s.url for s in entry.sources.all()}
    snapshot["themes"] = {t.name: "" for t in entry.themes.all()}
    snapshot["related"] = {str(e): "" for e in entry.related.all()}
    snapshot["broader"] = {str(e): "" for e in entry.broader.all()}
    return snapshot


COLLECTION_NAMES = {
    "labels": "termen",
    "notes": "toelichtingen",
    "meanings": "betekenissen",
    "sources": "bronnen",
    "themes": "thema's",
    "related": "verwante begrippen",
    "broader": "bredere begrippen",
}


def describe_changes(before: dict, after: dict) -> str:
    """Return a short Dutch summary of what differs between two snapshots."""
    lines = []
    for name, label in SNAPSHOT_FIELDS.items():
        if before.get(name, "") != after.get(name, ""):
            lines.append(f"{label} gewijzigd")
    for name, label in COLLECTION_NAMES.items():
        old, new = before.get(name, {}), after.get(name, {})
        added = sorted(set(new) - set(old))
        removed = sorted(set(old) - set(new))
        changed = sorted(key for key in set(old) & set(new) if old[key] != new[key])
        if added:
            lines.append(f"{label} toegevoegd: " + ", ".join(added))
        if removed:
            lines.append(f"{label} verwijderd: " + ", ".join(removed))
        if changed:
            lines.append(f"{label} aangepast: " + ", ".join(changed))
    return "\n".join(lines)


@transaction.atomic
def record_entry_change(entry, user, before: dict) -> EntryChange | None:
    """Store who changed the entry, when and what; nothing when nothing changed."""
    after = entry_snapshot(entry)
    action = EntryChange.Action.CHANGED if before else EntryChange.Action.CREATED
    summary = describe_changes(before, after)
    if action == EntryChange.Action.CHANGED and not summary:
        return None
    return EntryChange.objects.create(
        entry=entry,
        entry_name=str(entry)[:200],
        changed_by=user if getattr(user, "pk", None) else None,
        action=action,
        summary=summary,
    )


@transaction.atomic
def record_entry_deletion(entry, user) -> EntryChange:
    """Store that an entry was deleted (the row keeps its name)."""
    return EntryChange.objects.create(
        entry=None,
        entry_name=str(entry)[:200],
        changed_by=user if getattr(user, "pk", None) else None,
        action=EntryChange.Action.DELETED,
        summary=f"Begrip '{entry}' verwijderd.",
    )
