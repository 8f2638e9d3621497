from django.db import migrations


class Migration(migrations.Migration):
    """A sequence for glossary_version(): sequences never roll back, so values never repeat."""

    dependencies = [
        ("glossary", "0001_entries_labels_and_history"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE SEQUENCE IF NOT EXISTS glossary_version_seq",
            reverse_sql="DROP SEQUENCE IF EXISTS glossary_version_seq",
        ),
    ]
