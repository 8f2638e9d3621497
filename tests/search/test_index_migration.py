"""Moving the index into the search app keeps an existing database's documents."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from search.models import SearchDocument

# Migrations run outside a test transaction.
pytestmark = pytest.mark.django_db(transaction=True)

# Unapplying the search app also unapplies leernetwerk's state-only removal that follows it.
BEFORE_THE_MOVE = [("search", None)]
OLD_HEAD = ("leernetwerk", "0003_findable_from")


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor


def test_documents_indexed_before_the_move_are_still_found_after_it():
    executor = migrate(BEFORE_THE_MOVE)
    old_apps = executor.loader.project_state(OLD_HEAD).apps
    old_content_type = old_apps.get_model("contenttypes", "ContentType")
    own_type = old_content_type.objects.get(app_label="leernetwerk", model="searchdocument")
    entry_type = old_content_type.objects.get(app_label="glossary", model="entry")
    old_apps.get_model("leernetwerk", "SearchDocument").objects.create(
        kind="term",
        content_type_id=entry_type.pk,
        object_id=42,
        title="Ouderverstoting",
        body="Geschreven voor de verhuizing.",
        url="/begrippen/ouderverstoting/",
    )

    migrate(executor.loader.graph.leaf_nodes())

    document = SearchDocument.objects.get(object_id=42)
    assert document.title == "Ouderverstoting"
    assert document.search_vector  # PostgreSQL still computes it
    ContentType.objects.clear_cache()
    assert ContentType.objects.get_for_model(SearchDocument).pk == own_type.pk
    assert not ContentType.objects.filter(app_label="leernetwerk", model="searchdocument").exists()
