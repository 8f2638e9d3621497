# PostgreSQL cannot change a generated column's expression: drop and add it again (the
# column is computed from the other columns, so nothing is lost).

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("leernetwerk", "0001_search_index"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="searchdocument",
            name="search_document_vector",
        ),
        migrations.RemoveField(
            model_name="searchdocument",
            name="search_vector",
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="search_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=django.contrib.postgres.search.CombinedSearchVector(
                    django.contrib.postgres.search.CombinedSearchVector(
                        django.contrib.postgres.search.SearchVector(
                            "title", config="dutch", weight="A"
                        ),
                        "||",
                        django.contrib.postgres.search.SearchVector(
                            "labels", config="dutch", weight="B"
                        ),
                        django.contrib.postgres.search.SearchConfig("dutch"),
                    ),
                    "||",
                    django.contrib.postgres.search.SearchVector("body", config="dutch", weight="C"),
                    django.contrib.postgres.search.SearchConfig("dutch"),
                ),
                output_field=django.contrib.postgres.search.SearchVectorField(),
            ),
        ),
        migrations.AddIndex(
            model_name="searchdocument",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["search_vector"], name="search_document_vector"
            ),
        ),
    ]
