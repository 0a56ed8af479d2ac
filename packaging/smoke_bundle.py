"""Smoke test of a built bundle on any platform (the Windows and macOS CI workflows).

    python packaging/smoke_bundle.py PATH-TO-supportdesk[.exe]

The same commands as scripts/smoke-commands.sh on Linux: --version, demo, stats,
pdf --year, check, the window offscreen in English (--self-test), an unknown option.
Every file goes to a temporary folder (--db and the PDF); paths are pathlib objects and
commands argument lists, never a shell line. Exits 1 at the first failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def run(exe: Path, *args: str, expect: int = 0) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SUPPORTDESK_DB", None)
    done = subprocess.run(
        [str(exe), *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=300
    )
    if done.returncode != expect:
        sys.exit(f"{exe.name} {' '.join(args)}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    print(f"ok  {' '.join(args)}")
    return done.stdout + done.stderr


def main() -> int:
    exe = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "smoke.sqlite3")
        pdf = Path(tmp) / "jaarrapport.pdf"
        assert run(exe, "--version").startswith("SupportDesk ")
        run(exe, "--db", db, "demo")
        assert "Adviesgesprekken" in run(exe, "--db", db, "stats", "--year", "2025")
        run(exe, "--db", db, "pdf", "--year", "2025", "--out", str(pdf))
        assert pdf.read_bytes()[:5] == b"%PDF-", "no PDF"
        assert b"DejaVuSans" in pdf.read_bytes(), "PDF without the bundled fonts"
        run(exe, "--db", db, "check")
        out = run(exe, "--db", db, "--self-test", "--language", "en")
        assert "ok    interface language en" in out, out
        error = run(exe, "--no-such-option", expect=2)
        assert len(error.strip().splitlines()) == 1, error
    print("smoke test: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
