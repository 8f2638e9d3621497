"""The portal as it runs in production: gunicorn with deploy/gunicorn.conf.py and DEBUG off.

`collect_static` runs collectstatic into a folder; `Portal` starts gunicorn on a free port
against the test database and stops it again; `Browser` talks to it over plain HTTP with the
headers nginx adds (X-Forwarded-Proto: https), keeps cookies and fills in CSRF tokens.
"""

import http.client
import json
import re
import secrets
import signal
import subprocess
import sys
import time
from html import unescape
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from tests.factories import PASSWORD
from tests.processes import child_environment, database_url

BASE_DIR = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
CONFIG = BASE_DIR / "deploy" / "gunicorn.conf.py"
START_TIMEOUT = 30
LISTENING = re.compile(r"Listening at: http://127\.0\.0\.1:(\d+)")
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# The host name nginx hands on to every instance (proxy_set_header Host $host). Some rules key on
# it, such as allauth's failed-login limit, so all instances must see the same one.
SITE_HOST = "leernetwerk.example.org"


def production_environment(**variables) -> dict[str, str]:
    """The environment of a production process on the test database, plus `variables`."""
    production = {
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": f"{SITE_HOST},127.0.0.1",
        "DATABASE_URL": database_url(),
        "TRUSTED_PROXY": "1",
        "LOG_LEVEL": "WARNING",
    }
    return child_environment(**{**production, **variables})


def collect_static(static_root: Path) -> dict[str, str]:
    """Run collectstatic into `static_root`; return its manifest (name -> hashed name)."""
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=BASE_DIR,
        env=production_environment(STATIC_ROOT=static_root),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads((static_root / "staticfiles.json").read_text())["paths"]


def use_production_password(user, password=PASSWORD):
    """Store `password` with the production hasher: the suite's fast one is unknown there.

    With few iterations, so that failed logins stay quick; the server raises them to its own
    number at the first successful login.
    """
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(password, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])


class Portal:
    """One gunicorn instance started from deploy/gunicorn.conf.py, on a port of its own."""

    def __init__(self, log_path: Path, **variables):
        self.log_path = log_path
        self.environment = production_environment(
            GUNICORN_BIND="127.0.0.1:0", WEB_CONCURRENCY="1", **variables
        )
        self.process = None
        self.port = None

    def start(self):
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [str(GUNICORN), "--config", str(CONFIG), "leernetwerk.wsgi"],
                cwd=BASE_DIR,
                env=self.environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    def wait_until_ready(self):
        """Wait for gunicorn to say its port and for /healthz to answer 200."""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"gunicorn stopped:\n{self.log()}"
            if self.port is None and (match := LISTENING.search(self.log())):
                self.port = int(match.group(1))
            if self.port is not None:
                try:
                    if Browser(self).get("/healthz").status == 200:
                        return self
                except OSError:
                    pass
            time.sleep(0.1)
        raise AssertionError(f"gunicorn did not answer within {START_TIMEOUT} s:\n{self.log()}")

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def __enter__(self):
        try:
            return self.start().wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc_info):
        self.stop()


class Response:
    def __init__(self, raw: http.client.HTTPResponse):
        self.status = raw.status
        self.headers = raw.headers
        self.body = raw.read()

    @property
    def text(self) -> str:
        return self.body.decode()


class Browser:
    """A client that talks to one instance as nginx hands requests on, keeping cookies.

    Cookies are kept whatever their Secure flag: nginx ends TLS, so the portal sets them for
    HTTPS while this client speaks plain HTTP to gunicorn.
    """

    def __init__(self, portal, cookies=None):
        self.portal = portal
        self.cookies = cookies if cookies is not None else {}

    def on(self, portal) -> "Browser":
        """The same browser (the same cookies), now talking to another instance."""
        return Browser(portal, self.cookies)

    def request(self, method, path, body=None, headers=None, forwarded_proto="https"):
        all_headers = {"Host": SITE_HOST, **(headers or {})}
        if forwarded_proto:
            all_headers["X-Forwarded-Proto"] = forwarded_proto
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection("127.0.0.1", self.portal.port, timeout=20)
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = Response(connection.getresponse())
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def get(self, path, **options):
        return self.request("GET", path, **options)

    def post_form(self, path, data, files=None):
        """GET the form at `path` for its CSRF token, then POST `data` (and `files`) to it."""
        token = unescape(CSRF_FIELD.search(self.get(path).text).group(1))
        origin = f"https://{SITE_HOST}"
        headers = {"Origin": origin, "Referer": origin + path}
        fields = {**data, "csrfmiddlewaretoken": token}
        if files:
            body = encode_multipart(BOUNDARY, {**fields, **files})
            headers["Content-Type"] = MULTIPART_CONTENT
        else:
            body = urlencode(fields, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        return self.request("POST", path, body=body, headers=headers)

    def log_in(self, email, password=PASSWORD):
        """Log in through the real allauth form; return its response."""
        return self.post_form("/account/login/", {"login": email, "password": password})
