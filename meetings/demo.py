"""Demo content for the meetings app, loaded idempotently by `manage.py load_demo`."""


def load():
    pass
