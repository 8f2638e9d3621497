"""Demo content for the kennisbank and news, loaded idempotently by `manage.py load_demo`."""

from library.demo.loader import load

__all__ = ["load"]
