"""The log of deleted accounts, kept in the database and in a file beside the backups.

A backup holds every account that existed when it was made. The AVG says an account that was
deleted afterwards must stay deleted when that backup is restored, so each deletion is written
twice: as a DeletionRecord in the same transaction as the deletion, and (once that commits) as a
line in BACKUP_DIR/deletions.jsonl, which restore cannot overwrite because it lives outside the
database. Restore replays the file (members.services.replay_deletions). The address itself is
never stored: only its SHA-256, to tell a deleted account from a later one that got its id.
"""

import hashlib
import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from members.models import DeletionRecord

LOG_NAME = "deletions.jsonl"


def log_path() -> Path:
    return Path(settings.BACKUP_DIR) / LOG_NAME


def email_hash(email: str) -> str:
    """Return the SHA-256 of the address as allauth compares it (case-insensitive)."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def _as_line(record: DeletionRecord) -> str:
    entry = {
        "user_id": record.user_id,
        "email_hash": record.email_hash,
        "deleted_at": record.deleted_at.isoformat(),
    }
    return json.dumps(entry, sort_keys=True) + "\n"


def append_to_file(records) -> None:
    """Append the records to the log file (created with the folder when missing)."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        for record in records:
            log.write(_as_line(record))
        log.flush()


def record_deletion(user) -> DeletionRecord:
    """Log the deletion of `user`; call inside the transaction that deletes the account."""
    record = DeletionRecord.objects.create(user_id=user.pk, email_hash=email_hash(user.email))
    # Only a deletion that really happened goes to the file; a rolled-back one must not make a
    # later restore delete an account that still exists. sync_file() repairs a missed append.
    transaction.on_commit(lambda: append_to_file([record]))
    return record


def file_entries() -> list[dict]:
    """Return the entries of the log file, oldest first (none when there is no file)."""
    path = log_path()
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def sync_file() -> int:
    """Append the database records the file lacks (say the process died before its append)."""
    in_file = {entry["user_id"] for entry in file_entries()}
    missing = list(DeletionRecord.objects.exclude(user_id__in=in_file).order_by("deleted_at"))
    if missing:
        append_to_file(missing)
    return len(missing)
