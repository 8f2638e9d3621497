"""The embedded PostgreSQL starts on demand, is reused, and stops with its last user."""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import psutil
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
START_AND_QUERY = """
import sys
from pathlib import Path
import psycopg
from leernetwerk.embedded_db import embedded_database_settings
settings = embedded_database_settings(Path(sys.argv[1]))
with psycopg.connect(dbname=settings["NAME"], user=settings["USER"], host=settings["HOST"]) as c:
    print(c.execute("SELECT current_database()").fetchone()[0])
"""


def run_in_new_process(base_dir):
    return subprocess.run(
        [sys.executable, "-c", START_AND_QUERY, str(base_dir)],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def servers_running_on(pgdata):
    return [
        process
        for process in psutil.process_iter(["name", "cmdline"])
        if process.info["name"] == "postgres"
        and str(pgdata) in " ".join(process.info["cmdline"] or [])
    ]


@pytest.fixture
def base_dir():
    # Not pytest's tmp_path: concurrent pytest runs prune /tmp/pytest-of-<user>, and the
    # server runs as another system user when we are root.
    path = Path(tempfile.mkdtemp(prefix="leernetwerk-embedded-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_embedded_database_is_created_reused_and_stopped(base_dir):
    pgdata = base_dir / ".pgdata"

    first = run_in_new_process(base_dir)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "leernetwerk"
    assert (pgdata / "PG_VERSION").exists()
    assert servers_running_on(pgdata) == []

    second = run_in_new_process(base_dir)
    assert second.returncode == 0, second.stderr
    assert servers_running_on(pgdata) == []
