#!/usr/bin/env bash
# Set up (when needed) and open SupportDesk on the default database.
# Arguments are passed on: bash scripts/run-app.sh --db other.sqlite3
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "[run-app] geen scherm gevonden (DISPLAY is leeg); start dit in een grafische sessie" >&2
fi
exec "$ROOT/.venv/bin/supportdesk" "$@"
