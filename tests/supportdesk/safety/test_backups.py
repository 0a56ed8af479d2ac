"""Start backups (rotation, owner-only) and restore (checked, keeps what it replaces)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from db.session import Database
from supportdesk.safety import backups
from supportdesk.safety.backups import BackupError, list_backups, restore, rotate
from supportdesk.safety.permissions import mode_of
from supportdesk.safety.startup import open_safely
from supportdesk.services.contacts import ContactInput, create_contact, list_contacts
from tests.supportdesk.safety.conftest import government_ids


def _open(path: Path, keep: int = 3) -> Database:
    return open_safely(str(path), "test", keep=keep).db


def test_start_backup_rotates_and_is_owner_only(tmp_path: Path):
    path = tmp_path / "team.sqlite3"
    _open(path).dispose()  # new: nothing to back up yet
    assert list_backups(path) == []
    path.chmod(0o644)
    for _ in range(5):
        _open(path, keep=3).dispose()
    found = list_backups(path)
    assert len(found) == 3 and all(b.kind == "start" for b in found)
    assert found[0].made_at > found[-1].made_at  # newest first
    if os.name == "posix":
        assert mode_of(path) == 0o600
        assert mode_of(found[0].path.parent) == 0o700
        assert all(mode_of(b.path) == 0o600 for b in found)
    # A backup is a complete, standalone SQLite file (no WAL beside it).
    with sqlite3.connect(found[0].path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM local_government").fetchone()[0] >= 285
    assert not Path(str(found[0].path) + "-wal").exists()


def test_backup_sees_committed_data_of_an_open_database(tmp_path: Path, new_file: Path):
    path = new_file
    db = _open(path)
    lg = government_ids(db, 1)[0]
    create_contact(db, ContactInput(lg, "Peeters"))  # in the WAL, not yet checkpointed
    made = backups.make_backup(path)
    with sqlite3.connect(made) as conn:
        assert conn.execute("SELECT last_name FROM contact_person").fetchall() == [("Peeters",)]
    db.dispose()


def test_restore_puts_backup_back_and_keeps_what_it_replaced(tmp_path: Path, new_file: Path):
    path = new_file
    db = _open(path)
    lg = government_ids(db, 1)[0]
    create_contact(db, ContactInput(lg, "Voor"))
    db.dispose()
    db = _open(path)  # start backup holds "Voor"
    create_contact(db, ContactInput(lg, "Na"))
    db.dispose()

    newest = list_backups(path)[0]
    kept = restore(path, newest.path)
    assert kept is not None and kept.exists()
    db = open_safely(str(path), backup=False).db
    assert [c.last_name for c in list_contacts(db, lg)] == ["Voor"]
    db.dispose()
    # What it replaced is kept, with "Na" in it, and rotation never removes it.
    with sqlite3.connect(kept) as conn:
        names = {r[0] for r in conn.execute("SELECT last_name FROM contact_person")}
    assert names == {"Voor", "Na"}
    rotate(path, keep=1)
    assert kept.exists()


def test_restore_refuses_a_damaged_or_foreign_backup(tmp_path: Path, new_file: Path):
    path = new_file
    _open(path).dispose()
    before = path.read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("geen databank")
    with pytest.raises(BackupError, match="kan niet teruggezet"):
        restore(path, junk)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(BackupError):
        restore(path, foreign)
    with pytest.raises(BackupError):
        restore(path, tmp_path / "missing.sqlite3")
    assert path.read_bytes() == before
    assert not any(b.kind == "voor-herstel" for b in list_backups(path))


def test_restore_over_a_damaged_database_keeps_its_bytes(tmp_path: Path, new_file: Path):
    path = new_file
    _open(path).dispose()
    _open(path).dispose()
    good = list_backups(path)[0].path
    path.write_bytes(b"\x00" * 5000)  # ruined
    kept = restore(path, good)
    assert kept is not None and kept.read_bytes() == b"\x00" * 5000
    db = open_safely(str(path), backup=False).db
    assert government_ids(db, 1)
    db.dispose()


def test_restore_refuses_while_the_database_is_open_elsewhere(new_file: Path):
    path = new_file
    _open(path).dispose()
    backup = list_backups(path)[0].path
    other = _open(path)  # another window on the same file, idle but open
    government_ids(other, 1)
    with pytest.raises(BackupError, match="nog geopend"):
        restore(path, backup)
    other.dispose()
    assert restore(path, backup) is not None
