"""`make loadtest`: the portal under gunicorn as production runs it, loaded by wrk.

Steps, each printed as it starts:
1. a database of its own: LOADTEST_DATABASE_URL, or else a database `leernetwerk_loadtest` on
   the embedded PostgreSQL (created when missing), migrated, with the demo content at ten times
   its size (load_demo, then bench/demo_x10.py) when it has no content yet;
2. collectstatic into a temporary folder and a session for the demo member `lid@example.org`;
3. gunicorn from deploy/gunicorn.conf.py (sync, WEB_CONCURRENCY=2 unless set), DEBUG off, behind
   the headers nginx adds; the cache is Redis when LOADTEST_REDIS_URL is set (as in production),
   else the database cache table; PAGE_CACHE=0 measures the pages without the page cache;
4. for every page in PAGES, wrk with 16 connections for LOADTEST_SECONDS (default 10), `/healthz`
   first and last; then the whole mix at once (MIX: anonymous browsing, a member, taalcheck API
   calls) for the same time. Every request carries another X-Forwarded-For, as if from another
   visitor, so the taalcheck's limit per address does not turn the API calls into 429s.

Prints per page: req/s, its share of /healthz (the mean of its two runs), p50/p95/p99 in ms,
responses other than 200 and socket errors, the page size; writes them as JSON to
.cache/loadtest-<time>.json. The figures are noisy on a shared machine: the share of /healthz
measured in the same run is the figure to compare. It never fails on slowness, only when the
portal cannot be started or a page does not answer 200 before the load starts.
"""

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = Path(PYTHON).with_name("gunicorn")
HOST = "leernetwerk.example.org"
MEMBER_EMAIL = "lid@example.org"
LOADTEST_DATABASE = "leernetwerk_loadtest"
CONNECTIONS = 16
GOUDA = "/bijeenkomsten/kennissessie-gemeenten-gouda-3-september-2024/"
TAALCHECK_TEXT = (
    "Bij een vechtscheiding verliest het kind soms het contact met een ouder. "
    "De hulpverlening kijkt dan samen met beide ouders naar wat het kind nodig heeft."
)

# (name, who, method, path, JSON body or None)
PAGES = [
    ("healthz", "anoniem", "GET", "/healthz", None),
    ("home", "anoniem", "GET", "/", None),
    ("bijeenkomsten", "anoniem", "GET", "/bijeenkomsten/", None),
    ("verslag Gouda", "anoniem", "GET", GOUDA, None),
    ("begrippen", "anoniem", "GET", "/begrippen/", None),
    ("begrip", "anoniem", "GET", "/begrippen/complexe-scheidingsproblematiek/", None),
    ("begrip opzoeken", "anoniem", "GET", "/begrippen/zoeken/?q=contactverlies&alle=1", None),
    ("zoeken", "anoniem", "GET", "/zoeken/?q=triage", None),
    ("projecten", "anoniem", "GET", "/projecten/", None),
    ("feed", "anoniem", "GET", "/bijeenkomsten/feed/", None),
    ("agenda.ics", "anoniem", "GET", "/bijeenkomsten/agenda.ics", None),
    ("api taalcheck", "anoniem", "POST", "/api/taalcheck/", {"text": TAALCHECK_TEXT}),
    ("home", "lid", "GET", "/", None),
    ("bijeenkomsten", "lid", "GET", "/bijeenkomsten/", None),
    ("verslag Gouda", "lid", "GET", GOUDA, None),
    ("begrippen", "lid", "GET", "/begrippen/", None),
    ("leden", "lid", "GET", "/leden/", None),
    ("healthz", "anoniem", "GET", "/healthz", None),
]
# The mix: how often each of the pages above comes by, out of every 100 requests.
MIX = {
    ("home", "anoniem"): 14,
    ("bijeenkomsten", "anoniem"): 10,
    ("verslag Gouda", "anoniem"): 10,
    ("begrippen", "anoniem"): 8,
    ("begrip", "anoniem"): 10,
    ("begrip opzoeken", "anoniem"): 6,
    ("zoeken", "anoniem"): 6,
    ("projecten", "anoniem"): 4,
    ("feed", "anoniem"): 2,
    ("agenda.ics", "anoniem"): 2,
    ("api taalcheck", "anoniem"): 8,
    ("home", "lid"): 5,
    ("bijeenkomsten", "lid"): 4,
    ("verslag Gouda", "lid"): 6,
    ("begrippen", "lid"): 2,
    ("leden", "lid"): 3,
}

LUA_COMMON = r"""
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end
function init(args)
  not_ok = 0
  sent = 0
end
function forwarded_for()
  sent = sent + 1
  return "10." .. id .. "." .. (math.floor(sent / 256) % 256) .. "." .. (sent % 256)
end
function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1 end
end
function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("not_ok") end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "p50": %d, "p95": %d, "p99": %d, ' ..
    '"not_200": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), bad, e.connect + e.read + e.write + e.timeout))
end
"""


