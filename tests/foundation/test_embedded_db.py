"""The embedded PostgreSQL starts on demand, is reused, and stops with its last user."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import psycopg
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
START_AND_QUERY = """
import os
import sys
from pathlib import Path
import psycopg
from leernetwerk.embedded_db import use_embedded_database
use_embedded_database(Path(sys.argv[1]))
with psycopg.connect(os.environ["DATABASE_URL"]) as connection:
    print(connection.execute("SELECT current_database()").fetchone()[0])
"""


def environment_without_database_url():
    return {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}


def run_in_new_process(pgdata):
    return subprocess.run(
        [sys.executable, "-c", START_AND_QUERY, str(pgdata)],
        cwd=BASE_DIR,
        env=environment_without_database_url(),
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


def wait_for(condition, timeout, interval=0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


@pytest.fixture
def pgdata():
    # Not pytest's tmp_path: concurrent pytest runs prune /tmp/pytest-of-<user>, and the
    # server runs as another system user when we are root.
    path = Path(tempfile.mkdtemp(prefix="leernetwerk-embedded-"))
    yield path / ".pgdata"
    for process in servers_running_on(path):
        process.kill()
    shutil.rmtree(path, ignore_errors=True)


def test_embedded_database_is_created_reused_and_stopped(pgdata):
    first = run_in_new_process(pgdata)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "leernetwerk"
    assert (pgdata / "PG_VERSION").exists()
    assert servers_running_on(pgdata) == []

    second = run_in_new_process(pgdata)
    assert second.returncode == 0, second.stderr
    assert servers_running_on(pgdata) == []


def test_settings_without_database_url_refuse_to_start_instead_of_starting_a_database():
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; settings.DATABASES"],
        cwd=BASE_DIR,
        env={
            **environment_without_database_url(),
            "DJANGO_SETTINGS_MODULE": "leernetwerk.settings",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured: DATABASE_URL is not set" in result.stderr


def database_answers(pgdata):
    try:
        with psycopg.connect(host=str(pgdata), user="postgres", dbname="leernetwerk") as c:
            return c.execute("SELECT 1").fetchone() == (1,)
    except psycopg.OperationalError:
        return False


def manage_py_children(process):
    try:
        children = process.children(recursive=True)
        return [child for child in children if "manage.py" in " ".join(child.cmdline())]
    except psutil.Error:
        return []


def command_of(process) -> str:
    """Return the manage.py command a child runs: "runserver", "procrastinate worker"."""
    try:
        arguments = process.cmdline()
    except psutil.Error:
        return ""
    after = arguments[arguments.index(next(a for a in arguments if a.endswith("manage.py"))) + 1 :]
    return " ".join(word for word in after[:2] if not word[0].isdigit() and ":" not in word)


def test_make_run_runs_a_worker_and_stops_everything_on_sigterm(pgdata):
    dev_run = subprocess.Popen(
        [sys.executable, "-m", "leernetwerk.devserver", "--port", "0", "--pgdata", str(pgdata)],
        cwd=BASE_DIR,
        env=environment_without_database_url(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        # The database answers; after migrate and the demo, the worker runs beside the server.
        assert wait_for(lambda: database_answers(pgdata), timeout=180)
        assert wait_for(
            lambda: (
                {"procrastinate worker", "runserver"}
                <= {command_of(child) for child in manage_py_children(psutil.Process(dev_run.pid))}
            ),
            timeout=300,
        )
        children = manage_py_children(psutil.Process(dev_run.pid))

        os.killpg(dev_run.pid, signal.SIGTERM)

        assert wait_for(lambda: not servers_running_on(pgdata), timeout=10)
        assert dev_run.wait(timeout=10) == 128 + signal.SIGTERM
        assert not [child for child in children if child.is_running()]
    finally:
        if dev_run.poll() is None:
            os.killpg(dev_run.pid, signal.SIGKILL)
