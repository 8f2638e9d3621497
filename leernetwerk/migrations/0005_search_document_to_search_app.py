# The search index now belongs to the search app (search.0001 takes the model over); the
# table stays, so only Django's state forgets the model here. Migrations 0001-0003 stay as
# the history that creates the table.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("leernetwerk", "0004_cache_table"),
        ("search", "0001_search_document_from_leernetwerk"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SearchDocument")],
            database_operations=[],
        ),
    ]
