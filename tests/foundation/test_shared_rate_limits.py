"""Rate limits count across processes: every worker reads and writes one shared cache.

Another Python process, set up like a second web worker on the same test database, spends
the failed-login limit for an account; this process must then refuse that account's login.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.core.cache import cache

from tests.factories import PASSWORD
from tests.processes import child_environment, database_url

BASE_DIR = Path(__file__).resolve().parents[2]
# Database 5 keeps these tests away from whatever else uses the machine's Redis.
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/5")
# allauth's default: five failed logins per account within five minutes.
FAILED_LOGINS_ALLOWED = 5

# The other process runs at this test's pinned clock, so both agree on when entries expire.
SPEND_LOGIN_LIMIT = """
import django
import time_machine
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment

setup_test_environment()
client = Client()
with time_machine.travel({now}, tick=True):
    for _ in range({attempts}):
        client.post("/account/login/", {{"login": "{email}", "password": "niet-het-wachtwoord"}})
"""


def spend_login_limit_in_another_process(email, **environment):
    env = child_environment(
        DJANGO_SETTINGS_MODULE="leernetwerk.settings", DATABASE_URL=database_url(), **environment
    )
    code = SPEND_LOGIN_LIMIT.format(now=time.time(), attempts=FAILED_LOGINS_ALLOWED, email=email)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def log_in(client, user):
    client.post("/account/login/", {"login": user.email, "password": PASSWORD})
    return "_auth_user_id" in client.session


@pytest.fixture
def redis_cache(settings):
    """This process on the Redis cache that REDIS_URL gives the other process.

    Redis must answer: tests marked `redis` are only collected where one is configured or
    reachable (tests/conftest.py), and CI always configures one.
    """
    redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": "leernetwerk",
        }
    }
    cache.clear()
    yield
    cache.clear()


# Committed rows: the other process must see the account, and this one its cache entries.
@pytest.mark.django_db(transaction=True)
def test_failed_logins_in_another_worker_lock_the_login_here(client, member):
    spend_login_limit_in_another_process(member.email)
    assert not log_in(client, member)


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_failed_logins_in_another_worker_lock_the_login_here_with_redis(
    client, member, redis_cache
):
    spend_login_limit_in_another_process(member.email, REDIS_URL=REDIS_TEST_URL)
    assert not log_in(client, member)


@pytest.mark.django_db(transaction=True)
def test_fewer_failed_logins_elsewhere_leave_the_right_password_working(client, member):
    spend_login_limit_in_another_process("iemand.anders@example.org")
    assert log_in(client, member)
