"""``supportdesk backup FILE``: a consistent copy of an SQLite database, also while in use.

SQLite's online backup API (``sqlite3.Connection.backup``, through
``supportdesk.safety.backups.online_copy``) copies the pages under a read transaction,
so the copy is one moment of the database even while the app or another process keeps
writing. The copy is written to a temporary file and renamed, then checked with
``PRAGMA quick_check``; an existing file is never overwritten.

PostgreSQL has no file to copy: use ``pg_dump`` or ``supportdesk export``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from db.engine import sqlite_path
from supportdesk.safety.backups import BackupError, online_copy
from supportdesk.safety.diagnosis import diagnose_file


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int  # bytes


def backup_database(url: str, target: Path) -> BackupResult:
    """Copy the SQLite database behind ``url`` to ``target`` (a new file)."""
    source = sqlite_path(url)
    if source is None:
        raise BackupError(
            "backup kopieert enkel een SQLite-bestand; maak van een PostgreSQL-databank een "
            "kopie met pg_dump of met 'supportdesk export'"
        )
    if not source.is_file():
        raise BackupError(f"{source}: databank bestaat niet")
    target = target.expanduser()
    if target.exists():
        raise BackupError(f"{target}: bestaat al; kies een nieuwe bestandsnaam")
    if not target.parent.is_dir():
        raise BackupError(f"{target}: map {target.parent} bestaat niet")
    try:
        online_copy(source, target, replace=False)  # not over a file made meanwhile
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"{target}: kopie mislukt ({exc})") from exc
    problem = diagnose_file(target)  # the same diagnosis as the app's start checks
    if problem is not None:
        target.unlink(missing_ok=True)
        raise BackupError(f"{target}: de kopie is niet in orde ({problem.message}); verwijderd")
    return BackupResult(target, target.stat().st_size)
