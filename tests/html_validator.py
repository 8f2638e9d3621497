"""The W3C Nu Html Checker (vnu) for the tests: from npm (`tests/npm_tools.py`), run on Java.

`validate(pages)` checks many pages in one run of the checker (a JVM start costs seconds) and
returns its errors per page.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.npm_tools import npm_package

VNU_VERSION = "26.9.27"


def vnu_jar() -> Path:
    """Return the checker's jar, installing the npm package the first time."""
    if shutil.which("java") is None:
        raise RuntimeError("The HTML check runs the Nu Html Checker on Java; install a JRE.")
    return npm_package("vnu-jar", VNU_VERSION, "vnu") / "build" / "dist" / "vnu.jar"


def validate(pages: dict[str, str]) -> dict[str, list[str]]:
    """Check each page's HTML; return the errors per page name (pages without errors left out)."""
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for number, (name, html) in enumerate(pages.items()):
            path = Path(folder) / f"page{number}.html"
            path.write_text(html, encoding="utf-8")
            files[path.name] = name
        result = subprocess.run(
            ["java", "-jar", str(vnu_jar()), "--errors-only", "--format", "json", "--stdout",
             *(str(Path(folder) / file) for file in files)],
            capture_output=True,
            text=True,
            timeout=600,
        )  # fmt: skip
    errors = {}
    for message in json.loads(result.stdout)["messages"]:
        if message.get("type") != "error":
            continue
        url = message.get("url", "")
        name = files.get(url.rsplit("/", 1)[-1], url)
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine', '?')}: {message['message']}"
        )
    return errors
