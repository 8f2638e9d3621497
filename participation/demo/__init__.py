"""Demo content for participation, loaded idempotently by `manage.py load_demo`.

A few members volunteer for an LNW-kwartiertje, the past demo meetings get attendance
(demo members from their profiles, plus a walk-in), and a reflection question of the most
recent report is open, with one approved and one waiting answer.
"""

from participation.demo.loader import load

__all__ = ["load"]
