"""The project-local PostgreSQL used when no DATABASE_URL is set.

pgserver ships PostgreSQL binaries as a Python package, so a fresh machine needs nothing but
Python. The cluster lives in `.pgdata/` (git-ignored), listens only on a unix socket and is
shared by every process of the project: each process holds a handle, and the server stops when
the last one exits, so `make test` leaves nothing running and a second `make run` reuses the
data that is already there.
"""

import signal
import sys
import threading
from pathlib import Path

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


def embedded_database_settings(base_dir: Path) -> dict:
    """Start (or join) the embedded server and return Django settings for its database."""
    import warnings

    import psycopg
    from psycopg import sql

    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset; pgserver copes with the fallback.
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(base_dir / ".pgdata", cleanup_mode="stop")
    _exit_cleanly_on_sigterm()
    _forget_dead_handles(server)
    info = server.get_postmaster_info()
    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": "postgres",
        "HOST": str(info.socket_dir),
    }
