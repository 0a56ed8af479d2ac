"""The database handle and one unit of work per user action.

The ORM (``sqlalchemy.orm``, ~50 ms to import, and the models with their mapper
configuration, ~140 ms more) is loaded when the first session is made, not when a
database is opened: a command that only reads with Core (``read_connection``), such as
``supportdesk stats``, never loads it. What must be in place before any session can
write is set up right then, once per process: the stamp of who and when on every
record (below) and what others ask for with ``before_first_session`` (the core's change
log and search index listeners, ``supportdesk.database``).
"""

from __future__ import annotations

import getpass
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from db.engine import build_engine, is_sqlite, resolve_url

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no user name on this system
        return "onbekend"


_session_setups: list[Callable[[], None]] = []
_sessions_ready = False
_setting_up = threading.RLock()  # two threads' first sessions: both wait for the set-up


def before_first_session(setup: Callable[[], None]) -> None:
    """Run ``setup`` once before the first ORM session of this process is made (at
    once if one was made already): what every session needs before it writes, such as
    listeners on ``Session``, without loading the ORM in a process that never makes one."""
    with _setting_up:
        if not _sessions_ready:
            _session_setups.append(setup)
            return
    setup()


def _prepare_sessions() -> None:
    """The once-per-process set-up of the first session: the record stamp, then every
    ``before_first_session`` in the order asked."""
    global _sessions_ready
    with _setting_up:
        if _sessions_ready:
            return
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        if not event.contains(Session, "before_flush", _stamp_records):
            event.listen(Session, "before_flush", _stamp_records)
        while _session_setups:
            _session_setups[0]()
            _session_setups.pop(0)
        _sessions_ready = True


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
        self._sessions: sessionmaker[Session] | None = None

    def _factory(self) -> Session:
        """A new session (the ORM and the session set-up are loaded on the first)."""
        if self._sessions is None:
            _prepare_sessions()
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions()

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

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A Core connection for reading, without the ORM (Core statements only);
        rolled back at the end. Failures come out as ``read_errors`` says, as in
        ``read()``."""
        with self.read_errors(), self.engine.connect() as conn:
            try:
                yield conn
            finally:
                conn.rollback()

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


def _stamp_records(session: Session, _ctx: object, _instances: object) -> None:
    """Stamp who and when on every new or changed record (a ``before_flush`` listener
    on every session, registered with the first)."""
    from db.base import RecordMixin, utcnow

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
