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
(``supportdesk.safety.start_checks``). The cheap checks stay in front, and a file that
needs a migration still gets the full check and its backup before the migration writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from db.engine import is_sqlite, resolve_url, sqlite_path
from db.migrate import NewerDatabase, NotSupportDeskDatabase, UnreadableDatabase, alembic_config
from db.session import Database
from supportdesk.errors import DomainError
from supportdesk.safety.backups import DEFAULT_KEEP, BackupInfo, backup_at_start, list_backups
from supportdesk.safety.permissions import is_default_folder, secure_database

SQLITE_HEADER = b"SQLite format 3\x00"
# A SupportDesk database has these tables; a file with others only is someone else's.
MARKER_TABLE = "local_government"


@dataclass(frozen=True)
class Problem:
    """What is wrong with a database file. ``kind`` is one of: missing, empty,
    not_database, truncated, damaged, foreign, newer, unreadable."""

    kind: str
    message: str


class DatabaseProblem(DomainError):
    """The database cannot be opened; the caller offers a backup or another file."""

    def __init__(
        self, kind: str, message: str, path: Path | None, backups: list[BackupInfo]
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path
        self.backups = backups

    @property
    def newest_backup(self) -> BackupInfo | None:
        return self.backups[0] if self.backups else None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _header_problem(path: Path) -> Problem | None:
    size = path.stat().st_size
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_HEADER):
        return Problem("not_database", "het bestand is geen SupportDesk-databank")
    if len(header) < 100:
        return Problem("truncated", "het bestand is afgekapt (onvolledig)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = header[92:96]
    change_counter = header[24:28]
    if page_size >= 512 and valid_for == change_counter and pages and size < pages * page_size:
        return Problem(
            "truncated",
            f"het bestand is afgekapt: {size} bytes, maar het hoort {pages * page_size} "
            "bytes te zijn",
        )
    return None


def diagnose_file(path: Path, *, thorough: bool = True) -> Problem | None:
    """What is wrong with the SQLite file at ``path``, or None if it can be opened.

    Reads only: the file is opened for reading and nothing is written to it (no WAL
    switch, no migration), so a foreign file stays exactly as it was. ``thorough=False``
    leaves out ``PRAGMA quick_check`` (which reads every page: ~1-2 s at 100,000 talks)
    and keeps the header, size, schema and revision checks (a few milliseconds).
    """
    if not path.exists():
        return Problem("missing", "het bestand bestaat niet")
    if path.is_dir():
        return Problem("not_database", "dat is een map, geen databank")
    try:
        if path.stat().st_size == 0:
            return Problem("empty", "het bestand is leeg")
        problem = _header_problem(path)
        if problem:
            return problem
    except OSError as exc:
        return Problem("unreadable", f"het bestand kan niet gelezen worden ({exc.strerror})")
    try:
        uri = f"file:{path}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=15)) as conn:
            if thorough:
                rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
                if rows != ["ok"]:
                    return Problem("damaged", "de databank is beschadigd (" + "; ".join(rows) + ")")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "not a database" in text:
            return Problem("not_database", "het bestand is geen SupportDesk-databank")
        if "malformed" in text or "corrupt" in text:
            return Problem("damaged", f"de databank is beschadigd ({text})")
        return Problem("unreadable", f"de databank kan niet gelezen worden ({text})")
    if revision is None:
        if tables - {"alembic_version"}:
            return Problem("foreign", "het bestand is een databank, maar niet van SupportDesk")
        return None  # an empty SQLite database: a new SupportDesk database
    if revision[0] not in _known_revisions():
        if MARKER_TABLE in tables:
            return Problem(
                "newer",
                f"de databank is gemaakt met een nieuwere SupportDesk (schema {revision[0]}); "
                "open ze met die versie",
            )
        return Problem("foreign", "het bestand is een databank, maar niet van SupportDesk")
    return None


def _opener() -> Callable[..., Database]:
    try:
        from supportdesk.database import open_app_database
    except ImportError:  # pragma: no cover - before the core entry point exists
        from db.migrate import open_database as open_app_database
    import supportdesk.safety.audit  # noqa: F401  (registers the change log)

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


def _at_head(path: Path) -> bool:
    """True when the file's schema revision is the newest (opening will not migrate)."""
    from db.migrate import head_revision

    uri = f"file:{path}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=15)) as conn:
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
    if path is not None and path.exists():
        problem = diagnose_file(path, thorough=not defer_checks)
        backups = list_backups(path)
        if problem and not (problem.kind == "empty" and not backups):
            raise DatabaseProblem(problem.kind, problem.message, path, backups)
        if problem is None and defer_checks:
            if backup and _at_head(path):
                pending = path
            else:  # a migration will write: the full check first, as without defer
                problem = diagnose_file(path)
                if problem:
                    raise DatabaseProblem(problem.kind, problem.message, path, backups)
        if backup and problem is None and pending is None:
            made = backup_at_start(path, keep)
    try:
        db = _opener()(url, actor)
    except NewerDatabase as exc:
        raise DatabaseProblem("newer", str(exc), path, _backups(path)) from exc
    except NotSupportDeskDatabase as exc:
        raise DatabaseProblem("foreign", str(exc), path, _backups(path)) from exc
    except UnreadableDatabase as exc:
        raise DatabaseProblem("unreadable", str(exc), path, _backups(path)) from exc
    if path is not None:
        secure_database(path, own_folder=is_default_folder(path))
        if made is not None:
            secure_database(made)
    return Opened(db, made, checks_pending=pending)


def _backups(path: Path | None) -> list[BackupInfo]:
    return list_backups(path) if path is not None else []
