"""`make run`: one process owns the embedded PostgreSQL while the portal is served.

Run as `python -m leernetwerk.devserver --port 8000`. It starts the embedded server (unless
DATABASE_URL is set), runs migrate and load_demo --if-empty, then the task worker (which sends
the mail: in development to this terminal) beside runserver, all as child processes that
share its DATABASE_URL. On SIGTERM or SIGINT (Ctrl-C) it stops the children and then the
server, so a `make run` that is terminated leaves no postgres behind. Each child runs in its
own session: a signal to `make run`'s process group reaches only this process, which stops
them in order.
"""

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path

from leernetwerk.embedded_db import BASE_DIR, stop_embedded_database, use_embedded_database

# The steps of `make migrate` and `make first-demo`: demo content only into an empty database.
SETUP_COMMANDS = [["migrate", "--noinput"], ["load_demo", "--if-empty"]]
WORKER_COMMAND = ["procrastinate", "worker"]
STOP_TIMEOUT = 10


class Stop(Exception):
    """Raised in the main thread when SIGTERM or SIGINT arrives."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise_stop(signum, frame):
    raise Stop(signum)


def _start(manage_args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(BASE_DIR / "manage.py"), *manage_args],
        cwd=BASE_DIR,
        start_new_session=True,
    )


def _stop(child: subprocess.Popen) -> None:
    """Terminate a child with everything it started (runserver's autoreloader child too)."""
    if child.poll() is not None:
        return
    try:
        os.killpg(child.pid, signal.SIGTERM)
        child.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    except ProcessLookupError:
        pass


def serve(port: int, pgdata: Path | None = None) -> int:
    """Start the database, migrate, load the demo, serve; return the exit code."""
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _raise_stop)
    server = None
    children = []
    try:
        server = use_embedded_database(pgdata)
        for command in SETUP_COMMANDS:
            children = [_start(command)]
            returncode = children[0].wait()
            if returncode != 0:
                return returncode
        children = [_start(WORKER_COMMAND), _start(["runserver", f"127.0.0.1:{port}"])]
        return children[-1].wait()
    except Stop as stop:
        return 128 + stop.signum
    finally:
        # A second signal must not cut the clean-up short.
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, signal.SIG_IGN)
        for child in reversed(children):
            _stop(child)
        if server is not None:
            stop_embedded_database(server)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
    parser.add_argument(
        "--pgdata", type=Path, default=None, help="data folder of the embedded PostgreSQL"
    )
    options = parser.parse_args(argv)
    return serve(options.port, options.pgdata)


if __name__ == "__main__":
    sys.exit(main())
