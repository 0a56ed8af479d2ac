"""Opening the database at start, safely: look first, back up, then migrate.

Before the app touches an SQLite file it checks, without writing to it, that the file is
an intact SupportDesk database of this version or older: the SQLite header, the size the
header promises (a truncated copy is shorter), ``PRAGMA quick_check``, and the schema
revision. Only a healthy file gets a start backup (a damaged one must not push good
backups out of the rotation) and is migrated. Any problem becomes ``DatabaseProblem``:
a Dutch message, what kind of problem, and the backups there are to choose from, so the
caller can offer "restore the newest backup" or "open another file", never a traceback
and never an overwrite.

A database made by a newer SupportDesk is refused, not "upgraded" downwards.

The app opens with ``defer_checks=True``: the quick check and the start backup, which
read (and copy) the whole file, then run after the window shows
(``supportdesk.safety.start_checks``), and only when they are needed: the backup when the
file changed since the newest start backup, the quick check at most once a day and
always after a crash (``supportdesk.safety.check_record``). The cheap checks stay in
front, and a file that needs a migration still gets the full check and its backup before
the migration writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from db.engine import UnsupportedDatabase, is_sqlite, resolve_url, sqlite_path
from db.migrate import (
    NewerDatabase,
    NotSupportDeskDatabase,
    ServerUnreachable,
    UnreadableDatabase,
)
from db.session import Database
from db.sqlite_files import reading_connection
from supportdesk.errors import DomainError
from supportdesk.safety.backups import DEFAULT_KEEP, BackupInfo, backup_at_start, list_backups
from supportdesk.safety.check_record import (
    StartPlan,
    begin_session,
    file_stamp,
    forget_check,
    plan_start,
    record_backup,
    record_check,
)
from supportdesk.safety.diagnosis import (
    MARKER_TABLE,
    SQLITE_HEADER,
    Problem,
    diagnose_file,
    special_file_problem,
)
from supportdesk.safety.permissions import is_default_folder, secure_database

__all__ = [
    "MARKER_TABLE",
    "SQLITE_HEADER",
    "DatabaseProblem",
    "Opened",
    "Problem",
    "diagnose_file",
    "open_safely",
]


class DatabaseProblem(DomainError):
    """The database cannot be opened; the caller offers a backup or another file."""

    def __init__(
        self,
        kind: str,
        message: str,
        path: Path | None,
        backups: list[BackupInfo],
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path
        self.backups = backups
        self.detail = detail

    @classmethod
    def of(cls, problem: Problem, path: Path | None, backups: list[BackupInfo]) -> DatabaseProblem:
        return cls(problem.kind, problem.message, path, backups, problem.detail)

    @property
    def newest_backup(self) -> BackupInfo | None:
        return self.backups[0] if self.backups else None


def _opener() -> Callable[..., Database]:
    from supportdesk.database import open_app_database  # registers the change log too

    return open_app_database


@dataclass
class Opened:
    """An open database and the start backup made of it (None on PostgreSQL)."""

    db: Database
    backup: Path | None = None
    removed_backups: list[Path] = field(default_factory=list)
    # With ``defer_checks``: the file whose quick check and start backup are still to
    # be done (``start_checks.run_start_checks``); None when nothing is left to do.
    checks_pending: Path | None = None
    # Which of the two ``checks_pending`` needs (``check_record.plan_start``).
    plan: StartPlan = field(default_factory=StartPlan)
    # The app's session on this file (``check_record.end_session`` at a clean exit).
    session: Path | None = None


def _at_head(path: Path) -> bool:
    """True when the file's schema revision is the newest (opening will not migrate)."""
    from db.migrate import head_revision

    try:
        with closing(reading_connection(path)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == head_revision()


def open_safely(
    url_or_path: str | None = None,
    actor: str | None = None,
    *,
    keep: int = DEFAULT_KEEP,
    backup: bool = True,
    defer_checks: bool = False,
) -> Opened:
    """Check, back up and open the database; raises ``DatabaseProblem`` instead.

    For a new SQLite file (none there yet, or an empty file with no backups) a new
    database is made. PostgreSQL gets the schema checks only (no file to back up).
    With ``defer_checks`` a sound file already at the newest schema is opened after
    the cheap checks only, and ``Opened.checks_pending`` names it for the caller to run
    the quick check and backup later; one that needs migrating is checked in full and
    backed up first, as without it.
    """
    url = resolve_url(url_or_path)
    path = sqlite_path(url) if is_sqlite(url) else None
    made: Path | None = None
    pending: Path | None = None
    plan = StartPlan()
    session: Path | None = None
    if path is not None:
        special = special_file_problem(path)  # before anything else: never touch a device
        if special is not None:
            raise DatabaseProblem.of(special, path, [])
    if path is not None and path.exists():
        crashed = False
        if defer_checks and backup:  # the app's own start: before anything opens the file
            crashed = begin_session(path)
            session = path
        # The header and size are read here, before this process opens the file through
        # SQLite (see ``diagnosis``); the deferred quick check later goes through SQLite.
        stamp = file_stamp(path)
        problem = diagnose_file(path, thorough=not defer_checks)
        backups = list_backups(path)
        if problem and not (problem.kind == "empty" and not backups):
            forget_check(path)
            raise DatabaseProblem.of(problem, path, backups)
        deferred = False
        if problem is None and defer_checks:
            if backup and _at_head(path):
                deferred = True
                plan = plan_start(path, crashed)
                pending = path if plan.anything else None
            else:  # a migration will write: the full check first, as without defer
                problem = diagnose_file(path)
                if problem:
                    forget_check(path)
                    raise DatabaseProblem.of(problem, path, backups)
        if problem is None and not deferred:  # the full check passed
            record_check(path, stamp)
        if backup and problem is None and not deferred:
            made = backup_at_start(path, keep)
            if made is not None:
                record_backup(path, stamp, made)
    try:
        db = _opener()(url, actor)
    except NewerDatabase as exc:
        raise DatabaseProblem("newer", str(exc), path, _backups(path)) from exc
    except NotSupportDeskDatabase as exc:
        raise DatabaseProblem("foreign", str(exc), path, _backups(path)) from exc
    except UnreadableDatabase as exc:
        kind = "unreachable" if isinstance(exc, ServerUnreachable) else "unreadable"
        raise DatabaseProblem(kind, str(exc), path, _backups(path), exc.detail) from exc
    except UnsupportedDatabase as exc:
        raise DatabaseProblem("unsupported", str(exc), path, []) from exc
    if path is not None:
        secure_database(path, own_folder=is_default_folder(path))
        if made is not None:
            secure_database(made)
    return Opened(db, made, checks_pending=pending, plan=plan, session=session)


def _backups(path: Path | None) -> list[BackupInfo]:
    return list_backups(path) if path is not None else []
