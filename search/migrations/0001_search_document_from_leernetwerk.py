# The search index moved here from the project package. Its table stays where it is (the
# model keeps db_table "leernetwerk_searchdocument"), so this migration only takes the model
# over in Django's state: leernetwerk's migrations 0001-0003 create the table on a new
# database, and on an existing one the index and its data stay as they are. The content type
# (and its permissions) moves along with the model.

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models


def move_content_type(from_app, to_app):
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        db_alias = schema_editor.connection.alias
        # On a new database no content type exists yet; post_migrate makes the new one.
        if not ContentType.objects.using(db_alias).filter(
            app_label=to_app, model="searchdocument"
        ).exists():
            ContentType.objects.using(db_alias).filter(
                app_label=from_app, model="searchdocument"
            ).update(app_label=to_app)

    return move


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("leernetwerk", "0003_findable_from"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SearchDocument",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("term", "Begrippen"),
                                    ("report", "Verslagen"),
                                    ("meeting", "Bijeenkomsten"),
                                    ("agenda_item", "Programmaonderdelen"),
                                    ("factsheet", "Factsheets"),
                                    ("project", "Projecten"),
                                    ("theme", "Thema's"),
                                    ("member", "Leden"),
                                ],
                                max_length=20,
                                verbose_name="soort",
                            ),
                        ),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("title", models.CharField(max_length=300, verbose_name="titel")),
                        (
                            "labels",
                            models.TextField(
                                blank=True,
                                help_text=(
                                    "Woorden die zwaarder tellen dan de tekst: andere termen, "
                                    "thema's, namen."
                                ),
                                verbose_name="andere namen en kenmerken",
                            ),
                        ),
                        ("body", models.TextField(blank=True, verbose_name="tekst")),
                        ("url", models.CharField(max_length=500, verbose_name="link")),
                        (
                            "visibility",
                            models.CharField(
                                choices=[
                                    ("public", "Iedereen"),
                                    ("members", "Alleen goedgekeurde leden"),
                                ],
                                default="public",
                                max_length=10,
                                verbose_name="zichtbaar voor",
                            ),
                        ),
                        (
                            "date",
                            models.DateField(blank=True, null=True, verbose_name="datum"),
                        ),
                        (
                            "visible_from",
                            models.DateTimeField(
                                blank=True,
                                help_text=(
                                    "Voor wat later verschijnt, zoals een verslag met een "
                                    "publicatiedatum."
                                ),
                                null=True,
                                verbose_name="vindbaar vanaf",
                            ),
                        ),
                        (
                            "indexed_at",
                            models.DateTimeField(auto_now=True, verbose_name="bijgewerkt op"),
                        ),
                        (
                            "search_vector",
                            models.GeneratedField(
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
                                    django.contrib.postgres.search.SearchVector(
                                        "body", config="dutch", weight="C"
                                    ),
                                    django.contrib.postgres.search.SearchConfig("dutch"),
                                ),
                                output_field=django.contrib.postgres.search.SearchVectorField(),
                            ),
                        ),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                to="contenttypes.contenttype",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "zoekdocument",
                        "verbose_name_plural": "zoekdocumenten",
                        "db_table": "leernetwerk_searchdocument",
                        "indexes": [
                            django.contrib.postgres.indexes.GinIndex(
                                fields=["search_vector"], name="search_document_vector"
                            ),
                            models.Index(
                                fields=["kind", "visibility"], name="search_document_kind"
                            ),
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "object_id"),
                                name="search_document_per_object",
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            move_content_type("leernetwerk", "search"),
            move_content_type("search", "leernetwerk"),
        ),
    ]
