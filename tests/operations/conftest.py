"""Fixtures for the operations tests: static files collected once, as a deployment does."""

import pytest

from tests.operations.gunicorn import collect_static


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """STATIC_ROOT after `collectstatic` with production settings, and its manifest."""
    static_root = tmp_path_factory.mktemp("static")
    return static_root, collect_static(static_root)
