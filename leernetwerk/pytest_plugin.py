"""pytest plugin: the embedded PostgreSQL for test runs without DATABASE_URL.

pytest-django reads the settings in its `pytest_load_initial_conftests`, before any conftest is
imported; this hook runs first (`-p leernetwerk.pytest_plugin` in pyproject's addopts).
"""

import pytest

from leernetwerk.embedded_db import use_embedded_database


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config, parser, args):
    """Start (or join) the embedded server when DATABASE_URL is unset, for the whole run."""
    use_embedded_database()
