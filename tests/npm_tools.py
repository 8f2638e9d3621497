"""Node tools from npm for the tests, installed once into the git-ignored `.cache/`."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

CACHE = Path(__file__).resolve().parent.parent / ".cache"


def require_node() -> str:
    """Return the path of `node`; fail (never skip) with a clear message when it is missing."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError(
            "These tests run a calendar client on Node.js, but `node` is not on the PATH. "
            "Install Node.js 18 or newer (with npm), e.g. `apt-get install nodejs npm`."
        )
    return node


def npm_package(name: str, version: str, folder: str) -> Path:
    """Return the folder of npm package `name@version`, installing it on first use.

    It is installed into `.cache/<folder>` through a temporary folder that is moved into place
    only when npm succeeded, so an interrupted install never leaves a half package behind.
    """
    target = CACHE / folder
    package = target / "node_modules" / name
    if (package / "package.json").exists():
        return package
    require_node()
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(f"Installing {name} for the tests needs `npm`, which is missing.")
    CACHE.mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{folder}-", dir=CACHE))
    try:
        completed = subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(staging),
                "--no-audit",
                "--no-fund",
                f"{name}@{version}",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"`npm install {name}@{version}` failed:\n{completed.stderr}")
        if not package.exists():
            shutil.rmtree(target, ignore_errors=True)
            os.replace(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return package
