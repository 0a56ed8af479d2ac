"""The database handle and one unit of work per user action."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.base import RecordMixin, utcnow
from db.engine import build_engine, is_sqlite, resolve_url


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no user name on this system
        return "onbekend"


@dataclass
class Database:
    """An open SupportDesk database: its URL, engine, session factory and current actor.

    ``actor`` is who is working (the team member chosen in the settings, or the
    system user); every save stamps it on ``created_by``/``updated_by``.
    """

    url: str
    engine: Engine
    actor: str = field(default_factory=default_actor)
    #: wraps every ``read()``: the core sets it to turn database failures (a lost
    #: connection, a locked or damaged file) into its domain errors, as its writes do
    read_errors: Callable[[], AbstractContextManager[object]] = field(
        default=nullcontext, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction that commits if the block ends normally, else rolls back."""
        session = self._factory()
        session.info["actor"] = self.actor
        try:
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; whatever it changed is rolled back. A failure of the
        database inside the block comes out as ``read_errors`` says."""
        with self.read_errors():
            session = self._factory()
            session.info["actor"] = self.actor
            try:
                yield session
            finally:
                session.rollback()
                session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def connect(
    url_or_path: str | None = None, actor: str | None = None, *, read_only: bool = False
) -> Database:
    """A Database for a path or URL (no migration: see ``db.migrate.open_database``).

    ``read_only``: an SQLite file is opened ``mode=ro`` and nothing can be written
    (see ``db.engine.build_engine``)."""
    url = resolve_url(url_or_path)
    db = Database(url=url, engine=build_engine(url, read_only=read_only))
    if actor:
        db.actor = actor
    return db


@event.listens_for(Session, "before_flush")
def _stamp_records(session: Session, _ctx: object, _instances: object) -> None:
    """Stamp who and when on every new or changed record."""
    actor = session.info.get("actor") or default_actor()
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, RecordMixin):
            if not obj.created_by:
                obj.created_by = actor
            if not obj.updated_by:
                obj.updated_by = actor
            if obj.created_at is None:
                obj.created_at = now
            if obj.updated_at is None:
                obj.updated_at = now
    for obj in session.dirty:
        if isinstance(obj, RecordMixin) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = actor
