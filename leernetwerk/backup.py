"""Backups of the whole portal as one archive, and restoring one into an empty site.

The archive (tar.gz) holds `database.json` (Django's dumpdata of every app), `media/` (the
uploaded files) and `manifest.json`: row counts per table, the SHA-256 of every file and the
applied migrations. dumpdata rather than pg_dump: the dump then loads into any PostgreSQL
version the code supports, the embedded one (pgserver ships its own major version) as well as a
production server, without matching client binaries. The search index and sessions are left out:
restore rebuilds the index, and people simply log in again.
"""

import hashlib
import io
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
DUMP_NAME = "database.json"
MANIFEST_NAME = "manifest.json"
MEDIA_PREFIX = "media/"
# Rebuilt after a restore instead of copied. The task queue's jobs are not content: mail
# still queued in the outbox is sent by the worker's `deliver_lost_mail` after a restore.
LEFT_OUT = ["search.SearchDocument", "sessions", "procrastinate"]
# Rows that `migrate` itself writes; the restored ones (with their original ids) replace them.
WRITTEN_BY_MIGRATE = [Group, Permission, ContentType]


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, for the operator."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _backed_up_models():
    left_out = {label.lower() for label in LEFT_OUT}
    for model in apps.get_models():
        if model._meta.label_lower in left_out or model._meta.app_label in left_out:
            continue
        if model._meta.proxy or not model._meta.managed:
            continue
        yield model


def _tables_of(model):
    """Yield (table, queryset) for the model and the many-to-many tables Django made for it."""
    yield model._meta.db_table, model._base_manager.all()
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through
        if through._meta.auto_created:
            yield through._meta.db_table, through._base_manager.all()


def row_counts() -> dict[str, int]:
    """Return the number of rows of every table the backup holds."""
    return {
        table: rows.count() for model in _backed_up_models() for table, rows in _tables_of(model)
    }


def applied_migrations() -> list[list[str]]:
    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


def known_migrations() -> list[list[str]]:
    """Return the migrations this version of the code has, in the manifest's form."""
    return sorted([app, name] for app, name in MigrationLoader(None).disk_migrations)


def media_files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def create_backup(backup_dir: Path) -> Path:
    """Write one archive of the database and the uploaded files to `backup_dir`; return it."""
    from members.deletion_log import sync_file

    backup_dir.mkdir(parents=True, exist_ok=True)
    sync_file()
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(dir=backup_dir) as work:
        dump = Path(work) / DUMP_NAME
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if outermost:
                # One snapshot for the dump and the counts, while the site keeps running.
                connection.cursor().execute(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
                )
            call_command(
                "dumpdata",
                exclude=LEFT_OUT,
                use_base_manager=True,
                output=str(dump),
                verbosity=0,
            )
            counts = row_counts()
            migrations = applied_migrations()
        files = {DUMP_NAME: sha256_of(dump)}
        for path in media_files(media_root):
            files[MEDIA_PREFIX + path.relative_to(media_root).as_posix()] = sha256_of(path)
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "row_counts": counts,
            "files": files,
            "migrations": migrations,
        }
        name = f"leernetwerk-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        partial = Path(work) / name
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, MANIFEST_NAME, json.dumps(manifest, indent=2).encode())
            archive.add(dump, DUMP_NAME)
            for path in media_files(media_root):
                archive.add(path, MEDIA_PREFIX + path.relative_to(media_root).as_posix())
        target = backup_dir / name
        # A half-written archive never carries the final name.
        partial.replace(target)
    return target


def prune_backups(backup_dir: Path, *, keep_days: int) -> list[Path]:
    """Delete archives older than `keep_days`, never the newest one; return what was deleted."""
    archives = sorted(backup_dir.glob("leernetwerk-*.tar.gz"))
    cutoff = timezone.now().timestamp() - keep_days * 86400
    old = [path for path in archives[:-1] if path.stat().st_mtime < cutoff]
    for path in old:
        path.unlink()
    return old


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(content))


def restore_backup(archive_path: Path, *, deletion_entries, log=print) -> dict:
    """Restore the archive into an empty database and file folder; return what was done."""
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work:
        unpacked = Path(work)
        manifest = _unpack_and_verify(archive_path, unpacked)
        _refuse_other_migrations(manifest)
        _refuse_non_empty(media_root)
        log("Migrating the empty database.")
        call_command("migrate", interactive=False, verbosity=0)
        copied = []
        try:
            with transaction.atomic():
                for model in WRITTEN_BY_MIGRATE:
                    model._base_manager.all().delete()
                log("Loading the database dump.")
                call_command("loaddata", str(unpacked / DUMP_NAME), verbosity=0)
                # migrate cached the content types it made; the loaded ones have other ids.
                ContentType.objects.clear_cache()
                _verify_row_counts(manifest)
                copied = _copy_media(unpacked / "media", media_root)
                _verify_files(manifest, media_root)
        except BaseException:
            for path in copied:
                path.unlink(missing_ok=True)
            raise
    deleted = replay_deletion_log(deletion_entries)
    log("Rebuilding the search index.")
    call_command("update_search_index", verbosity=0)
    return {"rows": sum(manifest["row_counts"].values()), "files": len(copied), "deleted": deleted}


