"""Restore while another process keeps saving: no committed save is lost (issue 9.4).

Every save the writer process reported as done must be in the restored database (saved
after the restore) or in the "voor-herstel" copy the restore kept (saved before), and
the writer must never have written into a file that was swapped away beneath it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from supportdesk.database import open_app_database
from supportdesk.safety.backups import BackupError, make_backup, restore
from supportdesk.services.contacts import ContactInput, create_contact
from tests.supportdesk.safety import processes
from tests.supportdesk.safety.conftest import government_ids

# More rounds for a longer run: SUPPORTDESK_RESTORE_RACE_ROUNDS=20 pytest -k racing
ROUNDS = int(os.environ.get("SUPPORTDESK_RESTORE_RACE_ROUNDS", "3"))
SAVES_AROUND = 3  # saves the writer must have made before, and after, each restore


def _start_writer(url: str, gov_id: str, prefix: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.supportdesk.safety.restore_writer", url, gov_id, prefix],
        cwd=processes.ROOT,
        env=processes.env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _read(proc: subprocess.Popen[str]) -> dict[str, Any]:
    event: dict[str, Any] = processes.read_event(proc)
    return event


def _wait_for_saves(proc: subprocess.Popen[str], n: int, events: list[dict[str, Any]]) -> None:
    seen = 0
    while seen < n:
        event = _read(proc)
        events.append(event)
        seen += "saved" in event


def _names(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT last_name FROM contact_person")}


def _restore_when_free(path: Path, backup: Path) -> Path:
    """Restore, trying again while the writer happens to hold the file open."""
    deadline = time.monotonic() + 60
    while True:
        try:
            kept = restore(path, backup)
        except BackupError as exc:
            if "geopend" not in exc.message or time.monotonic() > deadline:
                raise
            time.sleep(0.005)
            continue
        assert kept is not None
        return kept


def test_restore_racing_a_writer_loses_no_committed_save(new_file: Path):
    path = new_file
    url = f"sqlite:///{path}"
    db = open_app_database(url, seed=False)
    gov_id = government_ids(db, 1)[0]
    db.dispose()
    backup = make_backup(path)
    for round_ in range(ROUNDS):
        writer = _start_writer(url, gov_id, f"R{round_}x")
        events: list[dict[str, Any]] = []
        try:
            assert _read(writer) == {"ready": True}
            _wait_for_saves(writer, SAVES_AROUND, events)
            kept = _restore_when_free(path, backup)
            _wait_for_saves(writer, SAVES_AROUND, events)
        finally:
            out, err = processes.rest_of_output(writer)  # closes its stdin
        assert writer.returncode == 0, err
        events += [json.loads(line) for line in out.splitlines() if line.strip()]
        saved = [e for e in events if "saved" in e]
        errors = [e for e in events if "error" in e]
        assert not errors, errors
        lost = {e["saved"] for e in saved} - (_names(path) | _names(kept))
        assert not lost, f"round {round_}: {len(lost)} of {len(saved)} saves lost"
        into_gone_file = [e for e in saved if e["held"] and e["held"] != [e["file"]]]
        assert not into_gone_file, f"round {round_}: saves into a replaced file"


def test_restore_of_a_backup_with_another_page_size(new_file: Path, tmp_path: Path):
    """SQLite cannot write other-sized pages into a WAL database: restore still works."""
    db = open_app_database(f"sqlite:///{new_file}", seed=False)
    gov_id = government_ids(db, 1)[0]
    create_contact(db, ContactInput(gov_id, "Vóór"))
    db.dispose()
    backup = make_backup(new_file)
    with closing(sqlite3.connect(backup, isolation_level=None)) as conn:
        conn.execute("PRAGMA page_size=8192")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA page_size").fetchone() == (8192,)
    db = open_app_database(f"sqlite:///{new_file}", seed=False)
    create_contact(db, ContactInput(gov_id, "Na"))
    db.dispose()
    kept = restore(new_file, backup)
    assert kept is not None and _names(kept) == {"Vóór", "Na"}
    assert _names(new_file) == {"Vóór"}
    db = open_app_database(f"sqlite:///{new_file}", seed=False)
    create_contact(db, ContactInput(gov_id, "Daarna"))
    db.dispose()
    assert _names(new_file) == {"Vóór", "Daarna"}
