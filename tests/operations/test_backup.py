"""Backups: an archive restores into an empty site with the same rows and files, and forgets
accounts deleted after it was made."""

import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection, transaction
from psycopg import sql

from leernetwerk.backup import create_backup, prune_backups, row_counts, sha256_of
from leernetwerk.mail import send_mail
from members.deletion_log import email_hash, log_path
from members.models import DeletionRecord, User
from members.services import delete_account
from projects.models import ProjectDocument
from tests.factories import make_user
from tests.meetings.factories import PDF_BYTES, make_factsheet, make_meeting, make_registration
from tests.processes import database_url
from tests.projects.factories import make_project

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _server_connection(dbname: str) -> dict:
    """Connection arguments for `dbname` on the server the test database lives on."""
    current = connection.settings_dict
    arguments = {"dbname": dbname, "user": current["USER"], "host": current["HOST"] or None}
    if current.get("PORT"):
        arguments["port"] = current["PORT"]
    if current.get("PASSWORD"):
        arguments["password"] = current["PASSWORD"]
    return arguments


@pytest.fixture
def empty_database():
    """A new, empty database on the test database's server, dropped afterwards."""
    name = f"restore_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(**_server_connection("postgres"), autocommit=True) as server:
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield name
    finally:
        with psycopg.connect(**_server_connection("postgres"), autocommit=True) as server:
            server.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def manage(*arguments, database, media_root, backup_dir):
    """Run manage.py in a separate process against `database`, as an operator would."""
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(database),
        "MEDIA_ROOT": str(media_root),
        "BACKUP_DIR": str(backup_dir),
    }
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def counts_in(database: str, tables) -> dict[str, int]:
    with psycopg.connect(**_server_connection(database)) as restored:
        return {
            table: restored.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            ).fetchone()[0]
            for table in tables
        }


def checksums(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): sha256_of(path)
        for path in root.rglob("*")
        if path.is_file()
    }


@pytest.fixture
def site_with_content(member, trekker):
    meeting = make_meeting("Kwartaalbijeenkomst scheiding")
    make_factsheet(meeting, title="Factsheet triage")
    make_registration(meeting, member)
    ProjectDocument.objects.create(
        project=make_project("Taal rondom scheiding", trekkers=[trekker]),
        title="Triagelijst",
        file=ContentFile(PDF_BYTES, name="triagelijst.pdf"),
    )
    # A mail still in the outbox, with its job on the queue.
    send_mail(member.email, "Je aanmelding", "members/email/signup_waiting.txt", {})
    return meeting


@pytest.mark.django_db
def test_a_backup_restores_into_an_empty_site_without_accounts_deleted_after_it(
    site_with_content, member, django_capture_on_commit_callbacks, empty_database, tmp_path
):
    backup_dir = Path(settings.BACKUP_DIR)
    leaving = make_user("vertrekt@example.org", first_name="Vera")
    leaving_id = leaving.pk
    archive = create_backup(backup_dir)
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(leaving)
    expected_counts, expected_files = row_counts(), checksums(Path(settings.MEDIA_ROOT))
    assert len(expected_files) == 2, "the factsheet and the project document"
    restored_media = tmp_path / "restored-media"
    restored_media.mkdir()

    migrated = manage(
        "migrate", database=empty_database, media_root=restored_media, backup_dir=backup_dir
    )
    assert migrated.returncode == 0, migrated.stderr
    (restored_media / "left-over.txt").write_text("iets")
    refused = manage(
        "restore", str(archive), database=empty_database, media_root=restored_media,
        backup_dir=backup_dir,
    )  # fmt: skip
    assert refused.returncode != 0
    assert "is not empty" in refused.stderr and "MEDIA_ROOT" in refused.stderr
    (restored_media / "left-over.txt").unlink()

    restored = manage(
        "restore", str(archive), database=empty_database, media_root=restored_media,
        backup_dir=backup_dir,
    )  # fmt: skip

    assert restored.returncode == 0, restored.stderr
    assert "deleted 1 account(s) again" in restored.stdout
    assert counts_in(empty_database, expected_counts) == expected_counts
    assert checksums(restored_media) == expected_files
    with psycopg.connect(**_server_connection(empty_database)) as database:
        emails = {row[0] for row in database.execute("SELECT email FROM members_user")}
        logged = database.execute("SELECT user_id FROM members_deletionrecord").fetchall()
        outbox = database.execute("SELECT status FROM leernetwerk_outgoingmail").fetchall()
        jobs = database.execute("SELECT count(*) FROM procrastinate_jobs").fetchone()
    # The queued mail comes back, to be sent by the worker; the queue's jobs do not.
    assert outbox == [("queued",)]
    assert jobs == (0,)
    assert member.email in emails
    assert leaving.email not in emails
    assert logged == [(leaving_id,)]

    again = manage(
        "restore", str(archive), database=empty_database, media_root=tmp_path / "other",
        backup_dir=backup_dir,
    )  # fmt: skip
    assert again.returncode != 0
    assert "the database is not empty" in again.stderr


