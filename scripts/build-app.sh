#!/usr/bin/env bash
# Build the Linux desktop bundle with PyInstaller from packaging/supportdesk.spec:
# dist/SupportDesk/ (one folder, runs without Python installed; `supportdesk` inside it)
# and dist/SupportDesk-<version>-linux-<arch>.tar.gz to hand out. After unpacking,
# `SupportDesk/install.sh` adds the menu entry, the icon and the `supportdesk` command.
#
#   bash scripts/build-app.sh
#
# Sets up .venv first (scripts/setup.sh) and adds PyInstaller (the `bundle` extra).
# Windows and macOS build the same spec in CI (.github/workflows/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { echo "[build-app] $*" >&2; }
start=$SECONDS

bash scripts/setup.sh
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  say "pip install -e '.[dev,bundle]' (PyInstaller)"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev,bundle]'
fi
if ! command -v objdump >/dev/null 2>&1; then  # PyInstaller reads the libraries with it
  say "apt-get install binutils"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
# The English translation goes into the bundle compiled; the spec refuses to build without.
.venv/bin/python scripts/build_translations.py --release >/dev/null

say "pyinstaller packaging/supportdesk.spec"
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/supportdesk.spec

version="$(.venv/bin/python -c 'from supportdesk import __version__; print(__version__)')"
archive="dist/SupportDesk-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" SupportDesk
say "dist/SupportDesk: $(du -sh dist/SupportDesk | cut -f1), $archive: $(du -h "$archive" | cut -f1)"
say "klaar in $((SECONDS - start)) s"
