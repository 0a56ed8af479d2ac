"""Issue 9.8 "temporary files are removed on every exit path": a command stopped by
SIGTERM (``kill PID``, a service manager, a container stopping) or SIGINT (Ctrl+C) while
writing its output leaves no temporary or partial file, says so in one line and exits
non-zero. Before, SIGTERM ended the process at once and left the complete 0600 temporary
copy (``.NAME.PID-….supportdesk-tmp``) behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.supportdesk.safety.processes import ROOT, env

HELPER = "tests.supportdesk.cli.stopped_command"
COMMANDS = {
    "export": ["export", "--out", "{o}/all.json"],
    "table": ["table", "adviesgesprekken", "--out", "{o}/talks.csv"],
    "calendar": ["calendar", "--out", "{o}/agenda.ics"],
    "pdf": ["pdf", "--year", "2025", "--out", "{o}/year.pdf"],
    "backup": ["backup", "{o}/copy.sqlite3"],
}


@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"]
)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_stopped_command_leaves_no_temporary_file(
    db_file: Path, tmp_path: Path, command: str, sig: signal.Signals, code: int
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    args = [a.format(o=out) for a in COMMANDS[command]]
    proc = subprocess.Popen(
        [sys.executable, "-m", HELPER, "--db", str(db_file), *args],
        cwd=ROOT,
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("READY "), proc.stderr.read() if proc.stderr else ""
        temp = Path(line[len("READY ") :].strip())
        assert temp.parent == out and temp.is_file()
        assert temp.stat().st_mode & 0o777 == 0o600
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == code
    assert err.strip().splitlines() == ["supportdesk: onderbroken"]
    assert os.listdir(out) == []
    assert sorted(os.listdir(db_file.parent)) == sorted([db_file.name, "out"])
