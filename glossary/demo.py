"""Demo content for the glossary app, loaded idempotently by `manage.py load_demo`."""


def load():
    pass
