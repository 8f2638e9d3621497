"""Shared fixtures: personas, a browser driving Debian's Chromium, axe and query budgets.

Personas (healthchecks-style): `pending`, `member`, `trekker`, `superuser` users, and a logged-in
Django test client for each (`pending_client`, `member_client`, `trekker_client`,
`superuser_client`); `client` stays anonymous. Trekkers and superusers have an authenticator
app and their clients a session confirmed with it, as the admin demands.
"""

import os
from datetime import datetime

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache

from leernetwerk.mail import deliver_waiting
from tests.factories import logged_in_client, make_user

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# The instant every test takes as "now". `make test` runs the date-sensitive modules again with
# TEST_NOW set to a late evening, the nights the clocks change and New Year's Eve.
DEFAULT_NOW = "2026-11-10T10:00:00+01:00"


def pinned_now() -> datetime:
    """Return the instant the suite runs at: TEST_NOW when set, else DEFAULT_NOW."""
    return datetime.fromisoformat(os.environ.get("TEST_NOW") or DEFAULT_NOW)


@pytest.fixture(autouse=True)
def _pinned_clock():
    """Start every test at the same instant; time runs on from there (`tick`)."""
    with time_machine.travel(pinned_now(), tick=True) as traveller:
        yield traveller


def redis_for_tests() -> str | None:
    """Return the Redis the `redis` tests use: REDIS_TEST_URL, or a local one that answers."""
    configured = os.environ.get("REDIS_TEST_URL")
    if configured:
        return configured  # required: unreachable means the tests fail, never that they vanish
    import redis

    local = "redis://127.0.0.1:6379/5"
    try:
        redis.Redis.from_url(local, socket_connect_timeout=1).ping()
    except redis.ConnectionError:
        return None
    return local


def pytest_collection_modifyitems(config, items):
    """Without any Redis (a laptop with only Python and make), leave the `redis` tests out.

    They are deselected and named in the summary, not skipped; CI sets REDIS_TEST_URL, so
    there they always run.
    """
    if not any(item.get_closest_marker("redis") for item in items) or redis_for_tests():
        return
    left_out = [item for item in items if item.get_closest_marker("redis")]
    items[:] = [item for item in items if not item.get_closest_marker("redis")]
    config.hook.pytest_deselected(items=left_out)
    config._redis_tests_left_out = len(left_out)


def pytest_terminal_summary(terminalreporter, config):
    left_out = getattr(config, "_redis_tests_left_out", 0)
    if left_out:
        terminalreporter.write_line(
            f"{left_out} Redis test(s) left out: no Redis at 127.0.0.1:6379 and REDIS_TEST_URL "
            "not set",
            yellow=True,
        )


def pytest_configure(config):
    """Hash test passwords with a fast hasher: the real one is slow on purpose."""
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _uses_database(request) -> bool:
    return bool(
        request.node.get_closest_marker("django_db")
        or {"db", "transactional_db", "live_server"} & set(request.fixturenames)
    )


@pytest.fixture(autouse=True)
def _fresh_cache(request):
    """Rate limits live in the shared cache; every test starts with none spent.

    Without REDIS_URL the cache is a database table: a test without database access cannot
    use it either, so it is left alone there.
    """
    if isinstance(caches["default"], DatabaseCache):
        if not _uses_database(request):
            yield
            return
        # Set up the test's database (its transaction, or a transactional test's flush) first;
        # pytest-django picks the kind from the test's marker and fixtures.
        request.getfixturevalue("db")
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _page_cache(request, settings):
    """The anonymous page cache (leernetwerk/page_cache.py) is off, except where marked.

    Most tests look at what a view renders, several times in one test and with changes the
    cache would rightly hide for a minute (a moved clock, changed settings). The tests marked
    `page_cache` switch it on, with an empty cache.
    """
    if request.node.get_closest_marker("page_cache") is None:
        settings.PAGE_CACHE = False
        yield
        return
    settings.PAGE_CACHE = True
    request.getfixturevalue("db")
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploads made by tests land in a temporary folder, and so does the deletion log."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.BACKUP_DIR = tmp_path / "backups"


@pytest.fixture
def pending(db):
    return make_user("wachtend@example.org", first_name="Wim", last_name="Wachtend", approved=False)


@pytest.fixture
def member(db):
    return make_user("lid@example.org", first_name="Lotte", last_name="de Lid")


@pytest.fixture
def trekker(db):
    return make_user("trekker@example.org", first_name="Tessa", last_name="Trekker", trekker=True)


@pytest.fixture
def superuser(db):
    return make_user("beheerder@example.org", first_name="Bea", last_name="Beheer", superuser=True)


def _client_for(user):
    return logged_in_client(user)


@pytest.fixture
def pending_client(pending):
    return _client_for(pending)


@pytest.fixture
def member_client(member):
    return _client_for(member)


@pytest.fixture
def trekker_client(trekker):
    return _client_for(trekker)


@pytest.fixture
def superuser_client(superuser):
    return _client_for(superuser)


def sent_mail() -> list:
    """Return django.core.mail.outbox as the worker would have left it by now.

    Mail is queued in the database (leernetwerk.mail); this sends what is waiting with the
    worker's own `deliver`, then returns the test backend's outbox.
    """
    deliver_waiting()
    return mail.outbox


class SentMail:
    """pytest-django's `mailoutbox`, read after the queued mail has been delivered."""

    def __len__(self):
        return len(sent_mail())

    def __iter__(self):
        return iter(sent_mail())

    def __getitem__(self, index):
        return sent_mail()[index]

    def __eq__(self, other):
        return sent_mail() == other

    def __bool__(self):
        return bool(sent_mail())

    def __repr__(self):
        return repr(mail.outbox)

    def clear(self):
        deliver_waiting()
        mail.outbox.clear()


@pytest.fixture
def mailoutbox(mailoutbox):
    """The mails sent so far: pytest-django's outbox, with the queue delivered first."""
    return SentMail()


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run `action`, then what it queued with transaction.on_commit (mails), as a commit would."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def get_within_budget(django_assert_max_num_queries):
    """GET a page and fail when it runs more than `budget` queries or does not answer 200.

    Say in a comment above each call which queries make up the budget.
    """

    def get(client, url, budget, **extra):
        with django_assert_max_num_queries(budget):
            response = client.get(url, **extra)
        assert response.status_code == 200, response.status_code
        return response

    return get


# -- Browser tests -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """A headless Debian Chromium for the whole session, driven by Playwright."""
    # Playwright's sync API runs an event loop in this thread; the ORM calls that tests make
    # around it are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab (own cookies) whose relative URLs point at the live server."""
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", timezone_id="Europe/Amsterdam"
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def log_in(live_server):
    """Log a user in to a browser page by handing it a session cookie."""

    def log_in(page, user):
        client = _client_for(user)
        cookie = client.cookies["sessionid"]
        page.context.add_cookies(
            [{"name": "sessionid", "value": cookie.value, "url": live_server.url}]
        )

    return log_in
