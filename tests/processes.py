"""Helpers for tests that run the portal in other processes, as a deployment would."""

import os
from urllib.parse import quote

from django.db import connection

# Set for this test process only; a deployment never has them.
TEST_ONLY_VARIABLES = {"DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL", "TEST_NOW"}


def database_url(name: str | None = None) -> str:
    """Return the URL of the test database (or of database `name` on its server)."""
    database = connection.settings_dict
    user = quote(database["USER"] or "", safe="")
    password = f":{quote(database['PASSWORD'], safe='')}" if database["PASSWORD"] else ""
    # A unix socket directory travels percent-encoded in the host part (the embedded server).
    host = quote(database["HOST"] or "", safe="")
    port = f":{database['PORT']}" if database["PORT"] else ""
    return f"postgres://{user}{password}@{host}{port}/{quote(name or database['NAME'], safe='')}"


def child_environment(**variables) -> dict[str, str]:
    """Return this process's environment without its test-only variables, plus `variables`."""
    environment = {k: v for k, v in os.environ.items() if k not in TEST_ONLY_VARIABLES}
    environment.update({name: str(value) for name, value in variables.items()})
    return environment
