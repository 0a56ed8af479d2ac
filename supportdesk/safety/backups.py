"""Rotating backups of an SQLite database, and putting one back.

When the app starts on a healthy SQLite file it copies it with SQLite's online backup
API (a consistent snapshot even while another process writes) into ``backups/`` beside
the database, and keeps the newest N of those start backups (N from the settings).

Restoring puts a backup back after the caller has asked for confirmation: the backup is
checked first (a damaged or foreign file is refused), then the database it replaces is
copied to ``backups/`` as a "before restore" copy, which rotation never deletes, and
only then is the backup copied in. Everything is owner-only (see ``permissions``).

On PostgreSQL there is no file to copy: the README points to ``pg_dump`` and export.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from supportdesk.errors import DomainError
from supportdesk.safety.permissions import (
    SIDE_FILES,
    secure_database,
    secure_file,
    secure_folder,
)

DEFAULT_KEEP = 10
FOLDER_NAME = "backups"
START_TAG = "start"
BEFORE_RESTORE_TAG = "voor-herstel"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<tag>start|voor-herstel)-(?P<ts>\d{8}-\d{6}-\d{6})\.sqlite3$")


class BackupError(DomainError):
    """A backup could not be made or put back; the database is as it was."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made, and why."""

    path: Path
    made_at: datetime  # UTC, from the file name
    kind: str  # "start" or "voor-herstel"
    size: int


def backup_folder(db_path: Path) -> Path:
    """The ``backups/`` folder beside the database."""
    return db_path.parent / FOLDER_NAME


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def online_copy(source: Path, target: Path) -> None:
    """Copy an SQLite database with the online backup API, whole or not at all.

    The copy goes to a temporary file first and is renamed into place, so a crash
    leaves either no backup or a complete one.
    """
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(tmp)) as dst,
        ):
            src.backup(dst)
            # A backup is one file: no WAL beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        secure_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def make_backup(db_path: Path, tag: str = START_TAG) -> Path:
    """A new backup of ``db_path`` in its ``backups/`` folder; returns its path."""
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    secure_folder(folder)
    target = folder / f"{db_path.stem}-{tag}-{_stamp()}.sqlite3"
    try:
        online_copy(db_path, target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"Kon geen reservekopie maken van {db_path.name}: {exc}") from exc
    return target


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of this database, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if not m or m["stem"] != db_path.stem or not p.is_file():
            continue
        made = datetime.strptime(m["ts"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        found.append(BackupInfo(p, made, m["tag"], p.stat().st_size))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def newest_backup(db_path: Path) -> BackupInfo | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def rotate(db_path: Path, keep: int) -> list[Path]:
    """Delete start backups beyond the newest ``keep``; "before restore" copies stay."""
    starts = [b for b in list_backups(db_path) if b.kind == START_TAG]
    removed = [b.path for b in starts[max(keep, 1) :]]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def backup_at_start(db_path: Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """The start backup: a copy of a non-empty database, then rotation to ``keep``.

    The caller checks the database first: a damaged file must not push good backups out.
    """
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    made = make_backup(db_path, START_TAG)
    rotate(db_path, keep)
    return made


def verify_backup(path: Path) -> None:
    """Refuse a file that is not a readable, intact SupportDesk database."""
    from supportdesk.safety.startup import diagnose_file

    problem = diagnose_file(path)
    if problem is not None:
        raise BackupError(f"{path.name} kan niet teruggezet worden: {problem.message}")


def in_use(db_path: Path) -> bool:
    """True when another connection (another SupportDesk, a command) has the file open.

    An exclusive lock in SQLite's exclusive locking mode is refused while any other
    connection to a WAL database is open, even an idle one; the attempt writes nothing.
    A file SQLite cannot read at all is not "in use" (there is nothing to protect).
    """
    if not db_path.is_file():
        return False
    try:
        conn = sqlite3.connect(db_path, timeout=0, isolation_level=None)
        try:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:
        return False
    return False


def _checkpoint(db_path: Path) -> None:
    """Move what the WAL holds into the file, so dropping the WAL loses nothing."""
    try:
        with closing(sqlite3.connect(db_path)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # damaged: its raw files were kept aside already


def _remove_side_files(db_path: Path) -> None:
    for suffix in SIDE_FILES:
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def _copy_aside(db_path: Path) -> Path | None:
    """Keep what a restore replaces: an online copy, or the raw files if it is damaged."""
    if not db_path.exists():
        return None
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    secure_folder(folder)
    target = folder / f"{db_path.stem}-{BEFORE_RESTORE_TAG}-{_stamp()}.sqlite3"
    try:
        online_copy(db_path, target)
    except (sqlite3.Error, OSError):
        # Damaged or not a database at all: keep the bytes as they are, side files too.
        shutil.copyfile(db_path, target)
        for suffix in SIDE_FILES:
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                shutil.copyfile(side, target.with_name(target.name + suffix))
                secure_file(target.with_name(target.name + suffix))
        secure_file(target)
    return target


def restore(db_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of ``db_path``; returns the copy kept of what it replaced.

    Confirmation is the caller's job. No connection to ``db_path`` may be open, in this
    process or another (close the app's database first): one that is refuses the
    restore. The backup is checked before anything is touched; the new file is written
    beside the old one and renamed over it, so a crash leaves either the old or the
    restored database, never a mix.
    """
    if not backup.is_file():
        raise BackupError(f"{backup}: bestand bestaat niet")
    if backup.resolve() == db_path.resolve():
        raise BackupError("Dat is de databank zelf, geen reservekopie.")
    verify_backup(backup)
    if in_use(db_path):
        raise BackupError(
            "De databank is nog geopend door een ander programma (een andere SupportDesk?). "
            "Sluit het eerst; er is niets gewijzigd."
        )
    kept = _copy_aside(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        online_copy(backup, tmp)
        if db_path.exists():
            _checkpoint(db_path)
        _remove_side_files(db_path)
        os.replace(tmp, db_path)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"Terugzetten mislukt, de databank is ongewijzigd: {exc}") from exc
    secure_database(db_path)
    return kept
