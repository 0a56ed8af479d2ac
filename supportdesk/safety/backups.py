"""Rotating backups of an SQLite database, and putting one back.

When the app starts on a healthy SQLite file it copies it with SQLite's online backup
API (a consistent snapshot even while another process writes) into ``backups/`` beside
the database, and keeps the newest N of those start backups (N from the settings).

Restoring puts a backup back after the caller has asked for confirmation: the backup is
checked first (a damaged or foreign file is refused); then, holding SQLite's exclusive
lock on the database, what it holds is copied to ``backups/`` as a "before restore"
copy, which rotation never deletes, and the backup is written into it with the backup
API (the file is never swapped, so a process saving meanwhile loses nothing; see
``restore``). Everything is owner-only (see ``permissions``); temporary files are
private from their first byte and removed on every way out (``output_files``).

On PostgreSQL there is no file to copy: the README points to ``pg_dump`` and export.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.sqlite_files import readable_descriptor, reading_connection
from supportdesk.errors import DomainError
from supportdesk.safety.output_files import (
    OutputTarget,
    create_private,
    private_temp,
    publish,
    remove_stale_temps,
)
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


# A backup's name is the database's stem, a tag and a time stamp; with the temporary
# name it is written under first it must stay within the 255 bytes most file systems
# allow. A longer stem is cut (at a character boundary) and given a short hash of the
# whole stem, so two long names that start alike never share (or rotate) backups.
_MAX_STEM_BYTES = 150


def backup_stem(db_path: Path) -> str:
    """The part of a backup's name that says which database it belongs to."""
    stem = db_path.stem
    raw = stem.encode("utf-8", "surrogateescape")
    if len(raw) <= _MAX_STEM_BYTES:
        return stem
    digest = hashlib.sha256(raw).hexdigest()[:10]
    cut = raw[: _MAX_STEM_BYTES - 11].decode("utf-8", "ignore")
    return f"{cut}~{digest}"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def online_copy(source: Path, target: Path, *, replace: bool = True) -> None:
    """Copy an SQLite database with the online backup API, whole or not at all.

    The copy goes to a private (0600) temporary file first and is renamed into place,
    so a crash leaves either no backup or a complete one (and at most a 0600 temporary
    file, which the next copy beside it removes). With ``replace=False`` an existing
    ``target`` is never replaced, even one that appears while copying.
    """
    with private_temp(target) as tmp:
        with (
            closing(reading_connection(source)) as src,
            closing(sqlite3.connect(tmp)) as dst,
        ):
            src.backup(dst)
            # A backup is one file: no WAL beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        secure_file(tmp)
        if replace:
            os.replace(tmp, target)
        else:
            publish(tmp, OutputTarget(target, str(target), force=False))


def make_backup(db_path: Path, tag: str = START_TAG) -> Path:
    """A new backup of ``db_path`` in its ``backups/`` folder; returns its path."""
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    secure_folder(folder)
    remove_stale_temps(folder)  # what a killed copy left behind
    target = folder / f"{backup_stem(db_path)}-{tag}-{_stamp()}.sqlite3"
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
        if not m or m["stem"] != backup_stem(db_path) or not p.is_file():
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


def _raw_copy(fd: int, target: Path) -> None:
    """The bytes behind ``fd`` into a new private file ``target``."""
    out = create_private(target)
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, 1 << 20):
            os.write(out, chunk)
        os.fsync(out)
    finally:
        os.close(out)


def _keep_raw(db_path: Path, fd: int, target: Path) -> None:
    """A damaged database as it is, its side files too (nothing SQLite can read).

    The side files are read through descriptors that are never closed while this
    process has them open (``live`` holds its locks on ``-shm`` through SQLite's own
    descriptor, and closing any other one would drop them: see ``db.sqlite_files``).
    """
    _raw_copy(fd, target)
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        try:
            side_fd, may_close = readable_descriptor(side)
        except OSError:
            continue
        try:
            _raw_copy(side_fd, target.with_name(target.name + suffix))
        finally:
            if may_close:
                os.close(side_fd)


def _before_restore_name(db_path: Path) -> Path:
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    secure_folder(folder)
    remove_stale_temps(folder)
    return folder / f"{backup_stem(db_path)}-{BEFORE_RESTORE_TAG}-{_stamp()}.sqlite3"


def _keep_aside(live: sqlite3.Connection | None, db_path: Path, fd: int) -> Path:
    """Keep what a restore replaces: a copy through the locked connection ``live``, or
    the raw files if SQLite cannot read them."""
    target = _before_restore_name(db_path)
    if live is not None:
        try:
            with private_temp(target) as tmp:
                with closing(sqlite3.connect(tmp)) as dst:
                    live.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")
                os.replace(tmp, target)
            return target
        except sqlite3.DatabaseError:
            pass  # a damaged page: keep the bytes as they are
    _keep_raw(db_path, fd, target)
    return target


