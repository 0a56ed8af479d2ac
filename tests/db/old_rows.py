"""Rows written straight into a database at an older schema revision, as the migration
tests fill one before upgrading it (the models describe only the newest schema)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text


def record_columns(stamp: datetime, by: str) -> dict[str, Any]:
    """The columns every record table has: a new public id, made and changed at
    ``stamp`` by ``by``, version 1."""
    return {
        "public_id": str(uuid.uuid4()),
        "created_at": stamp,
        "created_by": by,
        "updated_at": stamp,
        "updated_by": by,
        "version": 1,
    }


def insert(conn: Connection, table: str, row: dict[str, Any]) -> None:
    """One row of ``table`` with exactly the columns of ``row``."""
    cols = ", ".join(row)
    marks = ", ".join(f":{c}" for c in row)
    conn.execute(text(f"INSERT INTO {table} ({cols}) VALUES ({marks})"), row)
