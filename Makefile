# The portal in two commands: `make run` and `make test`.
# Without DATABASE_URL, both start the embedded PostgreSQL in .pgdata/ (see leernetwerk/embedded_db.py).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Links in e-mails and calendar files point at the port the portal is served on.
export SITE_URL ?= http://127.0.0.1:$(PORT)
MANAGE := $(BIN)/python manage.py

.PHONY: install run serve migrate first-demo demo test test-fast test-clock site-url lint format check bench loadtest clean backup restore

# Instants at which dates go wrong: the nights the clocks go forward and back, and 23:30 on
# New Year's Eve (late evening and year end at once). Every test runs at a pinned "now"
# (tests/conftest.py); `make test` runs the modules marked `clock` again at each of these.
CLOCK_EDGES := 2027-03-28T01:30:00+01:00 2026-10-25T02:30:00+01:00 2026-12-31T23:30:00+01:00

## install: create the virtual environment and install the project with its dev tools
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

## run: migrate, load the demo content into an empty database and serve on http://127.0.0.1:$(PORT)
# One process (leernetwerk/devserver.py) owns the embedded PostgreSQL and runs the steps below
# (migrate, first-demo, serve) as its children; Ctrl-C or SIGTERM stops them and the database.
run: install
	$(BIN)/python -m leernetwerk.devserver --port $(PORT)

serve: install
	$(MANAGE) runserver 127.0.0.1:$(PORT)

migrate: install
	$(MANAGE) migrate --noinput

# Demo content only goes into a database without content of its own (and never with DEBUG off).
first-demo: install
	$(MANAGE) load_demo --if-empty

demo: install
	$(MANAGE) load_demo

## test: lint, check migrations, the date-sensitive tests at every clock edge, then the whole suite
test: install lint
	$(MANAGE) makemigrations --check --dry-run --noinput
	$(MAKE) --no-print-directory test-clock
	$(BIN)/pytest

## test-fast: lint and the suite without browser tests or the clock-edge reruns
test-fast: install lint
	$(BIN)/pytest -q -p no:cacheprovider -m "not browser"

## test-clock: the tests marked `clock` (no browser) with "now" pinned at each of CLOCK_EDGES
test-clock: install
	@for now in $(CLOCK_EDGES); do \
		echo "== clock pinned at $$now"; \
		TEST_NOW=$$now $(BIN)/pytest -q -p no:cacheprovider -m "clock and not browser" || exit 1; \
	done

## lint: ruff lint and format check
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## format: apply ruff's fixes and formatting
format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## check: Django's deployment checks under production settings
check: install
	DEBUG=0 SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
		ALLOWED_HOSTS=leernetwerk.example.org $(MANAGE) check --deploy --fail-level WARNING

## backup: write one archive (database, uploaded files, manifest) to BACKUP_DIR (default backups/)
backup: install
	$(MANAGE) backup

## restore: restore FILE=backups/….tar.gz into an empty database and MEDIA_ROOT
restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/leernetwerk-….tar.gz"; exit 2; }
	$(MANAGE) restore "$(FILE)"

## bench: speed measurements (targets are reported, never asserted in tests)
bench: install
	$(BIN)/python -m bench

## loadtest: the portal under gunicorn (DEBUG off) on ten times the demo content, loaded by wrk
# Prints req/s, p50/p95/p99 and errors per page and each page's share of /healthz in the same run
# (bench/loadtest.py). Never fails on slowness. LOADTEST_SECONDS (per page, default 10),
# LOADTEST_DATABASE_URL (default: a database of its own on the embedded PostgreSQL) and
# LOADTEST_REDIS_URL (the cache in Redis, as in production) change what it measures.
loadtest: install
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get install -y -q wrk; } || { echo "wrk is missing: apt-get install wrk"; exit 2; }
	$(BIN)/python -m bench.loadtest

## site-url: the address that links in e-mails and calendar files point at (follows PORT)
site-url:
	@echo $(SITE_URL)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
