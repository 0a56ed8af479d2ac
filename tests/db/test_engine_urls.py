"""The engine: file names survive the URL, a read-only engine writes nothing, and an
unknown kind of database or driver is one line, not a ModuleNotFoundError."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from db.engine import (
    UnsupportedDatabase,
    build_engine,
    resolve_url,
    sqlite_path,
)
from db.sqlite_files import readonly_uri

NAMES = ["a #b.sqlite3", "c?d.sqlite3", "100%25.sqlite3", "é ☃ 'x\".sqlite3", "y" * 180]


@pytest.mark.parametrize("name", NAMES)
def test_a_file_name_comes_back_out_of_the_url(tmp_path: Path, name: str):
    path = tmp_path / name
    url = resolve_url(str(path))
    assert sqlite_path(url) == path
    engine = build_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    with closing(sqlite3.connect(readonly_uri(path), uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (1,)


def test_a_read_only_engine_writes_nothing(tmp_path: Path):
    path = tmp_path / "kopie.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    before = path.read_bytes()
    engine = build_engine(resolve_url(str(path)), read_only=True)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        with pytest.raises(OperationalError, match=r"readonly|read-only"):
            conn.execute(text("INSERT INTO t VALUES (1)"))
    engine.dispose()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopie.sqlite3"]


@pytest.mark.parametrize(
    "url", ["postgresql+psycopg2://u@h/d", "mysql://u@h/d", "oracle://u@h/d", "nope://x"]
)
def test_unknown_kinds_are_one_line(url: str):
    with pytest.raises(UnsupportedDatabase, match=r"^onbekend databanktype") as caught:
        build_engine(url)
    assert "\n" not in str(caught.value)
