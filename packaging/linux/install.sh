#!/usr/bin/env bash
# Put this SupportDesk bundle on the system: the program, the `supportdesk` command, the
# menu entry (.desktop), the icons and the AppStream metadata. Shipped at the top of the
# Linux bundle (dist/SupportDesk/install.sh).
#
#   ./install.sh                      for you only: ~/.local (no root needed)
#   sudo ./install.sh --system        for everyone: /opt/SupportDesk and /usr/local
#   ./install.sh --prefix DIR         under DIR (DIR/lib/SupportDesk, DIR/bin, DIR/share)
#   ./install.sh --uninstall [...]    remove what the same options installed
#
# Your data (~/.local/share/SupportDesk) is never touched, also not by --uninstall.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ID="be.supportdesk.SupportDesk"
PREFIX="$HOME/.local"
APPDIR=""
UNINSTALL=0
while [ "$#" -gt 0 ]; do
  case "$1" in
    --system) PREFIX=/usr/local; APPDIR=/opt/SupportDesk ;;
    --prefix) PREFIX="${2:?--prefix needs a folder}"; shift ;;
    --uninstall) UNINSTALL=1 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
APPDIR="${APPDIR:-$PREFIX/lib/SupportDesk}"
SHARE="$PREFIX/share"
ICONS="$SHARE/icons/hicolor"
SIZES=(16 24 32 48 64 128 256 512)

if [ "$UNINSTALL" -eq 1 ]; then
  rm -f "$PREFIX/bin/supportdesk" "$SHARE/applications/$ID.desktop" \
    "$SHARE/metainfo/$ID.metainfo.xml" "$ICONS/scalable/apps/$ID.svg"
  for size in "${SIZES[@]}"; do rm -f "$ICONS/${size}x${size}/apps/$ID.png"; done
  rm -rf "$APPDIR"
  echo "SupportDesk removed from $PREFIX (your data stays where it is)"
  exit 0
fi

[ -x "$HERE/supportdesk" ] || { echo "install.sh: run it from the SupportDesk bundle" >&2; exit 1; }
RES="$HERE/_internal/resources"
if [ "$HERE" != "$APPDIR" ]; then
  rm -rf "$APPDIR.new"
  mkdir -p "$(dirname "$APPDIR")"
  cp -a "$HERE" "$APPDIR.new"
  rm -rf "$APPDIR"
  mv "$APPDIR.new" "$APPDIR"
fi
mkdir -p "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" "$ICONS/scalable/apps"
ln -sfn "$APPDIR/supportdesk" "$PREFIX/bin/supportdesk"
# The menu entry starts this copy, wherever it is (Exec with the full path).
sed "s|^Exec=.*|Exec=\"$APPDIR/supportdesk\"|" "$RES/desktop/$ID.desktop" \
  >"$SHARE/applications/$ID.desktop"
cp "$RES/desktop/$ID.metainfo.xml" "$SHARE/metainfo/"
cp "$RES/icons/supportdesk.svg" "$ICONS/scalable/apps/$ID.svg"
for size in "${SIZES[@]}"; do
  mkdir -p "$ICONS/${size}x${size}/apps"
  cp "$RES/icons/png/supportdesk-$size.png" "$ICONS/${size}x${size}/apps/$ID.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" || true
echo "SupportDesk installed in $APPDIR; menu entry $SHARE/applications/$ID.desktop"
