"""Killed mid-write: SIGKILL processes while they save in a loop, round after round.

Afterwards the database passes the integrity check and every save that had returned
before the kill is there, with the version and text it returned.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import AdviceTalk
from db.session import Database
from supportdesk.safety.startup import diagnose_file
from tests.supportdesk.safety import processes
from tests.supportdesk.safety.conftest import government_ids

# More rounds for a longer stress run: SUPPORTDESK_KILL_ROUNDS=25 pytest -k sigkill
ROUNDS = int(os.environ.get("SUPPORTDESK_KILL_ROUNDS", "5"))
WRITERS = 2  # processes writing at once, each killed at its own moment
SURVIVED: list[int] = []  # saves confirmed per killed process, for the report


def _collect(proc: subprocess.Popen[str], log: list[dict[str, Any]], go: threading.Event) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        try:
            log.append(json.loads(line))
        except ValueError:  # a line cut short by the kill was never a confirmed save
            continue
        go.set()


def _check(path: Path) -> None:
    """``supportdesk check`` when the command exists; SQLite's own full check always."""
    from supportdesk.cli.app import COMMAND_MODULES

    if "check" in COMMAND_MODULES:
        from main import main

        assert main(["--db", str(path), "check"]) == 0
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert diagnose_file(path) is None


def _close(proc: subprocess.Popen[str]) -> None:
    for f in (proc.stdin, proc.stdout, proc.stderr):
        if f is not None:
            f.close()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_while_saving_loses_no_returned_save(sqlite_db: Database):
    path = Path(sqlite_db.url.removeprefix("sqlite:///"))
    lg = government_ids(sqlite_db, 1)[0]
    sqlite_db.dispose()
    rng = random.Random(20251127)
    # Started ahead, all at once (Python's start-up is the slow part); each waits for "go".
    waiting = [processes.start("loop", sqlite_db.url, lg) for _ in range(ROUNDS * WRITERS)]
    confirmed: dict[str, dict[str, Any]] = {}
    try:
        for r in range(ROUNDS):
            procs = waiting[r * WRITERS : (r + 1) * WRITERS]
            logs: list[list[dict[str, Any]]] = [[] for _ in procs]
            readers = []
            for proc, log in zip(procs, logs, strict=True):
                go = threading.Event()
                t = threading.Thread(target=_collect, args=(proc, log, go), daemon=True)
                t.start()
                readers.append((t, go))
                processes.send(proc, "go")
            for _t, go in readers:
                assert go.wait(60), "a writer saved nothing"
            for proc in procs:
                time.sleep(rng.uniform(0.02, 0.4))
                os.kill(proc.pid, signal.SIGKILL)
            for (t, _), proc in zip(readers, procs, strict=True):
                proc.wait(30)
                t.join(30)
                assert proc.returncode == -signal.SIGKILL
            for log in logs:
                SURVIVED.append(len(log))
                for e in log:
                    confirmed[e["id"]] = e  # a talk's last event is its newest state
            _check(path)
    finally:
        for proc in waiting:
            if proc.poll() is None:
                proc.kill()
                proc.wait(30)
            _close(proc)

    from supportdesk.database import open_app_database

    db = open_app_database(str(path), seed=False)
    with db.read() as s:
        stored = {t.public_id: (t.version, t.advice) for t in s.scalars(select(AdviceTalk))}
    db.dispose()
    assert [i for i in confirmed if i not in stored] == []
    for talk_id, e in confirmed.items():
        version, advice = stored[talk_id]
        # A later save may have landed after the last one reported, never an older one.
        assert version >= e["version"]
        if e["event"] == "edited" and version == e["version"]:
            assert advice == e["advice"]
    print(
        f"kills: {len(SURVIVED)}, confirmed saves per killed process: {SURVIVED}, "
        f"talks confirmed: {len(confirmed)}"
    )
