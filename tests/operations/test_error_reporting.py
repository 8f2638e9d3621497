"""Optional error reporting: Sentry only with SENTRY_DSN, and never with personal data."""

import json
import subprocess
import sys

from tests.operations.gunicorn import BASE_DIR, production_environment

DSN = "https://publickey@sentry.example.org/1"
READ_SENTRY_OPTIONS = """
import json, sentry_sdk
client = sentry_sdk.get_client()
options = {key: client.options[key] for key in
           ["dsn", "send_default_pii", "max_request_body_size", "include_local_variables"]}
print(json.dumps({"active": client.is_active(), **options}))
"""


def sentry_options(**variables):
    """The Sentry client's options in a production process started with `variables`."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", READ_SENTRY_OPTIONS],
        cwd=BASE_DIR,
        env=production_environment(**variables),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_errors_are_reported_without_personal_data_when_a_dsn_is_set():
    options = sentry_options(SENTRY_DSN=DSN)
    assert options == {
        "active": True,
        "dsn": DSN,
        "send_default_pii": False,
        "max_request_body_size": "never",
        "include_local_variables": False,
    }


def test_nothing_is_reported_without_a_dsn():
    assert sentry_options(SENTRY_DSN="")["active"] is False
