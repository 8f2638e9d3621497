"""Production settings: deploy checks, the secret key guard, CSP and static files."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

BASE_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    # Browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployment never has it.
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_reports_no_issues_under_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="leernetwerk.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("secret_key", ["", "te-kort"])
def test_production_refuses_to_start_without_a_real_secret_key(secret_key):
    result = run_manage("check", DEBUG="0", SECRET_KEY=secret_key, ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_make_run_on_another_port_points_links_at_that_port():
    environment = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    result = subprocess.run(
        ["make", "--no-print-directory", "-s", "site-url", "PORT=8811"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.stdout.strip() == "http://127.0.0.1:8811"


@pytest.mark.parametrize("value", ["flase", "2", "nee"])
def test_a_yes_no_setting_with_an_unknown_value_stops_the_start(value):
    result = run_manage("check", DEBUG=value)
    assert result.returncode != 0
    assert f"DEBUG={value!r} is not a yes/no value" in result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/account/login/", "/bestaat-niet/", "/healthz"])
def test_every_response_carries_a_csp_without_unsafe_inline(client, url):
    response = client.get(url)
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_templates_have_no_inline_scripts_or_styles():
    offenders = []
    for template in (BASE_DIR / "templates").rglob("*.html"):
        text = template.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or re.search(
            r"<style\b|\sstyle=", text
        ):
            offenders.append(str(template.relative_to(BASE_DIR)))
    assert offenders == []


def test_static_files_get_hashed_and_compressed_names(tmp_path):
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    hashed = [path.name for path in (tmp_path / "css").glob("site.*.css")]
    assert hashed, "no hashed copy of site.css"
    assert (tmp_path / "css" / f"{hashed[0]}.gz").exists()


def production_setting(name, **env):
    """Return repr() of one setting as the portal would load it under production settings."""
    result = run_manage(
        "shell",
        "-c",
        f"from django.conf import settings; print(repr(getattr(settings, {name!r}, None)))",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="leernetwerk.example.org",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_forwarded_proto_is_not_trusted_without_a_trusted_proxy():
    # Without a proxy in front, any client could claim HTTPS with this header.
    assert production_setting("SECURE_PROXY_SSL_HEADER", TRUSTED_PROXY="") == "None"
    assert production_setting("SECURE_PROXY_SSL_HEADER", TRUSTED_PROXY="0") == "None"


def test_forwarded_proto_is_trusted_when_a_proxy_is_said_to_set_it():
    assert production_setting("SECURE_PROXY_SSL_HEADER", TRUSTED_PROXY="1") == (
        "('HTTP_X_FORWARDED_PROTO', 'https')"
    )
