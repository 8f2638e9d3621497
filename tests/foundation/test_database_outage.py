"""A database outage answers 503 everywhere, and the portal recovers by itself.

These tests put a small TCP proxy between Django and the real test database. The proxy
forwards, or drops every connection (an outage), and forwards again; nothing is restarted.
They change the default connection's settings, so they run as transactional tests and put
everything back in a `finally`.
"""

import socket
import threading
from contextlib import contextmanager, suppress

import pytest
from django.db import connection
from django.test import Client

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.database_outage]

PAGES = ["/", "/bijeenkomsten/", "/begrippen/"]
API = "/api/begrippen/"
OUTAGE_TEXT = "Het portaal is even niet bereikbaar"


class DatabaseProxy:
    """Forward TCP connections to PostgreSQL, until told the database is down."""

    def __init__(self, upstream_family, upstream_address):
        self.upstream_family = upstream_family
        self.upstream_address = upstream_address
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.forwarding = True
        self.open_sockets = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def go_down(self):
        """Drop every open connection and close each new one at once."""
        with self.lock:
            self.forwarding = False
            for sock in self.open_sockets:
                _close(sock)
            self.open_sockets.clear()

    def come_back(self):
        with self.lock:
            self.forwarding = True

    def stop(self):
        self.go_down()
        _close(self.listener)

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                if not self.forwarding:
                    _close(client)
                    continue
                server = socket.socket(self.upstream_family, socket.SOCK_STREAM)
                server.connect(self.upstream_address)
                self.open_sockets += [client, server]
            threading.Thread(target=_pump, args=(client, server), daemon=True).start()
            threading.Thread(target=_pump, args=(server, client), daemon=True).start()


def _close(sock):
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def _pump(source, target):
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    _close(source)
    _close(target)


def upstream_of(settings_dict):
    """Return the socket family and address the test database listens on (TCP or unix)."""
    host = settings_dict["HOST"] or "localhost"
    port = int(settings_dict["PORT"] or 5432)
    if host.startswith("/"):
        return socket.AF_UNIX, f"{host}/.s.PGSQL.{port}"
    return socket.AF_INET, (host, port)


@contextmanager
def database_behind_proxy():
    original = dict(connection.settings_dict)
    proxy = DatabaseProxy(*upstream_of(original))
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(proxy.port))
    try:
        yield proxy
    finally:
        proxy.stop()
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(original)


def assert_outage_page(response):
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert response["Content-Type"].startswith("text/html")
    assert OUTAGE_TEXT in response.content.decode()


def test_pages_api_and_healthz_answer_503_while_the_database_is_down_and_recover(client):
    with database_behind_proxy() as proxy:
        # A persistent connection through the proxy exists before the outage.
        assert client.get("/").status_code == 200

        proxy.go_down()
        for url in PAGES:
            assert_outage_page(client.get(url))
        api = client.get(API)
        assert api.status_code == 503
        assert api["Retry-After"].isdigit()
        assert api.json() == {
            "error": "Het portaal is even niet bereikbaar. Probeer het over een paar minuten "
            "opnieuw."
        }
        health = client.get("/healthz")
        assert health.status_code == 503
        assert health["Retry-After"].isdigit()

        proxy.come_back()
        for url in [*PAGES, API, "/healthz"]:
            assert client.get(url).status_code == 200, url


def test_logged_in_member_gets_the_outage_page_when_the_session_cannot_be_read(member):
    # Only a real server's behaviour counts here: the test client would re-raise the error
    # that Django logs while the authentication middleware reads the session.
    browser = Client(raise_request_exception=False)
    browser.force_login(member)
    with database_behind_proxy() as proxy:
        assert browser.get("/bijeenkomsten/").status_code == 200

        proxy.go_down()
        # The admin guard reads request.user in a middleware, before any view runs.
        assert_outage_page(browser.get("/admin/"))
        assert_outage_page(browser.get("/bijeenkomsten/"))

        proxy.come_back()
        assert browser.get("/bijeenkomsten/").status_code == 200
        assert "Uitloggen" in browser.get("/bijeenkomsten/").content.decode()


def test_outage_page_needs_no_database(client):
    """The 503 page renders with the database gone: no menu, user or messages on it."""
    with database_behind_proxy() as proxy:
        proxy.go_down()
        response = client.get("/")
    assert_outage_page(response)
    assert "Inloggen" not in response.content.decode()
