# The portal in two commands: `make run` and `make test`.
# Without DATABASE_URL, both start the embedded PostgreSQL in .pgdata/ (see leernetwerk/embedded_db.py).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: install run serve migrate demo test lint format check bench clean

## install: create the virtual environment and install the project with its dev tools
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

## run: migrate, load the demo content and serve on http://127.0.0.1:$(PORT)
run: install migrate demo serve

serve: install
	$(MANAGE) runserver 127.0.0.1:$(PORT)

migrate: install
	$(MANAGE) migrate --noinput

demo: install
	$(MANAGE) load_demo

## test: lint, check migrations and run the whole test suite (browser tests included)
test: install lint
	$(MANAGE) makemigrations --check --dry-run --noinput
	$(BIN)/pytest

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

## bench: speed measurements (targets are reported, never asserted in tests)
bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
