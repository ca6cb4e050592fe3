#!/usr/bin/env bash
# Runs the whole suite. Starts a throwaway PostgreSQL server on 127.0.0.1 when the binaries exist
# (as the postgres user when run as root) and stops it at exit.
set -euo pipefail
BIN=${1:-.venv/bin}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ]; then
  PGDIR=$(mktemp -d)
  PORT=${CLAIMGRAPH_TEST_PG_PORT:-55432}
  RUN=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGDIR"; RUN=(runuser -u postgres --); fi
  "${RUN[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  "${RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -w -l "$PGDIR/log" \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$PGDIR -c fsync=off -c max_connections=200" start >/dev/null
  trap '"${RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"' EXIT
  export CLAIMGRAPH_TEST_PG="postgresql://postgres@127.0.0.1:$PORT/postgres"
else
  echo "PostgreSQL binaries not found: PostgreSQL tests will be skipped (apt-get install postgresql)."
fi
"$BIN/python" -m pytest "${@:2}"