def lua_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid Lua string for this ASCII/UTF-8 text


def lua_request(method, path, body, cookie) -> str:
    headers = {"Host": HOST, "X-Forwarded-Proto": "https"}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/json"
    fields = ", ".join(f"[{lua_string(k)}] = {lua_string(v)}" for k, v in headers.items())
    body_text = lua_string(json.dumps(body)) if body is not None else "nil"
    return (
        f"{{method = {lua_string(method)}, path = {lua_string(path)}, "
        f"headers = {{{fields}}}, body = {body_text}}}"
    )


def lua_script(requests: list[str]) -> str:
    """A wrk script sending `requests` (Lua tables) in turn, each thread from its own start."""
    table = ",\n  ".join(requests)
    return LUA_COMMON + (
        f"local requests = {{\n  {table}\n}}\n"
        "local next_index = nil\n"
        "function request()\n"
        "  if next_index == nil then next_index = (id * 7) % #requests end\n"
        "  next_index = next_index % #requests + 1\n"
        "  local r = requests[next_index]\n"
        "  r.headers['X-Forwarded-For'] = forwarded_for()\n"
        "  return wrk.format(r.method, r.path, r.headers, r.body)\n"
        "end\n"
    )


def step(text: str):
    print(f"== {text}", flush=True)


def run(command, environment, **options):
    result = subprocess.run(command, cwd=BASE_DIR, env=environment, text=True, **options)
    if result.returncode != 0:
        sys.exit(f"Failed: {' '.join(map(str, command))}\n{result.stderr or ''}")
    return result


def with_database_name(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + quote(name, safe="")))


def loadtest_database_url():
    """LOADTEST_DATABASE_URL, or the embedded server's loadtest database (and its handle)."""
    if os.environ.get("LOADTEST_DATABASE_URL"):
        return os.environ["LOADTEST_DATABASE_URL"], None
    import psycopg
    from psycopg import sql

    from leernetwerk.embedded_db import embedded_database_url, start_embedded_database

    server = start_embedded_database(BASE_DIR / ".pgdata")
    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [LOADTEST_DATABASE]
        ).fetchone()
        if not exists:
            connection.execute(
                sql.SQL("CREATE DATABASE {}").format(sql.Identifier(LOADTEST_DATABASE))
            )
    return with_database_name(embedded_database_url(server), LOADTEST_DATABASE), server


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port, method, path, body, cookie):
    headers = {"Host": HOST, "X-Forwarded-Proto": "https", "X-Forwarded-For": "10.255.0.1"}
    if cookie:
        headers["Cookie"] = cookie
    data = None
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=data, headers=headers, method=method
    )

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_until_ready(process, port, log_path):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn stopped:\n{log_path.read_text(errors='replace')[-3000:]}")
        try:
            if fetch(port, "GET", "/healthz", None, None)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    sys.exit("gunicorn did not answer /healthz within 60 s")


def wrk(port, script_path, seconds):
    result = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(script_path),
            f"http://127.0.0.1:{port}",
        ],
        capture_output=True,
        text=True,
    )
    for line in result.stdout.splitlines():
        if line.startswith("RESULT "):
            figures = json.loads(line.removeprefix("RESULT "))
            figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
            return figures
    sys.exit(f"wrk printed no result:\n{result.stdout}\n{result.stderr}")


def prepare(environment):
    """Migrate, load the demo content ten times over (only into an empty database)."""
    step("migrate")
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], environment)
    demo = {**environment, "DEBUG": "1"}
    step("demo content at ten times its size (only into a database without content)")
    loaded = run([PYTHON, "manage.py", "load_demo", "--if-empty"], demo, capture_output=True).stdout
    print(loaded, end="")
    if "Demo content loaded" in loaded:
        run([PYTHON, "-m", "bench.demo_x10"], demo)


SESSION_SCRIPT = """
import django
django.setup()
from django.test import Client
from members.models import User
client = Client()
client.force_login(User.objects.get(email={email!r}))
print(client.cookies["sessionid"].value)
"""


def member_cookie(environment) -> str:
    script = SESSION_SCRIPT.format(email=MEMBER_EMAIL)
    result = run([PYTHON, "-c", script], environment, capture_output=True)
    return f"sessionid={result.stdout.strip()}"


