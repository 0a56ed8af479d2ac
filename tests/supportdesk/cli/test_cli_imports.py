"""Commands other than ``demo`` never import the demo generator or Faker (a third of a
second of every command's start); ``stats`` imports no spreadsheet writer (openpyxl), no
Alembic and no JSON exchange either (issue 15: ``stats`` as a process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_stats_imports_no_faker(tmp_path: Path) -> None:
    db = tmp_path / "leeg.sqlite3"
    code = (
        "import sys, runpy\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        f"sys.argv = ['main.py', '--db', {str(db)!r}, 'stats']\n"
        "try:\n"
        f"    runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('faker', 'openpyxl', 'alembic', 'supportdesk.demo', 'supportdesk.exchange')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith(heavy))\n"
        "print('LOADED', bad)\n"
    )
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"],
        check=True,
        capture_output=True,
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "LOADED []" in out, out
