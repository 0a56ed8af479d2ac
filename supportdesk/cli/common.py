"""What commands share: opening the database with clear errors, reading and writing files.

Every failure a user can cause becomes a ``CliError`` (one line on stderr, non-zero
exit). A command that only reads never creates a database: a mistyped ``--db`` path must
not leave an empty database behind.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine

from db.engine import build_engine, resolve_url, sqlite_path
from db.migrate import (
    NewerDatabase,
    NotSupportDeskDatabase,
    SchemaState,
    UnreadableDatabase,
    schema_state,
)
from db.session import Database
from supportdesk.cli.app import CliError


def _opener() -> Callable[..., Database]:
    """The core's entry point: it also wires the search index and the change log."""
    from supportdesk.database import open_app_database

    return open_app_database


def db_label(args: argparse.Namespace) -> str:
    """How to name the database in a message: as the user typed it, else the URL."""
    return str(args.db) if args.db else resolve_url(None)


SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_problem(path: Path) -> str | None:
    """Why the file at ``path`` is not a SupportDesk database, or None if it is one (or
    an empty SQLite database). Reads only, read-only: connecting through the engine
    would switch a foreign file to WAL, and the command must change nothing.
    """
    if path.is_dir():
        return "is een map, geen databank"
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return f"kan het bestand niet lezen ({exc.strerror})"
    if header != SQLITE_HEADER:
        return "geen SupportDesk-databank (geen SQLite-bestand)"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=15)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        return f"kan de databank niet lezen ({exc})"
    if revision is None and tables - {"alembic_version"}:
        return "geen SupportDesk-databank (andere tabellen)"
    if revision is not None and "local_government" not in tables:
        return "geen SupportDesk-databank"
    return None


def require_existing(args: argparse.Namespace, *, create: bool = False) -> str:
    """The database URL, after a read-only look at an SQLite file: a CliError if it does
    not exist (unless ``create``) or is not a SupportDesk database."""
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None:
        return url
    if not path.exists():
        if create:
            return url
        raise CliError(f"{db_label(args)}: databank bestaat niet")
    if path.is_file() and path.stat().st_size == 0 and create:
        return url
    problem = sqlite_problem(path)
    if problem:
        raise CliError(f"{db_label(args)}: {problem}")
    return url


def open_db(args: argparse.Namespace, *, create: bool = False, seed: bool = True) -> Database:
    """The database named by ``--db`` (or the default), migrated to the newest schema.

    ``create`` allows a new SQLite file (demo, import); otherwise a missing file is an
    error. Foreign, newer or unreadable databases become a CliError.
    """
    url = require_existing(args, create=create)
    try:
        return _opener()(url, seed=seed)
    except NotSupportDeskDatabase as exc:
        raise CliError(f"{db_label(args)}: geen SupportDesk-databank ({exc})") from exc
    except NewerDatabase as exc:
        raise CliError(f"{db_label(args)}: {exc}") from exc
    except UnreadableDatabase as exc:
        raise CliError(f"{db_label(args)}: kan de databank niet lezen ({exc})") from exc


def inspect_db(args: argparse.Namespace) -> tuple[Engine, SchemaState]:
    """An engine on an existing SupportDesk database and its schema state, unmigrated.

    For commands that must see the database as it is (check, backup).
    """
    url = require_existing(args)
    engine = build_engine(url)
    try:
        return engine, schema_state(engine)
    except NotSupportDeskDatabase as exc:
        engine.dispose()
        raise CliError(f"{db_label(args)}: geen SupportDesk-databank ({exc})") from exc
    except NewerDatabase as exc:
        engine.dispose()
        raise CliError(f"{db_label(args)}: {exc}") from exc
    except UnreadableDatabase as exc:
        engine.dispose()
        raise CliError(f"{db_label(args)}: kan de databank niet lezen ({exc})") from exc
    except BaseException:
        engine.dispose()
        raise


def read_text_file(path: str) -> str:
    """The UTF-8 text of ``path``; a CliError naming the file if it cannot be read."""
    p = Path(path)
    if not p.exists():
        raise CliError(f"{path}: bestand bestaat niet")
    if p.is_dir():
        raise CliError(f"{path}: is een map, geen bestand")
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: geen UTF-8-tekst ({exc.reason})") from exc
    except OSError as exc:
        raise CliError(f"{path}: kan het bestand niet lezen ({exc.strerror})") from exc


def write_text_file(path: str, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (a temporary file, then a rename)."""
    p = Path(path)
    if p.is_dir():
        raise CliError(f"{path}: is een map, geen bestand")
    if not p.parent.is_dir():
        raise CliError(f"{path}: map {p.parent} bestaat niet")
    tmp = p.with_name(f".{p.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(p)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CliError(f"{path}: kan niet schrijven ({exc.strerror})") from exc
