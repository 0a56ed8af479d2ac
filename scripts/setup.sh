#!/usr/bin/env bash
# Set up SupportDesk on a Debian (or Ubuntu) machine: the system libraries Qt needs, a
# virtualenv in .venv with the project installed (editable, with the dev tools).
# Idempotent and quick when already done: apt only runs for what is missing, pip only
# when pyproject.toml changed since the last install (a stamp file in .venv).
#
#   bash scripts/setup.sh          # to run the app
#   bash scripts/setup.sh --test   # also what the tests need (poppler-utils, qpdf)
#
# Uses sudo for apt-get when not root. Set PYTHON to choose the interpreter (3.11+).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WITH_TESTS=0
[ "${1:-}" = "--test" ] && WITH_TESTS=1

say() { echo "[setup] $*" >&2; }

# -- Python 3.11 or newer -------------------------------------------------------------
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PY="$(command -v "$candidate")"
      break
    fi
  done
fi
if [ -z "$PY" ]; then
  say "Python 3.11 of nieuwer niet gevonden (installeer bv. met: sudo apt-get install python3)"
  exit 1
fi

# -- apt: install only what is missing --------------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="__none__"; fi
fi
APT_UPDATED=0
apt_install() {
  [ "$#" -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "apt-get ontbreekt; installeer zelf: $*"
    return 0
  fi
  if [ "$SUDO" = "__none__" ]; then
    say "niet root en geen sudo; installeer zelf: $*"
    return 1
  fi
  say "apt-get install $*"
  if [ "$APT_UPDATED" -eq 0 ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
    </dev/null >/dev/null
}
missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

# What PySide6's xcb and offscreen platform plugins link against (checked with ldd on
# PySide6/Qt/plugins/platforms/libqxcb.so and libqoffscreen.so); Qt's own libraries and
# ICU come with the wheel.
QT_PACKAGES=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libx11-6 libx11-xcb1
  libxkbcommon0 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libpng16-16 fonts-dejavu-core
)
TEST_PACKAGES=(poppler-utils qpdf)

if command -v dpkg-query >/dev/null 2>&1; then
  wanted=("${QT_PACKAGES[@]}")
  [ "$WITH_TESTS" -eq 1 ] && wanted+=("${TEST_PACKAGES[@]}")
  mapfile -t todo < <(missing_packages "${wanted[@]}")
  if [ "${#todo[@]}" -gt 0 ]; then
    apt_install "${todo[@]}"
  fi
fi

# -- the virtualenv ---------------------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  say "virtualenv maken in .venv met $PY"
  if ! "$PY" -m venv .venv >/dev/null 2>&1; then
    # Debian's python3 ships venv's ensurepip separately (python3-venv / python3.X-venv).
    rm -rf .venv
    minor="$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    apt_install python3-venv "python${minor}-venv"
    "$PY" -m venv .venv
  fi
fi

STAMP=.venv/.supportdesk-installed
want="$(cat pyproject.toml | sha256sum | cut -d' ' -f1) $(.venv/bin/python -V 2>&1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$want" ] || [ ! -x .venv/bin/supportdesk ]; then
  say "pip install -e '.[dev]' (een paar minuten de eerste keer)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
  echo "$want" > "$STAMP"
fi

# The compiled English translation (.qm is built, not committed).
if [ -f scripts/build_translations.py ]; then
  .venv/bin/python scripts/build_translations.py --release >/dev/null 2>&1 ||
    say "vertaling niet gebouwd (de app valt terug op Nederlands)"
fi
