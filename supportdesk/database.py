"""Opening a SupportDesk database the way the app, the CLI and the tests do.

``db.migrate.open_database`` migrates and seeds; this adds what the core owns: the
search index's listener is registered before anything is written, and an index that is
empty while records exist (a database made before the index, at revision 0001, or
filled with Core statements) is built.
"""

from __future__ import annotations

import supportdesk.safety.audit  # noqa: F401  (registers the change log listener)
import supportdesk.search.indexer as indexer
from db.engine import resolve_url, sqlite_path
from db.migrate import (
    NeedsWriting,
    NewerDatabase,
    NotSupportDeskDatabase,
    ServerUnreachable,
    UnreadableDatabase,
    current_revision,
    head_revision,
    open_database,
)
from db.session import Database, default_actor
from supportdesk.services._base import storage_errors

# What the interface needs of the database layer; ``ui`` imports it from here, never
# from ``db`` (tests/test_architecture.py).
__all__ = [
    "Database",
    "NeedsWriting",
    "NewerDatabase",
    "NotSupportDeskDatabase",
    "ServerUnreachable",
    "UnreadableDatabase",
    "database_location",
    "database_revision",
    "default_actor",
    "head_revision",
    "open_app_database",
    "resolve_url",
    "sqlite_path",
]


def open_app_database(
    url_or_path: str | None = None,
    actor: str | None = None,
    *,
    seed: bool = True,
    read_only: bool = False,
    domain_errors: bool = True,
) -> Database:
    """Open (migrate, seed) the database named by a path or URL, or the default one.

    Raises ``db.migrate.NotSupportDeskDatabase``, ``NewerDatabase`` or
    ``UnreadableDatabase`` as ``open_database`` does. ``read_only``: an SQLite file is
    opened ``mode=ro`` and not changed at all; ``db.migrate.NeedsWriting`` when it
    would first need a migration, reference data or its search index built.

    ``domain_errors``: a database failure during ``db.read()`` (a lost connection, a
    locked or damaged file) becomes the domain error a write gives (``StorageError``,
    ``services._base.storage_errors``), so the app says it in a line instead of a
    traceback. The command line passes False: it says such a failure in its own words
    (``supportdesk.cli.common.database_error``), naming a damaged file as damaged.
    """
    db = open_database(url_or_path, actor, seed=seed, read_only=read_only)
    try:
        with db.read() as session:
            empty = indexer.index_needs_building(session.connection())
        if empty:
            if read_only:
                raise NeedsWriting("de zoekindex moet eerst opgebouwd worden")
            indexer.reindex_all(db)
    except BaseException:
        db.dispose()
        raise
    if domain_errors:
        db.read_errors = storage_errors
    return db


def database_location(db: Database) -> str:
    """The file of an SQLite database, else the URL without its password."""
    url = db.engine.url.render_as_string(hide_password=True)
    path = sqlite_path(url)
    return str(path) if path is not None else url


def database_revision(db: Database) -> str | None:
    """The schema revision the open database is at (None before the first migration).

    Raises what the driver raises when the connection is lost; callers that only show
    it catch that.
    """
    return current_revision(db.engine)
