"""Restore unpacks only plain files inside its folder, on Debian 12's Python 3.11.2 too."""

import io
import tarfile
import tempfile
import uuid
from pathlib import Path

import pytest

from leernetwerk.backup import BackupError, restore_backup

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["with the data filter", "without it (Python 3.11.2)"])
def python_tarfile(request, monkeypatch):
    if request.param.startswith("without"):
        monkeypatch.delattr(tarfile, "data_filter", raising=False)


def archive_with(tmp_path, name):
    path = tmp_path / "leernetwerk-boos.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        content = b"overschreven"
        member = tarfile.TarInfo(name)
        member.size = len(content)
        archive.addfile(member, io.BytesIO(content))
    return path


def test_a_member_that_climbs_out_of_the_folder_is_refused(python_tarfile, tmp_path):
    # Restore unpacks into a folder in the temporary directory; this name points beside it.
    outside = Path(tempfile.gettempdir()) / f"buiten-{uuid.uuid4().hex}.txt"
    archive = archive_with(tmp_path, f"../{outside.name}")

    with pytest.raises(BackupError, match="not a readable backup archive"):
        restore_backup(archive, deletion_entries=[], log=print)

    assert not outside.exists()


def test_an_archive_of_plain_files_is_unpacked_and_then_checked(python_tarfile, tmp_path):
    # Unpacked fine: it fails only later, for want of a manifest.
    with pytest.raises(BackupError, match="has no manifest.json"):
        restore_backup(archive_with(tmp_path, "media/foto.jpg"), deletion_entries=[], log=print)
