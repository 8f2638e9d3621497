"""Demo content for the follow-up app, loaded idempotently by `manage.py load_demo`.

The actions come from the "Vervolg" parts of the seeded reports (meetings/demo), with a
status and a note per action in `data`; a few evaluations with fictional answers show the
summary. `loader` creates what is missing and never changes a row that exists.
"""

from followup.demo.loader import load

__all__ = ["load"]