IN_USE = (
    "De databank is nog geopend door een ander programma (een andere SupportDesk?). "
    "Sluit het eerst; er is niets gewijzigd."
)
LOCK_WAIT_S = 2.0


def _lock(db_path: Path) -> sqlite3.Connection | None:
    """A connection that holds the database exclusively until it is closed: no other
    process can read or write it meanwhile (they wait, then see the new content).

    In SQLite's exclusive locking mode the lock taken by BEGIN EXCLUSIVE is kept after
    the transaction. It is refused while another connection has the file open, even an
    idle one: a ``BackupError`` then. None when SQLite cannot read the file at all (not
    a database any more): no one can write into it either.
    """
    live = sqlite3.connect(db_path, timeout=LOCK_WAIT_S, isolation_level=None)
    try:
        live.execute("PRAGMA locking_mode=EXCLUSIVE")
        live.execute("BEGIN EXCLUSIVE")
        live.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        live.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(IN_USE) from exc
        return None
    except sqlite3.DatabaseError:
        live.close()
        return None
    return live


def _put_in(staged: Path, live: sqlite3.Connection) -> None:
    """Replace the content of the locked database by ``staged``, in one transaction."""
    with closing(sqlite3.connect(staged)) as src:
        (theirs,) = src.execute("PRAGMA page_size").fetchone()
        (ours,) = live.execute("PRAGMA page_size").fetchone()
        if theirs != ours:
            # SQLite cannot change the page size of a WAL database: leave WAL while
            # holding it exclusively; the app switches it back when it opens it.
            live.execute("PRAGMA journal_mode=DELETE")
        src.backup(live)


def restore(db_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of ``db_path``; returns the copy kept of what it replaced.

    Confirmation is the caller's job. No other connection to ``db_path`` may be open, in
    this process or another (close the app's database first): one that is refuses the
    restore. The backup is checked before anything is touched.

    The database is not swapped for another file: the restore takes SQLite's exclusive
    lock on it, copies what it holds into the "voor-herstel" copy, then writes the
    backup into it with SQLite's backup API in one transaction, and only then lets go.
    A process that opens the database meanwhile waits and then sees the restored
    content, so every save is either in the "voor-herstel" copy (committed before) or
    in the restored database (after); a crash leaves the old or the restored database.
    """
    if not backup.is_file():
        raise BackupError(f"{backup}: bestand bestaat niet")
    if db_path.exists() and (
        backup.resolve() == db_path.resolve() or os.path.samefile(backup, db_path)
    ):
        raise BackupError("Dat is de databank zelf, geen reservekopie.")
    verify_backup(backup)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(db_path.parent, db_path.name)
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    secure_folder(folder)
    try:
        with private_temp(folder / f"{backup_stem(db_path)}.sqlite3") as staged:
            online_copy(backup, staged)  # checked copy, ready before the lock is taken
            kept = _restore_into(db_path, staged)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"Terugzetten mislukt, de databank is ongewijzigd: {exc}") from exc
    secure_database(db_path)
    _bring_up_to_date(db_path)
    return kept


def _bring_up_to_date(db_path: Path) -> None:
    """Migrate a restored database of an earlier schema revision, as opening it does.

    The start backup is made before a migration, so the newest backup after an update
    holds the previous revision; the app that restores it keeps using the file with
    this version's code (search reads the names table of revision 0015)."""
    from db.engine import build_engine, sqlite_url
    from db.migrate import current_revision, head_revision, upgrade

    reader = build_engine(sqlite_url(db_path), read_only=True)  # an up-to-date one: untouched
    try:
        behind = current_revision(reader) != head_revision()
    finally:
        reader.dispose()
    if behind:
        engine = build_engine(sqlite_url(db_path))
        try:
            upgrade(engine)
        finally:
            engine.dispose()


def _restore_into(db_path: Path, staged: Path) -> Path | None:
    try:
        # Held open until the lock is gone: closing a descriptor of the database file
        # would drop every lock SQLite holds on it in this process.
        fd = os.open(db_path, os.O_RDONLY)
    except FileNotFoundError:
        fd = None
    if fd is None or os.fstat(fd).st_size == 0:
        # Nothing anyone could have saved in: put the file in place.
        kept = _keep_aside(None, db_path, fd) if fd is not None else None
        if fd is not None:
            os.close(fd)
        os.replace(staged, db_path)
        return kept
    try:
        live = _lock(db_path)
        if live is None:
            # Not readable as a database: keep its bytes, put the backup in its place.
            kept = _keep_aside(None, db_path, fd)
            os.replace(staged, db_path)
            for suffix in SIDE_FILES:
                db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
            return kept
        try:
            kept = _keep_aside(live, db_path, fd)
            _put_in(staged, live)
        finally:
            live.close()
    finally:
        os.close(fd)
    return kept
