"""Demo content for the meetings app, loaded idempotently by `manage.py load_demo`.

The past meetings and their reports come from the network's own factsheets
(/work/shared/seeds: 000, 001, 002, 003) and live as data in `meetings_2023` and
`meetings_2024`: goals, agendas with the presenters as published, subgroups, reflections with
the answers given, follow-up. `upcoming` computes the meetings still to come from today's
date; `factsheet_pdf` writes the factsheets; `loader` creates what is missing.

Every meeting and factsheet is keyed on its slug and created only when it is missing, with
everything in it; a meeting that exists is never changed, so the loader leaves what trekkers
edited alone and running it twice changes nothing at all.
"""

from meetings.demo.loader import load

__all__ = ["load"]
