"""What the export format says about each table, read from the SQLAlchemy metadata.

Driven by the metadata so a table added later is exported and imported without
touching this code. Rows are keyed by public id; an integer foreign key is written as
the public id of the row it names; a table without public id (link tables, former
names, the change log) is written without its integer id and ordered by its columns.

Each value has one spelling, so a document round-trips to the same bytes: dates as
``YYYY-MM-DD``, date-times as Python's ``isoformat`` of the naive value stored (no
time zone; microseconds only when there are any), bytes as standard base64.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Table,
)

from supportdesk.bulk import record_tables

FORMAT = "supportdesk-export"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ColumnSpec:
    """One exported column: its kind ("fk", "int", "bool", "str", "date", "datetime",
    "bytes": binary content, written as base64 text); for "int" the range the column's
    SQL type holds on every backend."""

    name: str
    kind: str
    nullable: bool
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    target: str | None = None  # referenced table, for "fk"
    default: Any = None
    has_default: bool = False


@dataclass(frozen=True)
class TableSpec:
    table: Table
    columns: tuple[ColumnSpec, ...]
    has_public_id: bool
    has_own_id: bool  # an integer ``id`` the importer assigns anew

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def by_name(self) -> dict[str, ColumnSpec]:
        return {c.name: c for c in self.columns}

    def unique_sets(self) -> list[tuple[str, ...]]:
        """Column sets the database keeps unique (exported columns only)."""
        names = {c.name for c in self.columns}
        sets: list[tuple[str, ...]] = []
        pk = tuple(c.name for c in self.table.primary_key.columns)
        if pk and set(pk) <= names:
            sets.append(pk)
        for col in self.table.columns:
            if col.unique and col.name in names:
                sets.append((col.name,))
        for constraint in self.table.constraints:
            cols = tuple(c.name for c in getattr(constraint, "columns", ()))
            if type(constraint).__name__ == "UniqueConstraint" and cols and set(cols) <= names:
                sets.append(cols)
        return list(dict.fromkeys(sets))


def _column_spec(col: Column[Any]) -> ColumnSpec:
    fks = list(col.foreign_keys)
    has_default = col.default is not None and col.default.is_scalar
    default = getattr(col.default, "arg", None) if has_default else None
    common: dict[str, Any] = {
        "name": col.name,
        "nullable": bool(col.nullable),
        "default": default,
        "has_default": has_default,
    }
    if fks:
        return ColumnSpec(kind="fk", target=fks[0].column.table.name, **common)
    if isinstance(col.type, Boolean):
        return ColumnSpec(kind="bool", **common)
    if isinstance(col.type, Integer):
        bits = (
            64
            if isinstance(col.type, BigInteger)
            else 16
            if isinstance(col.type, SmallInteger)
            else 32
        )
        return ColumnSpec(
            kind="int", minimum=-(2 ** (bits - 1)), maximum=2 ** (bits - 1) - 1, **common
        )
    if isinstance(col.type, DateTime):
        return ColumnSpec(kind="datetime", **common)
    if isinstance(col.type, Date):
        return ColumnSpec(kind="date", **common)
    if isinstance(col.type, String):
        return ColumnSpec(kind="str", max_length=col.type.length, **common)
    if isinstance(col.type, LargeBinary):
        return ColumnSpec(kind="bytes", **common)
    raise TypeError(f"export kent het type van {col.table.name}.{col.name} niet: {col.type!r}")


@cache
def table_specs() -> dict[str, TableSpec]:
    """Every exported table, parents before children, by name."""
    specs: dict[str, TableSpec] = {}
    for table in record_tables():
        pk = list(table.primary_key.columns)
        own_id = len(pk) == 1 and pk[0].name == "id" and not pk[0].foreign_keys
        cols = tuple(_column_spec(c) for c in table.columns if not (own_id and c.name == "id"))
        specs[table.name] = TableSpec(table, cols, "public_id" in table.c, own_id)
    for spec in specs.values():
        for col in spec.columns:
            if col.kind == "fk" and not (col.target in specs and specs[col.target].has_public_id):
                raise TypeError(f"{spec.name}.{col.name} verwijst naar een tabel zonder public_id")
    return specs


def to_json_value(kind: str, value: Any) -> Any:
    """A stored value as the export writes it (dates as ISO text, bytes as base64)."""
    if value is None:
        return None
    if kind == "datetime":
        assert isinstance(value, datetime)
        return value.isoformat()
    if kind == "date":
        assert isinstance(value, date)
        return value.isoformat()
    if kind == "bytes":
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def sort_key(spec: TableSpec, row: dict[str, Any]) -> tuple[Any, ...]:
    """Rows by public id; a table without one by its columns in table order."""
    if spec.has_public_id:
        return (row["public_id"],)
    return tuple(("" if row[c.name] is None else str(row[c.name])) for c in spec.columns)
