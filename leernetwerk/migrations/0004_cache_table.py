"""The table of the shared cache (settings.CACHES without REDIS_URL), as `createcachetable`
makes it on PostgreSQL; `migrate` creates it, so a fresh database needs no extra step."""

from django.db import migrations

CREATE = """
CREATE TABLE IF NOT EXISTS "leernetwerk_cache" (
    "cache_key" varchar(255) NOT NULL PRIMARY KEY,
    "value" text NOT NULL,
    "expires" timestamp with time zone NOT NULL
);
CREATE INDEX IF NOT EXISTS "leernetwerk_cache_expires" ON "leernetwerk_cache" ("expires");
"""

DROP = 'DROP TABLE IF EXISTS "leernetwerk_cache";'


class Migration(migrations.Migration):
    dependencies = [
        ("leernetwerk", "0003_findable_from"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
