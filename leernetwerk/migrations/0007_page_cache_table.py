"""The table of the page cache (settings.CACHES["pages"] without REDIS_URL), apart from the
rate limits' table so that culling pages never drops a rate limit."""

from django.db import migrations

CREATE = """
CREATE TABLE IF NOT EXISTS "leernetwerk_page_cache" (
    "cache_key" varchar(255) NOT NULL PRIMARY KEY,
    "value" text NOT NULL,
    "expires" timestamp with time zone NOT NULL
);
CREATE INDEX IF NOT EXISTS "leernetwerk_page_cache_expires" ON "leernetwerk_page_cache" ("expires");
"""

DROP = 'DROP TABLE IF EXISTS "leernetwerk_page_cache";'


class Migration(migrations.Migration):
    dependencies = [
        ("leernetwerk", "0006_outbox"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
