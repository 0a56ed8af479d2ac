"""The app's order at start: cheap checks before the window, quick check and start
backup afterwards (``defer_checks``), and no writes once damage is found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from supportdesk.errors import DomainError
from supportdesk.safety.backups import list_backups
from supportdesk.safety.start_checks import (
    allow_writes,
    block_writes,
    run_start_checks,
    writes_blocked,
)
from supportdesk.safety.startup import DatabaseProblem, diagnose_file, open_safely
from supportdesk.services.contacts import ContactInput, create_contact, list_contacts
from tests.db.revisions import downgrade
from tests.supportdesk.safety.conftest import government_ids
from tests.supportdesk.safety.damage import overwrite_page


def test_deferred_open_makes_no_backup_and_names_the_pending_file(new_file: Path):
    opened = open_safely(str(new_file), "test", defer_checks=True)
    try:
        assert opened.checks_pending == new_file and opened.backup is None
        assert list_backups(new_file) == []
    finally:
        opened.db.dispose()


def test_run_start_checks_makes_the_backup_while_the_app_works(new_file: Path):
    opened = open_safely(str(new_file), "test", defer_checks=True, keep=2)
    try:
        lg = government_ids(opened.db, 1)[0]
        create_contact(opened.db, ContactInput(lg, "Özdemir"))
        for _ in range(3):
            check = run_start_checks(new_file, keep=2)
            assert check.problem is None and check.backup is not None
            assert check.backup.is_file() and diagnose_file(check.backup) is None
        assert len(list_backups(new_file)) == 2  # rotation as before
    finally:
        opened.db.dispose()


@pytest.mark.parametrize(
    "spoil, kind",
    [
        (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "truncated"),
        (lambda p: p.write_text("geen databank", encoding="utf-8"), "not_database"),
    ],
)
def test_cheap_checks_still_refuse_before_anything_writes(new_file: Path, spoil, kind):
    open_safely(str(new_file), "test").db.dispose()  # one good backup
    spoil(new_file)
    before = new_file.read_bytes()
    with pytest.raises(DatabaseProblem) as info:
        open_safely(str(new_file), "test", defer_checks=True)
    assert info.value.kind == kind and info.value.newest_backup is not None
    assert new_file.read_bytes() == before


def test_newer_database_refused_with_deferred_checks(new_file: Path):
    with sqlite3.connect(new_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    with pytest.raises(DatabaseProblem) as info:
        open_safely(str(new_file), "test", defer_checks=True)
    assert info.value.kind == "newer"


def test_a_file_that_needs_migrating_is_checked_and_backed_up_first(new_file: Path):
    from db.engine import build_engine

    engine = build_engine(f"sqlite:///{new_file}")
    downgrade(engine, "-1")  # one revision behind, as after an update of the app
    engine.dispose()
    opened = open_safely(str(new_file), "test", defer_checks=True)
    try:
        assert opened.checks_pending is None and opened.backup is not None
    finally:
        opened.db.dispose()


def test_damage_found_later_blocks_writes(new_file: Path):
    open_safely(str(new_file), "test").db.dispose()
    opened = open_safely(str(new_file), "test", defer_checks=True)
    db = opened.db
    try:
        lg = government_ids(db, 1)[0]
        backups_before = list_backups(new_file)
        db.dispose()
        overwrite_page(new_file)
        check = run_start_checks(new_file, keep=10)
        assert check.problem is not None and check.problem.kind == "damaged"
        assert check.backup is None and list_backups(new_file) == backups_before
        block_writes(db)
        assert writes_blocked(db)
        before = new_file.read_bytes()
        with pytest.raises(DomainError):
            create_contact(db, ContactInput(lg, "Na de schade"))
        db.dispose()
        assert new_file.read_bytes() == before
        allow_writes(db)
        assert not writes_blocked(db)
    finally:
        db.dispose()


def test_blocked_writes_can_be_allowed_again(new_file: Path):
    opened = open_safely(str(new_file), "test", defer_checks=True)
    db = opened.db
    try:
        lg = government_ids(db, 1)[0]
        block_writes(db)
        with pytest.raises(DomainError):
            create_contact(db, ContactInput(lg, "Geblokkeerd"))
        allow_writes(db)
        create_contact(db, ContactInput(lg, "Toegelaten"))
        assert [c.last_name for c in list_contacts(db, lg)] == ["Toegelaten"]
    finally:
        db.dispose()


def test_opening_does_not_wait_for_another_program_writing(new_file: Path):
    """Opening an up-to-date database reads only: it does not queue behind a writer
    (before, the reference-data check took the write lock on every start)."""
    open_safely(str(new_file), "test").db.dispose()  # WAL mode, as the app leaves it
    writer = sqlite3.connect(new_file, isolation_level=None, timeout=0)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE theme SET description = description")
        opened = open_safely(str(new_file), "test", defer_checks=True)
        try:
            assert government_ids(opened.db, 1)
        finally:
            opened.db.dispose()
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def _held(path: Path) -> sqlite3.Connection:
    """Another program holding the file: an exclusive lock no reader gets past."""
    holder = sqlite3.connect(path, timeout=1)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return holder


def _short_wait(monkeypatch) -> None:
    """The checks wait 0.2 s for a lock instead of 15 s."""
    from supportdesk.safety import diagnosis

    real = diagnosis.reading_connection
    monkeypatch.setattr(diagnosis, "reading_connection", lambda p, **k: real(p, timeout=0.2))


def test_a_file_another_program_holds_is_not_damage(new_file: Path, monkeypatch):
    """A lock held through the check's wait is said as such: no damage, no backup put
    back or made, and the next start checks again."""
    from supportdesk.safety.check_record import checked_recently

    first = run_start_checks(new_file, keep=2)
    assert first.problem is None and first.backup is not None
    _short_wait(monkeypatch)
    holder = _held(new_file)
    try:
        assert diagnose_file(new_file).kind == "locked"  # type: ignore[union-attr]
        check = run_start_checks(new_file, keep=2)
    finally:
        holder.close()
    assert check.problem is None and check.backup is None
    assert check.not_checked is not None and "in gebruik" in check.not_checked
    assert [b.path for b in list_backups(new_file)] == [first.backup]
    assert not checked_recently(new_file)  # the next start checks again
    again = run_start_checks(new_file, keep=2)
    assert again.problem is None and again.not_checked is None
