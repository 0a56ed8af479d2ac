#!/usr/bin/env bash
# Set up (when needed) and run every check: ruff, mypy and the whole test suite, on
# SQLite and on a throw-away PostgreSQL server (scripts/pg_server.sh). Runs every step,
# then exits non-zero if any failed. Extra arguments go to pytest.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh --test || { echo "[test] set-up mislukt" >&2; exit 1; }

if [ -z "${SUPPORTDESK_TEST_PG:-}" ]; then
  if PG_URL="$(bash scripts/pg_server.sh | tail -n 1)" && [ -n "$PG_URL" ]; then
    export SUPPORTDESK_TEST_PG="$PG_URL"
  else
    echo "[test] PostgreSQL kon niet starten" >&2
    exit 1
  fi
fi
echo "[test] PostgreSQL: $SUPPORTDESK_TEST_PG"

failed=()
step() {
  local name="$1"
  shift
  echo "[test] $name" >&2
  if ! "$@"; then failed+=("$name"); fi
}

export QT_QPA_PLATFORM=offscreen
step "ruff check" .venv/bin/ruff check --output-format concise .
step "mypy" .venv/bin/mypy
step "pytest" .venv/bin/pytest -q "$@"

if [ "${#failed[@]}" -gt 0 ]; then
  echo "[test] MISLUKT: ${failed[*]}" >&2
  exit 1
fi
echo "[test] alles in orde" >&2
