"""What commands share: opening the database with clear errors, reading and writing files.

Every failure a user can cause becomes a ``CliError`` (one line on stderr, non-zero
exit). A command that only reads never creates a database: a mistyped ``--db`` path must
not leave an empty database behind.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
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
    """The core's entry point (it wires the search index) when it exists, else db's."""
    try:
        from supportdesk.database import open_app_database
    except ImportError:  # pragma: no cover - before the core entry point exists
        from db.migrate import open_database as open_app_database
    return open_app_database


def db_label(args: argparse.Namespace) -> str:
    """How to name the database in a message: as the user typed it, else the URL."""
    return str(args.db) if args.db else resolve_url(None)


def require_existing(args: argparse.Namespace) -> str:
    """The database URL; a CliError if it names an SQLite file that does not exist."""
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise CliError(f"{db_label(args)}: databank bestaat niet")
    return url


def open_db(args: argparse.Namespace, *, create: bool = False, seed: bool = True) -> Database:
    """The database named by ``--db`` (or the default), migrated to the newest schema.

    ``create`` allows a new SQLite file (demo, import); otherwise a missing file is an
    error. Foreign, newer or unreadable databases become a CliError.
    """
    url = resolve_url(args.db) if create else require_existing(args)
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
