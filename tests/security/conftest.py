"""The security suites share one world per module, built once and rolled back afterwards."""

import pytest
import time_machine

from tests.conftest import pinned_now
from tests.security.world import ROLES, build_once, build_world, logged_in_client


@pytest.fixture(scope="module")
def security_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("security-media")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, security_media_root):
    """Files of the module's world stay readable in every test of the module."""
    settings.MEDIA_ROOT = security_media_root


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, security_media_root):
    """Every object and persona, created once for the module inside a transaction."""
    yield from build_once(django_db_blocker, security_media_root, build_world)


@pytest.fixture(scope="module")
def clients(world, django_db_blocker):
    """A test client per role, logged in once for the module; anonymous has none."""
    with django_db_blocker.unblock(), time_machine.travel(pinned_now(), tick=True):
        return {role: logged_in_client(world.users.get(role)) for role in ROLES}
