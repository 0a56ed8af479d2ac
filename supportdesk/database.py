"""Opening a SupportDesk database the way the app, the CLI and the tests do.

``db.migrate.open_database`` migrates and seeds; this adds what the core owns: the
change log's and the search index's listeners are registered before anything is
written, and an index that is empty while records exist (a database made before the
index, at revision 0001, or filled with Core statements) is built.

Opening reads with Core only: the ORM, the models and the listeners (which need both)
are loaded with the first session (``db.session.before_first_session``), so a command
that only reads with Core (``stats``) never loads them, and every session that can
write has them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import import_module

from sqlalchemy.exc import SQLAlchemyError

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
from db.session import Database, before_first_session, default_actor
from supportdesk.search.index_state import index_needs_building

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


def _session_listeners() -> None:
    """The listeners every session needs before it writes: the change log
    (``safety.audit``) and the search index (``search.indexer``), registered on
    ``Session`` when imported."""
    for module in ("supportdesk.safety.audit", "supportdesk.search.indexer"):
        import_module(module)


before_first_session(_session_listeners)


@contextmanager
def _storage_errors() -> Iterator[None]:
    """``services._base.storage_errors`` around a read, loaded only when the database
    fails (it needs the ORM, which a Core read does not load)."""
    try:
        yield
    except SQLAlchemyError:
        from supportdesk.services._base import storage_errors

        with storage_errors():
            raise


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
        with db.read_connection() as conn:
            empty = index_needs_building(conn)
        if empty:
            if read_only:
                raise NeedsWriting("de zoekindex moet eerst opgebouwd worden")
            from supportdesk.search.indexer import reindex_all

            reindex_all(db)
    except BaseException:
        db.dispose()
        raise
    if domain_errors:
        db.read_errors = _storage_errors
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
