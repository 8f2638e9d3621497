"""The project-local PostgreSQL for development, started by the commands that need it.

pgserver ships PostgreSQL binaries as a Python package, so a fresh machine needs nothing but
Python. The cluster lives in `.pgdata/` (git-ignored) and listens only on a unix socket.

Settings only ever read DATABASE_URL. When it is unset, the entry points that run Django in
development (manage.py, the pytest plugin, `python -m bench`, `make run`'s dev server) call
`use_embedded_database()`: it starts the server, or joins one that is already running, and
exports its DATABASE_URL, so their child processes (runserver's autoreloader, the commands the
dev server runs) use the same server without a handle of their own. Each process that holds a
handle keeps the server up; it stops when the last one exits, so `make test` leaves nothing
running and a second `make run` reuses the data that is already there.
"""

import os
import signal
import sys
import threading
from pathlib import Path
from urllib.parse import quote

BASE_DIR = Path(__file__).resolve().parent.parent
DATABASE_NAME = "leernetwerk"


def _exit_cleanly_on_sigterm() -> None:
    """Turn SIGTERM into a normal exit, so pgserver's atexit hook stops the server."""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def _forget_dead_handles(server) -> None:
    """Drop handles of processes that died without exiting (e.g. SIGKILL).

    pgserver stops the server when the last handle is released; a handle left by a killed
    process would otherwise keep it running for ever.
    """
    import psutil

    with server._lock:
        handles = server.global_process_id_list
        alive = [pid for pid in handles.get() if psutil.pid_exists(pid)]
        handles.put(alive)


def database_url(socket_dir: Path) -> str:
    """Return the DATABASE_URL of the project database behind a unix socket directory."""
    # The socket directory goes percent-encoded in the host part: dj-database-url then puts it
    # in HOST, and libpq reads the same URL.
    return f"postgresql://postgres@{quote(str(socket_dir), safe='')}/{DATABASE_NAME}"


def start_embedded_database(pgdata: Path):
    """Start (or join) the server in `pgdata`, create the project database; return the server."""
    import warnings

    import psycopg
    from psycopg import sql

    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset; pgserver copes with the fallback.
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(pgdata, cleanup_mode="stop")
    _forget_dead_handles(server)
    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    return server


def embedded_database_url(server) -> str:
    """Return the DATABASE_URL of a started embedded server."""
    return database_url(server.get_postmaster_info().socket_dir)


def stop_embedded_database(server) -> None:
    """Release this process's handle; the server stops (pg_ctl stop) if it was the last."""
    server.cleanup()


def use_embedded_database(pgdata: Path | None = None):
    """Without DATABASE_URL, start (or join) the embedded server and export its URL.

    Return the server this process now holds, or None when DATABASE_URL was already set.
    """
    if os.environ.get("DATABASE_URL"):
        return None
    server = start_embedded_database(pgdata or BASE_DIR / ".pgdata")
    _exit_cleanly_on_sigterm()
    os.environ["DATABASE_URL"] = embedded_database_url(server)
    return server
