"""Building the engine: SQLite by default, PostgreSQL (or any SQLAlchemy URL) by choice."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

ENV_VAR = "SUPPORTDESK_DB"
APP_NAME = "SupportDesk"
BUSY_TIMEOUT_MS = 15_000


def default_database_path() -> Path:
    """The SQLite file in the user's data folder (platformdirs)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "supportdesk.sqlite3"


def resolve_url(value: str | None = None) -> str:
    """A database URL from ``--db`` (a path or URL), else ``$SUPPORTDESK_DB``, else default."""
    value = value or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for memory or non-SQLite databases."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _configure_sqlite(engine: Engine) -> None:
    """Foreign keys on, WAL, busy timeout; and our own BEGIN.

    pysqlite's own transaction handling defers BEGIN and cannot say IMMEDIATE. We switch
    it off (``isolation_level = None``) and emit BEGIN ourselves, IMMEDIATE when the
    unit of work says it will write: a write transaction that starts as a reader and
    upgrades later can fail at once with "database is locked" in WAL mode, whatever the
    busy timeout (SQLAlchemy docs, pysqlite "Serializable isolation / Savepoints").
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if engine.url.database and engine.url.database != ":memory:":
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def build_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; for an SQLite file the folder is created first."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    if is_sqlite(url):
        kwargs.setdefault("connect_args", {"timeout": BUSY_TIMEOUT_MS / 1000})
    engine = create_engine(url, **kwargs)
    if is_sqlite(url):
        _configure_sqlite(engine)
    return engine
