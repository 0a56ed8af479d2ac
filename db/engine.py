"""Building the engine: SQLite by default, PostgreSQL (or any SQLAlchemy URL) by choice.

A file path becomes an SQLite URL whose database part is percent-encoded, so a name
with ``#``, ``?``, ``%``, spaces, quotes or accents comes back out exactly
(``sqlite_path``). The engine opens that path itself (``creator``), never through a
re-parsed string, and a read-only engine opens it as an escaped ``file:`` URI with
``mode=ro`` (``db.sqlite_files``): an unescaped ``file:{path}?mode=ro`` opens (or
creates) another file for such names.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from db.collation import register as register_folding
from db.sqlite_files import reading_connection
from db.sqlite_files import readonly_uri as readonly_uri  # re-exported

ENV_VAR = "SUPPORTDESK_DB"
APP_NAME = "SupportDesk"
BUSY_TIMEOUT_MS = 15_000
# Seconds a PostgreSQL server gets to answer a connection attempt (libpq's
# connect_timeout); without it an unresponsive server kept every command waiting ~2 min.
CONNECT_TIMEOUT_S = 10
SQLITE_PREFIX = "sqlite:///"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


class UnsupportedDatabase(Exception):
    """The URL names a kind of database (or a driver) SupportDesk does not work with."""


def default_database_path() -> Path:
    """The SQLite file in the user's data folder (platformdirs)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "supportdesk.sqlite3"


def sqlite_url(path: Path) -> str:
    """The SQLite URL of a file, with the path percent-encoded (``sqlite_path`` undoes it)."""
    return SQLITE_PREFIX + quote(str(path), safe=" +/")


def resolve_url(value: str | None = None) -> str:
    """A database URL from ``--db`` (a path or URL), else ``$SUPPORTDESK_DB``, else default."""
    value = value or os.environ.get(ENV_VAR) or str(default_database_path())
    if _SCHEME.match(value):
        return value
    named = Path(value).expanduser()
    try:
        resolved = named.resolve()
    except (RuntimeError, OSError):  # a symlink loop (RuntimeError up to Python 3.12)
        return sqlite_url(Path(os.path.abspath(named)))  # opening it says what is wrong
    if os.path.islink(named) and not resolved.exists():
        # A link to nothing keeps its own name, so the checks see a link (and refuse
        # it) instead of a new file to make at its far end.
        return sqlite_url(Path(os.path.abspath(named)))
    return sqlite_url(resolved)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite:") or make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for memory or non-SQLite databases.

    Parsed here rather than by SQLAlchemy, so the percent-decoding does not depend on
    its version: everything after ``sqlite:///`` up to the first (unescaped) ``?``.
    """
    if not url.startswith("sqlite:"):
        return None
    if not url.startswith(SQLITE_PREFIX):
        return None  # sqlite:// (memory)
    database = unquote(url[len(SQLITE_PREFIX) :].split("?", 1)[0])
    if not database or database == ":memory:":
        return None
    return Path(database)


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    """Foreign keys on, WAL (not for a read-only engine), busy timeout; and our own BEGIN.

    pysqlite's own transaction handling defers BEGIN and cannot say IMMEDIATE. We switch
    it off (``isolation_level = None``) and emit BEGIN ourselves, IMMEDIATE when the
    unit of work says it will write: a write transaction that starts as a reader and
    upgrades later can fail at once with "database is locked" in WAL mode, whatever the
    busy timeout (SQLAlchemy docs, pysqlite "Serializable isolation / Savepoints").
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        register_folding(dbapi_conn)  # sd_fold, sd_sort_key, sd_nl (db/collation.py)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if wal:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        else:
            cur.execute("PRAGMA query_only=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        if not wal:
            mode = "DEFERRED"  # a read-only connection cannot take the write lock
        conn.exec_driver_sql(f"BEGIN {mode}")


def _sqlite_creator(path: Path, read_only: bool) -> Any:
    timeout = BUSY_TIMEOUT_MS / 1000

    def connect() -> sqlite3.Connection:
        if read_only:
            return reading_connection(path, timeout=timeout, check_same_thread=False)
        return sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)

    return connect


def build_engine(url: str, *, read_only: bool = False, **kwargs: Any) -> Engine:
    """An engine for ``url``; for an SQLite file the folder is created first.

    ``read_only`` (SQLite files): every connection is ``query_only`` (a rollback-journal
    file is opened ``mode=ro``, see ``db.sqlite_files.reading_connection``) and the
    journal mode is left as it is, so reading changes no byte and leaves no file.
    Raises ``UnsupportedDatabase`` for a URL of another kind of database or a driver
    that is not installed (one line, not a ModuleNotFoundError).
    """
    path = sqlite_path(url)
    if path is not None:
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("creator", _sqlite_creator(path, read_only))
    elif not is_sqlite(url) and _backend(url) == "postgresql":
        kwargs.setdefault("connect_args", {"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise UnsupportedDatabase(_unsupported(url)) from exc
    if is_sqlite(url):
        _configure_sqlite(engine, wal=path is not None and not read_only)
    return engine


def _backend(url: str) -> str:
    try:
        return make_url(url).get_backend_name()
    except ArgumentError as exc:
        raise UnsupportedDatabase(_unsupported(url)) from exc


def _unsupported(url: str) -> str:
    scheme = url.split("://", 1)[0] if "://" in url else url
    return (
        f"onbekend databanktype '{scheme}': gebruik een SQLite-bestand of "
        "postgresql+psycopg://gebruiker@server/databank"
    )
