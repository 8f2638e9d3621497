"""`make bench`: run every bench_*.py module here and print what it measured.

Each module has `run() -> list[str]` returning report lines. Benchmarks report figures and
targets; they never fail a build (speed targets don't belong in tests).
"""

import importlib
import os
import pkgutil
import sys
from pathlib import Path


def main():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leernetwerk.settings")
    from leernetwerk.embedded_db import use_embedded_database

    use_embedded_database()
    import django

    django.setup()
    package = Path(__file__).resolve().parent
    names = sorted(
        module.name
        for module in pkgutil.iter_modules([str(package)])
        if module.name.startswith("bench_")
    )
    if not names:
        print("No benchmarks yet.")
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}")
        for line in module.run():
            print(f"   {line}")


if __name__ == "__main__":
    main()