def print_table(rows, healthz_rps):
    header = (
        f"{'page':<18} {'wie':<8} {'req/s':>8} {'healthz':>8} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'p99 ms':>7} {'!200':>6} {'sock':>5} {'KB':>6}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        share = row["rps"] / healthz_rps * 100 if healthz_rps else 0
        print(
            f"{row['name']:<18} {row['who']:<8} {row['rps']:>8.0f} {share:>7.1f}% "
            f"{row['p50'] / 1000:>7.1f} {row['p95'] / 1000:>7.1f} {row['p99'] / 1000:>7.1f} "
            f"{row['not_200']:>6} {row['socket_errors']:>5} {row.get('kb', 0):>6.1f}"
        )


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: install it with `apt-get install wrk` (Debian).")
    seconds = int(os.environ.get("LOADTEST_SECONDS") or 10)
    database_url, server = loadtest_database_url()
    secret_key = secrets.token_urlsafe(50)
    workdir = Path(tempfile.mkdtemp(prefix="loadtest-"))
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "leernetwerk.settings",
        "DEBUG": "0",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "TRUSTED_PROXY": "1",
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY") or "2",
    }
    environment.pop("REDIS_URL", None)
    if os.environ.get("LOADTEST_REDIS_URL"):
        environment["REDIS_URL"] = os.environ["LOADTEST_REDIS_URL"]
    process = None
    try:
        prepare(environment)
        step("collectstatic, a session for the demo member")
        run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], environment)
        cookie = member_cookie(environment)
        port = free_port()
        log_path = workdir / "gunicorn.log"
        step(
            f"gunicorn on 127.0.0.1:{port}, {environment['WEB_CONCURRENCY']} sync workers, "
            f"cache: {'Redis' if 'REDIS_URL' in environment else 'database table'}, "
            f"PAGE_CACHE={environment.get('PAGE_CACHE', '1')}"
        )
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                [str(GUNICORN), "--config", "deploy/gunicorn.conf.py", "leernetwerk.wsgi"],
                cwd=BASE_DIR,
                env={**environment, "GUNICORN_BIND": f"127.0.0.1:{port}"},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_until_ready(process, port, log_path)
        sizes = {}
        for name, who, method, path, body in PAGES:
            status, content = fetch(port, method, path, body, cookie if who == "lid" else None)
            if status != 200:
                sys.exit(f"{name} ({who}) {path} answered {status}, not 200")
            sizes[name, who] = len(content) / 1024
        load_before = os.getloadavg()
        step(f"wrk, {CONNECTIONS} connections, {seconds} s per page; load average {load_before}")
        rows = []
        for name, who, method, path, body in PAGES:
            script = workdir / "page.lua"
            script.write_text(
                lua_script([lua_request(method, path, body, cookie if who == "lid" else None)])
            )
            figures = wrk(port, script, seconds)
            rows.append({"name": name, "who": who, "path": path, "kb": sizes[name, who]})
            rows[-1].update(figures)
            print(
                f"   {name} ({who}): {figures['rps']:.0f} req/s, "
                f"p95 {figures['p95'] / 1000:.1f} ms",
                flush=True,
            )
        mix = []
        for (name, who), weight in MIX.items():
            _, _, method, path, body = next(p for p in PAGES if p[:2] == (name, who))
            mix += [lua_request(method, path, body, cookie if who == "lid" else None)] * weight
        # Spread the pages over the round (same order every run).
        mix = [mix[(i * 37) % len(mix)] for i in range(len(mix))]
        script = workdir / "mix.lua"
        script.write_text(lua_script(mix))
        mixed = wrk(port, script, seconds)
        load_after = os.getloadavg()
        healthz = [row["rps"] for row in rows if row["name"] == "healthz"]
        healthz_rps = sum(healthz) / len(healthz)
        print()
        print_table(rows, healthz_rps)
        print_table([{"name": "de hele mix", "who": "beide", **mixed}], healthz_rps)
        print(
            f"\n/healthz: {' and '.join(f'{r:.0f}' for r in healthz)} req/s (first, last). "
            f"Load average before {load_before[0]:.2f}, after {load_after[0]:.2f}; "
            f"{os.cpu_count()} cores. Shares are of the mean /healthz."
        )
        report = {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "seconds": seconds,
            "connections": CONNECTIONS,
            "workers": environment["WEB_CONCURRENCY"],
            "cache": "redis" if "REDIS_URL" in environment else "database",
            "page_cache": environment.get("PAGE_CACHE", "1"),
            "load_average": [load_before, load_after],
            "healthz_rps": healthz_rps,
            "pages": rows,
            "mix": mixed,
        }
        out = BASE_DIR / ".cache" / f"loadtest-{report['when'].replace(':', '')}.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(report, indent=2))
        print(f"Figures written to {out.relative_to(BASE_DIR)}")
    finally:
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(workdir, ignore_errors=True)
        if server is not None:
            server.cleanup()


if __name__ == "__main__":
    sys.path.insert(0, str(BASE_DIR))
    main()
