"""The files in deploy/ agree with the settings they stand beside."""

import re

from django.conf import settings

from meetings.models.factsheet import FACTSHEET_MAX_MEGABYTES
from projects.models import MAX_DOCUMENT_MEGABYTES
from tests.operations.gunicorn import BASE_DIR

DEPLOY = BASE_DIR / "deploy"
NGINX_SITE = (DEPLOY / "nginx" / "leernetwerk.conf").read_text()
READS_VARIABLE = re.compile(
    r'(?:os\.environ\.get\(|os\.environ\[|env(?:bool|int|list)\()\s*"([A-Z][A-Z0-9_]*)"'
)


def example_environment() -> dict[str, str]:
    lines = (DEPLOY / "env.example").read_text().splitlines()
    pairs = [line.split("=", 1) for line in lines if line and not line.startswith("#")]
    return {name: value for name, value in pairs}


def test_the_example_environment_lists_every_setting_the_portal_reads():
    read = set(READS_VARIABLE.findall((BASE_DIR / "leernetwerk" / "settings.py").read_text()))
    assert {"DEBUG", "SECRET_KEY", "DATABASE_URL", "EMAIL_BACKEND", "SENTRY_DSN"} <= read
    assert read - set(example_environment()) == set()


def test_nginx_hands_protected_files_over_at_the_prefix_the_portal_uses():
    prefix = example_environment()["PROTECTED_FILES_ACCEL_PREFIX"]
    location = re.search(rf"location {re.escape(prefix)} \{{(.*?)\n *\}}\n", NGINX_SITE, re.S)
    assert location, f"no nginx location for {prefix}"
    assert "internal;" in location.group(1)
    assert "alias ${LEERNETWERK_MEDIA_ROOT}/;" in location.group(1)


def test_nginx_takes_uploads_as_large_as_the_portal_does():
    megabytes = int(re.search(r"client_max_body_size (\d+)m;", NGINX_SITE).group(1))
    assert megabytes * 1024 * 1024 == settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert megabytes > max(FACTSHEET_MAX_MEGABYTES, MAX_DOCUMENT_MEGABYTES)


def test_nginx_waits_longer_than_gunicorn_lets_a_request_run():
    nginx_seconds = int(re.search(r"proxy_read_timeout (\d+)s;", NGINX_SITE).group(1))
    config = (DEPLOY / "gunicorn.conf.py").read_text()
    gunicorn_seconds = int(re.search(r'"GUNICORN_TIMEOUT"\) or (\d+)', config).group(1))
    assert nginx_seconds > gunicorn_seconds
