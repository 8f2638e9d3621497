"""Glossary fixtures: the demo begrippenkader, loaded once per test module."""

import pytest
from taggit.models import Tag

from glossary import demo
from glossary.models import Entry, GlossaryVersion


@pytest.fixture(scope="module")
def demo_glossary(django_db_setup, django_db_blocker):
    """The demo entries, committed once for the module (loading them takes half a second)
    and removed again afterwards so other modules start from an empty glossary."""
    with django_db_blocker.unblock():
        demo.load()
    yield
    with django_db_blocker.unblock():
        Entry.objects.all().delete()
        Tag.objects.all().delete()
        GlossaryVersion.objects.all().delete()