@pytest.mark.django_db
def test_the_archive_holds_a_manifest_with_row_counts_checksums_and_migrations(
    site_with_content, member
):
    archive = create_backup(Path(settings.BACKUP_DIR))

    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile("manifest.json"))
        names = set(opened.getnames())
    assert manifest["row_counts"]["members_user"] == User.objects.count()
    assert manifest["row_counts"]["meetings_factsheet"] == 1
    assert "leernetwerk_searchdocument" not in manifest["row_counts"]
    assert set(manifest["files"]) == names - {"manifest.json"}
    assert len([name for name in names if name.startswith("media/")]) == 2
    assert ["members", "0001_initial"] in manifest["migrations"]


@pytest.mark.django_db
def test_deleting_an_account_logs_it_without_the_address(
    member, django_capture_on_commit_callbacks
):
    user_id = member.pk
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(member)

    record = DeletionRecord.objects.get()
    assert (record.user_id, record.email_hash) == (user_id, email_hash("LID@example.org"))
    line = json.loads(log_path().read_text())
    assert line["user_id"] == user_id and line["email_hash"] == record.email_hash
    assert "lid@example.org" not in log_path().read_text()


@pytest.mark.django_db
def test_a_deletion_that_is_rolled_back_is_not_logged(member, django_capture_on_commit_callbacks):
    user_id = member.pk
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        delete_account(member)
        raise RuntimeError("the deletion fails half-way")

    assert User.objects.filter(pk=user_id).exists()
    assert not DeletionRecord.objects.exists()
    assert not log_path().exists()


@pytest.mark.django_db
def test_the_worker_writes_a_nightly_backup_and_keeps_a_month_of_them(settings, tmp_path):
    from leernetwerk.tasks import nightly_backup

    settings.BACKUP_DIR = tmp_path
    old = tmp_path / "leernetwerk-20200101-020000.tar.gz"
    old.write_bytes(b"oud")
    os.utime(old, (0, 0))

    settings.BACKUP_NIGHTLY = False
    nightly_backup(timestamp=0)
    assert sorted(tmp_path.glob("*.tar.gz")) == [old]

    settings.BACKUP_NIGHTLY, settings.BACKUP_KEEP_DAYS = True, 30
    nightly_backup(timestamp=0)
    (archive,) = tmp_path.glob("*.tar.gz")
    assert archive != old
    with tarfile.open(archive) as opened:
        assert opened.getmember("manifest.json")


def test_pruning_never_deletes_the_newest_archive(tmp_path):
    only = tmp_path / "leernetwerk-20200101-020000.tar.gz"
    only.write_bytes(b"oud")
    os.utime(only, (0, 0))
    assert prune_backups(tmp_path, keep_days=30) == []
    assert only.exists()