def replay_deletion_log(entries) -> int:
    from members.services import replay_deletions

    return replay_deletions(entries)


def _extract_safely(archive: tarfile.TarFile, target: Path) -> None:
    """Unpack only plain files and folders inside `target`, whatever the archive claims.

    Python 3.11.4 and later do this with the "data" filter; Debian 12's Python 3.11.2 lacks it,
    so there every member is checked first.
    """
    if hasattr(tarfile, "data_filter"):
        archive.extractall(target, filter="data")
        return
    for member in archive.getmembers():
        path = Path(member.name)
        if not (member.isfile() or member.isdir()) or path.is_absolute() or ".." in path.parts:
            raise tarfile.TarError(f"unexpected member {member.name!r}")
    archive.extractall(target)


def _unpack_and_verify(archive_path: Path, target: Path) -> dict:
    if not archive_path.is_file():
        raise BackupError(f"There is no backup file at {archive_path}.")
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            _extract_safely(archive, target)
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"{archive_path} is not a readable backup archive ({error}).") from None
    manifest_path = target / MANIFEST_NAME
    if not manifest_path.is_file():
        raise BackupError(f"{archive_path} has no {MANIFEST_NAME}; it is not a portal backup.")
    manifest = json.loads(manifest_path.read_text())
    if manifest.get("format") != FORMAT:
        raise BackupError(f"This backup has format {manifest.get('format')}; expected {FORMAT}.")
    present = {
        path.relative_to(target).as_posix()
        for path in target.rglob("*")
        if path.is_file() and path != manifest_path
    }
    expected = set(manifest["files"])
    if present != expected:
        raise BackupError(
            "The archive does not hold the files its manifest lists "
            f"(missing: {sorted(expected - present)[:5]}, extra: {sorted(present - expected)[:5]})."
        )
    for name, checksum in manifest["files"].items():
        if sha256_of(target / name) != checksum:
            raise BackupError(f"The checksum of {name} in the archive is wrong; it is damaged.")
    return manifest


def _refuse_other_migrations(manifest: dict) -> None:
    backup, code = manifest["migrations"], known_migrations()
    if backup != code:
        only_backup = [".".join(m) for m in backup if m not in code]
        only_code = [".".join(m) for m in code if m not in backup]
        raise BackupError(
            "This backup was made with another version of the code. Check out the version whose "
            "migrations match, restore there, then update and migrate as usual. "
            f"Only in the backup: {only_backup or 'none'}; "
            f"only in this code: {only_code or 'none'}."
        )


def _refuse_non_empty(media_root: Path) -> None:
    tables = set(connection.introspection.table_names())
    skipped = {table for model in WRITTEN_BY_MIGRATE for table, _rows in _tables_of(model)}
    filled = [
        table
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
        for table, rows in _tables_of(model)
        if table in tables and table not in skipped and rows.exists()
    ]
    if filled:
        raise BackupError(
            "Refusing to restore: the database is not empty (rows in "
            f"{', '.join(sorted(filled)[:5])}). Restore into a new, empty database."
        )
    if media_files(media_root):
        raise BackupError(
            f"Refusing to restore: the file folder {media_root} (MEDIA_ROOT) is not empty. "
            "Restore into an empty folder."
        )


def _verify_row_counts(manifest: dict) -> None:
    counts = row_counts()
    wrong = {
        table: (expected, counts.get(table))
        for table, expected in manifest["row_counts"].items()
        if counts.get(table) != expected
    }
    if wrong:
        raise BackupError(
            f"After loading, row counts differ from the manifest (table: expected, found): {wrong}."
        )


def _copy_media(source: Path, media_root: Path) -> list[Path]:
    copied = []
    for path in media_files(source):
        target = media_root / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        copied.append(target)
    return copied


def _verify_files(manifest: dict, media_root: Path) -> None:
    for name, checksum in manifest["files"].items():
        if name.startswith(MEDIA_PREFIX):
            path = media_root / name.removeprefix(MEDIA_PREFIX)
            if sha256_of(path) != checksum:
                raise BackupError(f"{path} differs from the backup after copying.")
