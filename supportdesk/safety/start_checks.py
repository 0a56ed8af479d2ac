"""The slow half of the start checks, run after the window shows, and what to do if it
finds damage.

At 100,000 advice talks ``PRAGMA quick_check`` reads the whole file (~1-2 s) and the
start backup copies it (~3-5 s); done before the window, they kept the user waiting
for a window they could not yet use. ``open_safely(..., defer_checks=True)`` keeps only
the cheap checks before the window (header, size the header promises, schema revision:
a file that is no database, truncated, foreign or newer is still refused before
anything writes) and leaves these two to ``run_start_checks``, which a background
thread runs on its own SQLite connections: the quick check reads a consistent snapshot
and the online backup API copies one, both safe while the app works.

When the quick check finds damage, ``block_writes`` makes every connection of the
app's database read-only (``PRAGMA query_only``) until a backup is put back, so nothing
is written on top of the damage while the user chooses what to do.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event

from db.session import Database
from supportdesk.safety.backups import BackupError, BackupInfo, backup_at_start, list_backups
from supportdesk.safety.check_record import (
    StartPlan,
    file_stamp,
    forget_check,
    record_backup,
    record_check,
)
from supportdesk.safety.diagnosis import LOCKED
from supportdesk.safety.permissions import secure_database
from supportdesk.safety.startup import Problem, diagnose_file


@dataclass(frozen=True)
class StartCheck:
    """What the deferred checks found: a problem (no backup is made of a damaged file),
    or the start backup made (None if it could not be made: ``backup_error`` says why, or
    it was not needed: the file had not changed since the newest one). ``not_checked``
    says why the check could not run (another program held the file): no damage, no
    backup; the next start checks again."""

    path: Path
    problem: Problem | None = None
    not_checked: str | None = None
    backup: Path | None = None
    backup_error: str | None = None
    backups: list[BackupInfo] = field(default_factory=list)


def run_start_checks(path: Path, keep: int, plan: StartPlan | None = None) -> StartCheck:
    """The full quick check, then (only on a sound file) the start backup and rotation;
    with a ``plan`` (``Opened.plan``) only the parts it asks for.

    Blocking; meant for a worker thread. Opens its own connections, never the app's.
    Each successful check and backup is recorded with the file's stamp as it was when
    it began (``check_record``), so a file changed meanwhile is checked again next time.
    """
    plan = plan or StartPlan()
    if plan.check:
        stamp = file_stamp(path)
        problem = diagnose_file(path)
        if problem is not None:
            forget_check(path)
            if problem.kind == LOCKED:
                return StartCheck(path, not_checked=problem.message, backups=list_backups(path))
            return StartCheck(path, problem=problem, backups=list_backups(path))
        record_check(path, stamp)
    if not plan.backup:
        return StartCheck(path, backups=list_backups(path))
    try:
        stamp = file_stamp(path)
        made = backup_at_start(path, keep)
    except BackupError as exc:
        return StartCheck(path, backup_error=exc.message, backups=list_backups(path))
    if made is not None:
        secure_database(made)
        record_backup(path, stamp, made)
    return StartCheck(path, backup=made, backups=list_backups(path))


def _query_only(dbapi_conn: Any, _record: Any) -> None:
    if isinstance(dbapi_conn, sqlite3.Connection):
        dbapi_conn.execute("PRAGMA query_only=ON")


def block_writes(db: Database) -> None:
    """From now on every connection of ``db`` refuses to write (a save fails with a
    storage error instead of writing into a damaged file); reading still works."""
    if not event.contains(db.engine, "connect", _query_only):
        event.listen(db.engine, "connect", _query_only)
    db.engine.dispose()  # connections made before the block are closed


def allow_writes(db: Database) -> None:
    """Undo ``block_writes`` (after a sound backup was put back)."""
    if event.contains(db.engine, "connect", _query_only):
        event.remove(db.engine, "connect", _query_only)
    db.engine.dispose()


def writes_blocked(db: Database) -> bool:
    return event.contains(db.engine, "connect", _query_only)
