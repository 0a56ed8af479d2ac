"""Values kept between reads until the database changes (supportdesk/queries/read_cache)."""

from __future__ import annotations

import sqlite3

from sqlalchemy import select, update

from db.models import LocalGovernment
from supportdesk.queries.read_cache import cached, is_cached


def _reader(calls: list[int]):
    def read(session):
        calls.append(1)
        return session.scalar(select(LocalGovernment.notes).where(LocalGovernment.id == 1))

    return read


def _sqlite_path(db) -> str:
    return db.engine.url.database


def test_kept_until_something_is_committed_in_this_process(sqlite_db):
    calls: list[int] = []
    read = _reader(calls)
    with sqlite_db.read() as s:
        assert not is_cached(s, "count")
        first = cached(s, "count", read)
    with sqlite_db.read() as s:
        assert is_cached(s, "count")
        assert cached(s, "count", read) == first
    assert len(calls) == 1
    with sqlite_db.write() as s:
        s.execute(update(LocalGovernment).where(LocalGovernment.id == 1).values(notes="x"))
    with sqlite_db.read() as s:
        assert not is_cached(s, "count")
        cached(s, "count", read)
    assert len(calls) == 2


def test_another_programs_commit_is_seen(sqlite_db):
    calls: list[int] = []
    read = _reader(calls)
    with sqlite_db.read() as s:
        before = cached(s, "count", read)
    other = sqlite3.connect(_sqlite_path(sqlite_db))  # another program on the same file
    try:
        other.execute("UPDATE local_government SET notes = 'Łukasz <&>' WHERE id = 1")
        other.commit()
    finally:
        other.close()
    with sqlite_db.read() as s:
        assert not is_cached(s, "count")
        assert cached(s, "count", read) == "Łukasz <&>" != before
    assert len(calls) == 2


def test_each_key_is_kept_apart(sqlite_db):
    with sqlite_db.read() as s:
        assert cached(s, "a", lambda _s: 1) == 1
        assert cached(s, "b", lambda _s: 2) == 2
        assert cached(s, "a", lambda _s: 3) == 1


def test_postgresql_reads_every_time(db):
    calls: list[int] = []
    read = _reader(calls)
    for _ in range(2):
        with db.read() as s:
            cached(s, "count", read)
    assert len(calls) == (1 if db.is_sqlite else 2)
