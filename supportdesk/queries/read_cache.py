"""Figures a list reads whole (per-government open actions and last contact), kept until
the database changes, so a second sort or page of the same list does not read them again.

``cached(session, key, read)`` gives ``read(session)``'s value from an earlier call while
nothing was committed since, else reads it again. What counts as a change:

- any commit on the engine in this process (SQLAlchemy's ``commit`` event), and
- on SQLite, a commit by any other connection, this process's or another program's
  (``PRAGMA data_version`` changes on a connection when someone else committed; each
  pooled connection remembers the version it last saw while the value was current).

On PostgreSQL other programs' commits cannot be seen this cheaply, so nothing is kept:
``read`` runs every time.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

T = TypeVar("T")

#: where a pooled connection keeps the data version it last saw with current values
_SEEN = "supportdesk.read_cache.data_version"


@dataclass
class _EngineCache:
    commits: int = 0
    values: dict[str, tuple[int, Any]] = field(default_factory=dict)  # key: (commits, value)


_caches: weakref.WeakKeyDictionary[Engine, _EngineCache] = weakref.WeakKeyDictionary()
_lock = threading.RLock()  # new caches, and commits counted from several threads


def _cache_of(engine: Engine) -> _EngineCache:
    with _lock:
        cache = _caches.get(engine)
        if cache is None:
            cache = _caches[engine] = _EngineCache()

            def committed(_conn: object) -> None:
                with _lock:
                    cache.commits += 1

            event.listen(engine, "commit", committed)
        return cache


def keeps(session: Session) -> bool:
    """Whether values are kept on this session's database (SQLite; see the module)."""
    return session.get_bind().dialect.name == "sqlite"


def cached(session: Session, key: str, read: Callable[[Session], T]) -> T:
    """``read(session)``, or the value it gave before when the database has not changed
    since (see the module's docstring)."""
    if not keeps(session):
        return read(session)
    connection = session.connection()
    engine = connection.engine
    cache = _cache_of(engine)
    version = connection.exec_driver_sql("PRAGMA data_version").scalar()
    seen: dict[str, object] = connection.connection.info.setdefault(_SEEN, {})
    kept = cache.values.get(key)
    if kept is not None and kept[0] == cache.commits and seen.get(key) == version:
        value: T = kept[1]
        return value
    commits = cache.commits
    value = read(session)
    cache.values[key] = (commits, value)
    seen[key] = version
    return value


def is_cached(session: Session, key: str) -> bool:
    """Whether ``cached(session, key, …)`` would give a kept value without reading."""
    if not keeps(session):
        return False
    connection = session.connection()
    engine = connection.engine
    cache = _cache_of(engine)
    kept = cache.values.get(key)
    if kept is None or kept[0] != cache.commits:
        return False
    seen = connection.connection.info.get(_SEEN, {})
    version = connection.exec_driver_sql("PRAGMA data_version").scalar()
    return bool(seen.get(key) == version)
