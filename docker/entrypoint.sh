#!/bin/sh
# Bring the database schema up to date, then run the container's command.
# With several app containers, set MIGRATE_ON_START=0 on all but one.
set -eu

if [ "${MIGRATE_ON_START:-1}" = "1" ]; then
    python manage.py migrate --no-input
fi
if [ "${LOAD_DEMO:-0}" = "1" ]; then
    python manage.py load_demo
fi

exec "$@"
