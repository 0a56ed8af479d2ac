"""Writing many rows at once, and telling whether a database holds user records.

Demo data and import both fill a database with tens of thousands of rows. The ORM
would spend most of its time on bookkeeping; Core ``executemany`` with ids chosen up
front (so link tables need no round trip) is an order of magnitude faster. On PostgreSQL
the id sequences are moved past the chosen ids afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from db.models import Base
from db.reference import REFERENCE_ACTOR
from supportdesk.errors import DomainError

CHUNK = 5_000

# Tables that are derived (rebuilt from the records) or not records at all.
DERIVED_TABLES = frozenset({"search_document", "search_fts"})

# Tables a new database is given by db.reference; their unchanged rows are not "user
# records", so a database holding only them counts as empty.
#: the action plan's kinds and items (migration 0012); an export before it has none
PLAN_REFERENCE_TABLES = ("activity_kind", "plan_item", "plan_item_activity_kind")
REFERENCE_TABLES = (
    "local_government",
    "local_government_alias",
    "theme",
    "tool",
    "target",
    *PLAN_REFERENCE_TABLES,
)


class NotEmptyError(DomainError):
    """The database already holds records: demo data or an import would mix with them."""


def record_tables() -> list[Table]:
    """Every table that holds records, parents before children (export/import order)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in DERIVED_TABLES]


def max_ids(conn: Connection, tables: Iterable[Table]) -> dict[str, int]:
    """The highest ``id`` in use per table that has an integer ``id`` (0 when empty)."""
    result: dict[str, int] = {}
    for table in tables:
        if "id" in table.c:
            result[table.name] = int(conn.scalar(select(func.max(table.c.id))) or 0)
    return result


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) with executemany, in chunks."""
    for start in range(0, len(rows), CHUNK):
        conn.execute(table.insert(), list(rows[start : start + CHUNK]))


def reset_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """On PostgreSQL, move each ``id`` sequence past the highest id (explicit ids skip it)."""
    if conn.dialect.name != "postgresql":
        return
    quote = conn.dialect.identifier_preparer.quote
    for table in tables:
        if "id" not in table.c:
            continue
        conn.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {quote(table.name)}), 0) + 1, false)"
            ),
            {"t": table.name},
        )


def user_record_count(conn: Connection) -> int:
    """How many rows the team made: everything but untouched reference data.

    A reference row counts once it was changed (version above 1) or when it was not
    loaded by db.reference (a partnership or organisation added by hand).
    """
    total = 0
    for table in record_tables():
        query = select(func.count()).select_from(table)
        if table.name in REFERENCE_TABLES and "created_by" in table.c:
            query = query.where((table.c.created_by != REFERENCE_ACTOR) | (table.c.version > 1))
        elif table.name in REFERENCE_TABLES:
            continue  # aliases follow their municipality
        total += int(conn.scalar(query) or 0)
    return total


def refuse_unless_empty(conn: Connection, only_then: str) -> None:
    """NotEmptyError when the team made records (``user_record_count``); ``only_then``
    ends the message with what goes into an empty database alone."""
    existing = user_record_count(conn)
    if existing:
        raise NotEmptyError(f"De databank bevat al {existing} records; {only_then}")
