#!/bin/sh
# Run manage.py as the service does: with the settings of /etc/leernetwerk/env.
# Usage, from the checkout, as root: runuser -u leernetwerk -- deploy/manage.sh migrate
# LEERNETWERK_ENV points at another environment file.
set -eu
cd "$(dirname "$0")/.."
set -a
. "${LEERNETWERK_ENV:-/etc/leernetwerk/env}"
set +a
exec .venv/bin/python manage.py "$@"
