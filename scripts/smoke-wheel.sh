#!/usr/bin/env bash
# Build the sdist and wheel (python -m build), install the wheel into a fresh virtualenv
# outside the checkout and run scripts/smoke-commands.sh on its `supportdesk`: proves
# every run-time file is package data (nothing read from the source tree).
#
#   bash scripts/smoke-wheel.sh [DIST_DIR]
#
# Uses .venv's Python (scripts/setup.sh makes it) and pip's cache; DIST_DIR (default: a
# temporary folder) keeps the built files. Exits non-zero on any failure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
W="$(mktemp -d /tmp/supportdesk-smoke-wheel.XXXXXX)"
trap 'rm -rf "$W"' EXIT
DIST="${1:-$W/dist}"
say() { echo "[smoke-wheel] $*" >&2; }
start=$SECONDS

say "python -m build"
"$ROOT/.venv/bin/python" -m build --outdir "$DIST" "$ROOT" >"$W/build.log" 2>&1 ||
  { cat "$W/build.log" >&2; exit 1; }
wheel="$(ls "$DIST"/supportdesk-*.whl)"
sdist="$(ls "$DIST"/supportdesk-*.tar.gz)"
say "$(basename "$wheel") $(du -h "$wheel" | cut -f1), $(basename "$sdist") $(du -h "$sdist" | cut -f1)"

say "fresh virtualenv, pip install the wheel"
"$ROOT/.venv/bin/python" -m venv "$W/venv"
"$W/venv/bin/python" -m pip install -q --disable-pip-version-check "$wheel" >"$W/pip.log" 2>&1 ||
  { cat "$W/pip.log" >&2; exit 1; }

cd "$W"  # not the checkout: nothing may be imported or read from it
"$W/venv/bin/python" - "$ROOT" <<'PY'
import sys
from importlib.resources import files
from pathlib import Path

root = Path(sys.argv[1]).resolve()
import db, main, resources, supportdesk, ui  # noqa: E401,F401
for module in (db, main, resources, supportdesk, ui):
    where = Path(module.__file__).resolve()
    assert not where.is_relative_to(root), f"{module.__name__} comes from the checkout: {where}"
qm = files("resources") / "translations" / "supportdesk_en.qm"
assert qm.is_file() and qm.read_bytes()[:4] == b"\x3c\xb8\x64\x18", "no compiled translation"
print("[smoke-wheel] imports from", Path(resources.__file__).parent.parent, file=sys.stderr)
PY
bash "$ROOT/scripts/smoke-commands.sh" "$W/venv/bin/supportdesk" "$W"
say "ok ($((SECONDS - start)) s)"
