"""Demo content for the projects app, loaded idempotently by `manage.py load_demo`."""


def load():
    pass
