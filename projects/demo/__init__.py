"""Demo content for the projects app, loaded idempotently by `manage.py load_demo`.

The agendas, projects and themes live in `data` (dicts with named keys), the loader in
`loader`: it creates what is missing and never changes a row that exists.
"""

from projects.demo.loader import load

__all__ = ["load"]
