"""Migration 0008 starts each meeting's stored SEQUENCE where calendars last saw it."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from meetings.models import Meeting

# Migrations run outside a test transaction.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.clock]

BEFORE = [("meetings", "0007_text_read_from_the_pdf")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor


def test_the_sequence_starts_at_the_seconds_the_old_calendars_carried():
    executor = migrate(BEFORE)
    old_meeting = executor.loader.project_state(BEFORE[0]).apps.get_model("meetings", "Meeting")
    created = timezone.now() - timedelta(days=3)
    meeting = old_meeting.objects.create(
        title="Kwartaalbijeenkomst",
        slug="voor-de-migratie",
        starts_at=created + timedelta(days=30),
        ends_at=created + timedelta(days=30, hours=2),
    )
    # The old SEQUENCE was the seconds between creation and the last save: 1 hour here.
    old_meeting.objects.filter(pk=meeting.pk).update(
        created_at=created, updated_at=created + timedelta(hours=1)
    )

    migrate(executor.loader.graph.leaf_nodes())

    migrated = Meeting.objects.get(pk=meeting.pk)
    assert migrated.sequence == 3600
    assert migrated.reminder_days == [7, 1]
