#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the tests, on loopback only.
# Installs Debian's server package when it is missing. Prints the SQLAlchemy URL of an
# empty database on its last line. Usage: URL=$(bash scripts/pg_server.sh | tail -n 1)
set -euo pipefail

PORT="${SUPPORTDESK_PG_PORT:-54329}"
DIR="${SUPPORTDESK_PG_DIR:-/tmp/supportdesk-pg-$PORT}"

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "PostgreSQL server not found; installing Debian's postgresql package" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  BIN="$(find_bin)"
fi

# initdb refuses to run as root: run the server as the postgres user (or ourselves).
RUNAS=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  RUNAS=(runuser -u postgres --)
fi

# A server for tests only, thrown away after: nothing written needs to survive a crash.
# Each test copies a template database (CREATE DATABASE ... TEMPLATE, made ahead in a
# thread: tests/conftest.py). The tests' databases live for one test: nothing to
# vacuum, and a copy must wait while an autovacuum worker is connected to its template.
THROWAWAY="-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
THROWAWAY+=" -c wal_level=minimal -c max_wal_senders=0 -c autovacuum=off"

if ! "${RUNAS[@]}" "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  if [ ! -f "$DIR/PG_VERSION" ]; then
    mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
    "${RUNAS[@]}" "$BIN/initdb" -D "$DIR" -U supportdesk --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  "${RUNAS[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 $THROWAWAY" start >/dev/null
fi
echo "postgresql+psycopg://supportdesk@127.0.0.1:$PORT/postgres"
