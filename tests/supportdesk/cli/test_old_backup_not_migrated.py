"""Issue 9.7 for a backup made by an older version: a reading command (stats, export,
search, person find, pdf, table, calendar) on a rollback-journal file (every backup is
one) whose schema is older than this version's changes no byte of it and says so in one
line. Before, the reading command opened it for writing and migrated it in place
(switching it to WAL as well), so looking at last month's backup changed it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.engine import build_engine, sqlite_url
from db.migrate import schema_state

COMMANDS = [
    ["stats"],
    ["export"],
    ["search", "x"],
    ["person", "find", "a"],
    ["table", "adviesgesprekken", "--out", "{d}/lijst.csv"],
    ["calendar", "--out", "{d}/agenda.ics"],
    ["pdf", "--year", "2025", "--out", "{d}/jaar.pdf"],
]


def folder_state(folder: Path) -> dict[str, tuple[int, str]]:
    return {
        p.name: (p.stat().st_mode, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(folder.iterdir())
    }


@pytest.fixture
def old_backup(sqlite_template: Path, tmp_path: Path) -> Path:
    """A rollback-journal copy that says it is one schema version behind."""
    folder = tmp_path / "backups"
    folder.mkdir()
    path = folder / "team-start-20250101-000000-000000.sqlite3"
    shutil.copyfile(sqlite_template, path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    (head,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
    older = f"{int(head) - 1:04d}"
    con.execute("UPDATE alembic_version SET version_num = ?", (older,))
    con.commit()
    con.close()
    os.chmod(path, 0o600)
    engine = build_engine(sqlite_url(path), read_only=True)
    try:
        assert not schema_state(engine).up_to_date
    finally:
        engine.dispose()
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_reading_an_old_backup_changes_nothing(cli, old_backup: Path, command) -> None:
    folder = old_backup.parent
    out = folder.parent / "uitvoer"
    out.mkdir()
    before = folder_state(folder)
    run = cli("--db", str(old_backup), *[a.format(d=out) for a in command])
    assert run.code != 0
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and "leesopdracht verandert dit bestand niet" in lines[0], run.err
    assert run.out == ""
    assert folder_state(folder) == before
    assert list(out.iterdir()) == []
