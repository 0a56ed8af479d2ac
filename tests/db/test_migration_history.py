"""Migrations are history: each revision builds the schema it always built.

A database made by an old revision keeps the schema that revision built; a changed old
revision would build another on a new database, and the two would drift apart unseen
(the README's rule: never edit an old migration, add one). This pins the SQLite schema
after each revision (tables, indexes, triggers and the full-text table, as SQLite stores
them) by a digest taken at 9d53798 (0008 changes nothing on SQLite). A newer revision may
add its entry; an old entry never changes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Engine, text

from db.engine import build_engine
from db.migrate import upgrade

#: sha256 (first 16 hex digits) of ``_schema(engine)`` after upgrading to each revision
SCHEMA_AT = {
    "0001": "154fcf083afb5d15",
    "0002": "c37d053f2b7a9797",
    "0003": "1bef79470db16b3b",
    "0004": "7a8222d2b8cd3ea8",
    "0005": "477b8d8b6b8db6ec",
    "0006": "1e40e158560887bc",
    "0007": "c63130476e00872d",
    "0008": "c63130476e00872d",
    "0009": "ddc40af0df7cb92c",
    "0010": "226904f54ba1c100",
    "0011": "13582964af239d63",
    "0012": "a16a332cba72f1a1",
    "0013": "f296541577495b85",
    "0014": "8fb9149ecd1a10a8",
}

_CONSTRAINT = ("CONSTRAINT", "PRIMARY KEY", "UNIQUE", "FOREIGN KEY", "CHECK")


def _table_sql(sql: str) -> str:
    """A CREATE TABLE with its columns in order and its constraints sorted: Alembic's
    batch copy (SQLite) writes the constraints of a table it rebuilds in an order that
    differs from run to run, though they are the same."""
    lines = sql.split("\n")
    if not sql.startswith("CREATE TABLE") or len(lines) < 3:
        return sql
    body = [line.rstrip().rstrip(",") for line in lines[1:-1]]
    columns = [line for line in body if not line.strip().startswith(_CONSTRAINT)]
    constraints = sorted(line for line in body if line not in columns)
    return "\n".join([lines[0], *columns, *constraints, lines[-1]])


def _schema(engine: Engine) -> str:
    """Every object SQLite holds, by kind and name, with the SQL that made it."""
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        ).all()
    return "\n".join(
        f"{kind}|{name}|{table}|{_table_sql(sql or '')}" for kind, name, table, sql in rows
    )


def digest(engine: Engine) -> str:
    return hashlib.sha256(_schema(engine).encode()).hexdigest()[:16]


def test_each_revision_builds_the_schema_it_always_built(tmp_path: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    found = {}
    for revision in SCHEMA_AT:
        upgrade(engine, revision)
        found[revision] = digest(engine)
    engine.dispose()
    changed = [r for r in SCHEMA_AT if found[r] != SCHEMA_AT[r]]
    assert changed == [], f"revisions {changed} now build another schema: {found}"
