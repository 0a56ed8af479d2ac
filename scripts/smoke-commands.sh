#!/usr/bin/env bash
# The checks an installed SupportDesk must pass, whatever it was installed from: run by
# scripts/smoke-wheel.sh (the wheel's `supportdesk` in a fresh virtualenv) and by
# scripts/smoke-app.sh (the frozen bundle).
#
#   bash scripts/smoke-commands.sh SUPPORTDESK WORKDIR
#
# SUPPORTDESK is the command to try, WORKDIR an empty folder (the data folder, settings
# and every file made go there; the user's own data is never touched). Exits non-zero
# at the first failure, with a line saying which check failed.
set -euo pipefail
SD="$1"
W="$2"
say() { echo "[smoke] $*" >&2; }
fail() { echo "[smoke] MISLUKT: $*" >&2; exit 1; }

# A home of its own: platformdirs and QSettings follow XDG_* on Linux.
export HOME="$W/home" XDG_DATA_HOME="$W/home/data" XDG_CONFIG_HOME="$W/home/config"
export XDG_CACHE_HOME="$W/home/cache" QT_QPA_PLATFORM=offscreen
unset SUPPORTDESK_DB
mkdir -p "$HOME"
DEFAULT_DB="$XDG_DATA_HOME/SupportDesk/supportdesk.sqlite3"

# one_line_error EXPECTED_CODE COMMAND...: fails unless the command exits with that code
# and writes exactly one line on stderr (no traceback, no Qt abort).
one_line_error() {
  local want="$1" code=0
  shift
  "$@" >"$W/out" 2>"$W/err" || code=$?
  [ "$code" -eq "$want" ] || fail "$* gaf afsluitcode $code, verwacht $want: $(cat "$W/err")"
  [ "$(wc -l <"$W/err")" -eq 1 ] || fail "$* schreef niet één regel op stderr: $(cat "$W/err")"
  say "  $(cat "$W/err")"
}

say "--version"
version="$("$SD" --version)"
[[ "$version" =~ ^SupportDesk\ [0-9]+\.[0-9]+ ]] || fail "--version gaf '$version'"
say "  $version"

say "demo in a data folder that does not exist yet"
[ ! -e "$XDG_DATA_HOME" ] || fail "$XDG_DATA_HOME bestaat al"
"$SD" demo >/dev/null
[ -f "$DEFAULT_DB" ] || fail "demo maakte $DEFAULT_DB niet"

say "stats, search, export"
"$SD" stats --year 2025 | grep -q "Adviesgesprekken" || fail "stats toont geen adviesgesprekken"
"$SD" stats --year 2025 --json >"$W/stats.json"
"$SD" search gent >/dev/null
"$SD" export --out "$W/export.json"
[ -s "$W/export.json" ] || fail "export is leeg"

say "pdf --year with the bundled fonts"
"$SD" pdf --year 2025 --out "$W/jaarrapport.pdf"
head -c 5 "$W/jaarrapport.pdf" | grep -q "%PDF-" || fail "pdf --year maakte geen PDF"
if command -v pdffonts >/dev/null 2>&1; then
  fonts="$(pdffonts "$W/jaarrapport.pdf" | tail -n +3)"
  echo "$fonts" | grep -q "DejaVuSans" || fail "PDF zonder DejaVu Sans: $fonts"
  if echo "$fonts" | awk '{print $(NF-4)}' | grep -qv yes; then fail "niet elk lettertype ingebed: $fonts"; fi
fi

say "check"
"$SD" check >/dev/null || fail "check vond problemen"

say "the window offscreen, in English and in Dutch (--self-test)"
"$SD" --self-test --language en >"$W/self-en.txt" 2>"$W/self-en.err" ||
  fail "self-test (en): $(cat "$W/self-en.txt" "$W/self-en.err")"
grep -q "^ok    interface language en" "$W/self-en.txt" || fail "geen Engels: $(cat "$W/self-en.txt")"
"$SD" --db "$DEFAULT_DB" --self-test --language nl >"$W/self-nl.txt" 2>"$W/self-nl.err" ||
  fail "self-test (nl): $(cat "$W/self-nl.txt" "$W/self-nl.err")"
grep -q "^ok    window shown" "$W/self-nl.txt" || fail "geen venster: $(cat "$W/self-nl.txt")"

say "bad input: one line, nothing lost"
before="$(sha256sum <"$W/export.json")"
one_line_error 2 "$SD" --no-such-option
one_line_error 2 "$SD" stats --no-such-option
one_line_error 1 "$SD" --db "$W/missing.sqlite3" stats
one_line_error 2 env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$SD"
grep -q "opdrachtregel" "$W/err" || fail "geen uitleg over de opdrachtregel"
touch "$W/a-file"
one_line_error 1 env XDG_DATA_HOME="$W/a-file/data" "$SD" demo
"$SD" export --out "$W/export-after.json"
[ "$before" = "$(sha256sum <"$W/export-after.json")" ] || fail "de gegevens veranderden"
say "ok"
