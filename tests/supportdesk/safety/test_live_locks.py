"""The app keeps its SQLite locks, and so its WAL, while other programs use the file.

POSIX drops every lock a process holds on a file when it closes any descriptor of that
file. The start checks once read the header with a plain ``open()`` while the engine
was live: the app lost its locks, the next command checkpointed and deleted the ``-wal``
the app still wrote to, and every later save was invisible to other programs and lost
on a crash. Two real processes here: the app's start path holding the file, the
command line beside it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from db.session import Database
from supportdesk.backup import backup_database
from supportdesk.cli.common import sqlite_problem
from supportdesk.safety.backups import list_backups, make_backup, verify_backup
from supportdesk.safety.diagnosis import diagnose_file, read_head
from supportdesk.safety.permissions import secure_database
from supportdesk.safety.start_checks import run_start_checks
from supportdesk.safety.startup import open_safely
from tests.supportdesk.safety import processes

ROOT = Path(__file__).resolve().parents[3]
linux_only = pytest.mark.skipif(
    not Path("/proc/locks").exists(), reason="reads the kernel's lock table"
)


def locks_of(pid: int, path: Path) -> list[str]:
    """The POSIX locks process ``pid`` holds on the file at ``path`` (/proc/locks)."""
    st = os.stat(path)
    dev = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    return [
        line.split(":", 1)[1].strip()  # without the table's running number
        for line in Path("/proc/locks").read_text().splitlines()
        if f" {pid} " in line and f" {dev} " in line
    ]


@contextmanager
def held_open(path: Path) -> Iterator[Database]:
    """``path`` opened as the app opens it and read once, so that this process holds
    SQLite's locks on it; closed after."""
    db: Database = open_safely(str(path), "test", defer_checks=True).db
    try:
        with db.read() as s:
            s.connection().exec_driver_sql("SELECT count(*) FROM local_government").all()
        yield db
    finally:
        db.dispose()


def deleted_files_open(pid: int) -> list[str]:
    folder = Path(f"/proc/{pid}/fd")
    targets = []
    for fd in folder.iterdir():
        try:
            targets.append(os.readlink(fd))
        except OSError:
            continue
    return [t for t in targets if t.endswith("(deleted)")]


def command(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--db", str(path), *args],
        cwd=ROOT,
        env=processes.env(),
        capture_output=True,
        text=True,
        timeout=processes.TIMEOUT,
    )


def found(path: Path, text: str) -> list[str]:
    r = command(path, "search", text, "--json")
    assert r.returncode == 0, r.stderr
    return [hit["id"] for hit in json.loads(r.stdout)]


@pytest.mark.slow
@linux_only
def test_app_keeps_its_locks_and_wal_while_the_command_line_runs(new_file: Path):
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.supportdesk.safety.app_holder", str(new_file)],
        cwd=ROOT,
        env=processes.env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = processes.read_event(holder)
        assert ready == {"event": "ready", "checked": True, "problem": "None"}
        assert list_backups(new_file)  # the deferred start backup ran
        assert locks_of(holder.pid, new_file), "the app holds a lock once open"

        assert command(new_file, "search", "x").returncode == 0
        assert command(new_file, "stats").returncode == 0
        assert locks_of(holder.pid, new_file), "the app lost its SQLite lock"
        assert deleted_files_open(holder.pid) == [], "the app's -wal/-shm were deleted"

        processes.send(holder, "save Zanzibar")
        saved = processes.read_event(holder)
        assert saved["event"] == "saved"
        assert found(new_file, "Zanzibar") == [saved["id"]], "the save is invisible"
        assert locks_of(holder.pid, new_file)

        holder.send_signal(signal.SIGKILL)
        holder.wait(processes.TIMEOUT)
        assert found(new_file, "Zanzibar") == [saved["id"]], "the save was lost"
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(processes.TIMEOUT)
        for stream in (holder.stdin, holder.stdout, holder.stderr):
            if stream is not None:
                stream.close()


@linux_only
def test_no_check_drops_the_locks_of_this_process(new_file: Path, tmp_path: Path):
    """Every place that looks at the file while this process has it open (the start
    checks, the diagnosis, the CLI's look, backups, permissions) leaves the lock."""
    with held_open(new_file) as db:
        pid = os.getpid()
        before = locks_of(pid, new_file)
        assert before
        looks = {
            "read_head": lambda: read_head(new_file),
            "diagnose_file": lambda: diagnose_file(new_file),
            "cheap diagnose": lambda: diagnose_file(new_file, thorough=False),
            "run_start_checks": lambda: run_start_checks(new_file, 3),
            "start checks on a thread": lambda: _on_thread(lambda: run_start_checks(new_file, 3)),
            "sqlite_problem": lambda: sqlite_problem(new_file),
            "make_backup": lambda: make_backup(new_file),
            "verify_backup": lambda: verify_backup(new_file),
            "backup_database": lambda: backup_database(db.url, tmp_path / "copy.sqlite3"),
            "secure_database": lambda: secure_database(new_file),
        }
        for name, look in looks.items():
            look()
            assert locks_of(pid, new_file) == before, f"{name} dropped the lock"


def _on_thread(action) -> None:  # type: ignore[no-untyped-def]
    worker = threading.Thread(target=action)
    worker.start()
    worker.join()
