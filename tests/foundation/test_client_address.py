"""Behind nginx, limits and the security log count the visitor's address, not the proxy's."""

import logging

import pytest

pytestmark = pytest.mark.django_db

TAALCHECK = "/api/taalcheck/"


def failed_login_address(client, caplog, **headers):
    """Fail one login and return the address the security log wrote down for it."""
    with caplog.at_level(logging.INFO, logger="security"):
        client.post(
            "/account/login/",
            {"login": "niemand@example.org", "password": "niet-het-wachtwoord"},
            **headers,
        )
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("login_failed")]
    return line.split(" ip=")[1].split()[0]


def test_behind_a_trusted_proxy_the_log_names_the_address_the_proxy_saw(client, caplog, settings):
    settings.TRUSTED_PROXY = True
    # nginx sets the header to the address it saw; a client's own claim would stand before it.
    address = failed_login_address(client, caplog, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7")
    assert address == "203.0.113.7"


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(client, caplog, settings):
    settings.TRUSTED_PROXY = False
    assert failed_login_address(client, caplog, HTTP_X_FORWARDED_FOR="203.0.113.7") == "127.0.0.1"


def test_a_forwarded_value_that_is_no_address_is_ignored(client, caplog, settings):
    settings.TRUSTED_PROXY = True
    assert failed_login_address(client, caplog, HTTP_X_FORWARDED_FOR="<script>") == "127.0.0.1"


def test_behind_a_trusted_proxy_each_visitor_has_an_own_rate_limit(client, settings):
    settings.TRUSTED_PROXY = True
    settings.TAALCHECK_RATE_LIMIT = (2, 600)

    def check(address):
        return client.post(
            TAALCHECK,
            {"text": "Een vechtscheiding."},
            content_type="application/json",
            HTTP_X_FORWARDED_FOR=address,
        ).status_code

    assert [check("203.0.113.7") for _ in range(3)] == [200, 200, 429]
    assert check("203.0.113.8") == 200
