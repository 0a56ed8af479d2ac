"""Upgrading keeps every record, and databases that are not ours are left alone.

The upgrade test builds a database at revision 0001, fills every table with plain SQL
(through tables reflected from that database, so it keeps working when the models move
on), opens it the way the app does (migrate to the newest revision, build the search
index) and finds every row unchanged and every searchable record by a word of its text.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, MetaData, String, Table, select, text

from db.engine import build_engine
from db.enums import tool_kind_of_text
from db.migrate import (
    NewerDatabase,
    NotSupportDeskDatabase,
    UnreadableDatabase,
    current_revision,
    head_revision,
    upgrade,
)
from supportdesk.database import open_app_database
from supportdesk.search import KINDS, search
from tests.conftest import make_newer_database

ROWS = 2
CODES = {
    ("local_government", "kind"): "municipality",
    ("advice_talk", "channel"): "phone",
    ("trajectory", "status"): "running",
    ("contact_moment", "form"): "phone",
    ("focus_group_participant", "attendance"): "present",
    ("target", "indicator"): "advice_talks",
}


def token(table_index: int, row: int) -> str:
    """A word found in one row's text only."""
    return f"tok{table_index}r{row}"


def _value(table: Table, table_index: int, column: Any, row: int) -> Any:
    name = column.name
    if column.primary_key and not column.foreign_keys and isinstance(column.type, Integer):
        return row
    if column.foreign_keys:
        return row  # every table has rows 1..ROWS
    if (table.name, name) in CODES:
        return CODES[(table.name, name)]
    if name == "public_id":
        return str(uuid.uuid4())
    if name in {"starting_position"}:
        return "growing"
    if name == "nis_code":
        return f"9{table_index:02d}{row:02d}"
    if name == "year":
        return 2024 + row
    if name == "score":
        return 4
    if name == "version":
        return 1
    kind = column.type
    if isinstance(kind, Boolean):
        return row % 2 == 0
    if isinstance(kind, DateTime):
        return datetime(2025, 3, row, 9, 30)
    if isinstance(kind, Date):
        return date(2025, 3, row)
    if isinstance(kind, Integer):
        return 30 + row
    if isinstance(kind, String) and kind.length and kind.length < 60:
        return f"{token(table_index, row)} Öz"[: kind.length]
    return f"{token(table_index, row)} Łukasz Özdemir café <&> 😀 \"quoted\" 'x'"


def _snapshot(engine: Any, tables: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with engine.connect() as conn:
        meta = MetaData()
        meta.reflect(conn, only=tables)
        for name in tables:
            t = meta.tables[name]
            out[name] = sorted(tuple(r) for r in conn.execute(select(t)))
    return out


def _tool_rows_kept(old: Table, before: list[tuple[Any, ...]], engine: Any) -> None:
    """Migration 0011: a tool's free-text kind moves to ``kind_detail`` (``kind``
    becomes its code) and the planned flag becomes the status; the rest stays."""
    names = [c.name for c in old.columns]
    with engine.connect() as conn:
        tool = Table("tool", MetaData(), autoload_with=conn)
        now = {r["id"]: r for r in conn.execute(select(tool)).mappings()}
    assert len(now) == len(before)
    for values in before:
        was = dict(zip(names, values, strict=True))
        row = now[was["id"]]
        assert row["kind_detail"] == was["kind"]
        assert row["kind"] == tool_kind_of_text(was["kind"])
        assert row["status"] == ("in_development" if was["planned"] else "available")
        rest = set(names) - {"kind", "planned"}
        assert {k: row[k] for k in rest} == {k: was[k] for k in rest}


def test_upgrade_from_0001_keeps_every_record(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = build_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    meta = MetaData()
    meta.reflect(engine)
    names = [t.name for t in meta.sorted_tables if t.name != "alembic_version"]
    with engine.begin() as conn:
        for index, t in enumerate(meta.sorted_tables):
            if t.name == "alembic_version":
                continue
            rows = [
                {c.name: _value(t, index, c, row) for c in t.columns} for row in range(1, ROWS + 1)
            ]
            conn.execute(t.insert(), rows)
    index_of = {t.name: i for i, t in enumerate(meta.sorted_tables)}
    before = _snapshot(engine, names)
    engine.dispose()
    assert all(len(rows) == ROWS for rows in before.values()), before.keys()

    db = open_app_database(str(path), actor="test")
    try:
        assert current_revision(db.engine) == head_revision()
        after = _snapshot(db.engine, names)
        for name in names:
            # Later migrations may add columns; the old ones keep their values.
            width = len(before[name][0])
            kept = [r[:width] for r in after[name]]
            if name == "target":
                # migration 0012 adds the seeded targets of the plan's other items
                kept = [r for r in kept if r in before[name]]
            if name == "tool":
                _tool_rows_kept(meta.tables["tool"], before[name], db.engine)
                continue
            assert kept == before[name], name
        for kind in KINDS:
            with db.read() as s:
                public_ids = list(
                    s.execute(text(f"SELECT public_id FROM {kind} ORDER BY id")).scalars()
                )
            for row, public_id in enumerate(public_ids, start=1):
                word = token(index_of[kind], row)
                hits = {(h.kind, h.id) for h in search(db, word)}
                assert (kind, public_id) in hits, (kind, word)
        # Accents and case of the old text are folded too.
        assert search(db, "lukasz ozdemir cafe")
    finally:
        db.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO recipes (name) VALUES ('stoofvlees')")
    con.commit()
    con.close()
    content = _dump(path)
    with pytest.raises(NotSupportDeskDatabase):
        open_app_database(str(path))
    # The content is untouched. (Opening does switch the file to WAL mode, which
    # rewrites two header bytes: db/engine.py sets WAL on connect, before the check.)
    assert _dump(path) == content


def test_a_text_file_is_unreadable_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Dit is geen databank, maar een boodschappenlijst.\n" * 50, "utf-8")
    digest = _digest(path)
    with pytest.raises(UnreadableDatabase):
        open_app_database(str(path))
    assert _digest(path) == digest


def test_a_newer_database_is_refused_and_not_changed(tmp_path: Path) -> None:
    path = make_newer_database(tmp_path / "newer.sqlite3")
    digest = _digest(path)
    with pytest.raises(NewerDatabase):
        open_app_database(str(path))
    assert _digest(path) == digest
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999_future",)
        ]
    finally:
        con.close()


def test_every_revision_upgrades_an_empty_database_in_steps(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    engine = build_engine(f"sqlite:///{tmp_path / 'steps.sqlite3'}")
    try:
        for rev in revisions:
            upgrade(engine, rev)
            assert current_revision(engine) == rev
    finally:
        engine.dispose()
