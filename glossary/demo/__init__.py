"""Demo content for the glossary app, loaded idempotently by `manage.py load_demo`.

The entries live in `data` (dicts with named keys), the loader in `loader`: it creates the
entries that are missing and leaves the ones that exist as they are.
"""

from glossary.demo.data import ENTRIES
from glossary.demo.loader import load

__all__ = ["ENTRIES", "load"]
