"""The schema's ``MetaData`` and what every table shares, in SQLAlchemy Core only.

``db.tables`` defines every table on this metadata; the ORM models (``db.models``) are
mapped onto those tables. Nothing here imports ``sqlalchemy.orm``, so a command that only
reads with Core (``supportdesk stats``) and the app's checks before the first paint load
the schema without the ORM.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String

# A naming convention makes constraint names stable, which Alembic's batch mode on
# SQLite needs to alter tables (see Alembic docs, "batch.rst").
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """Current time in UTC without tzinfo (SQLite stores no zone; all stored times are UTC)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_public_id() -> str:
    return str(uuid.uuid4())


def reference(
    table: str, column: str | None = None, *, ondelete: str | None = None, **kw: Any
) -> Column[int]:
    """An integer column (``<table>_id`` unless named) that refers to ``table``'s ``id``;
    ``kw`` are the Column's own (nullable, index, primary_key)."""
    return Column(
        column or f"{table}_id", Integer, ForeignKey(f"{table}.id", ondelete=ondelete), **kw
    )


def record_columns() -> list[Column[Any]]:
    """The columns every user-managed record has, new objects for each table (a Column
    belongs to one table), placed after the table's own columns.

    ``public_id`` is the stable id used by export, import, the CLI and the PDFs.
    ``version`` is the ORM's optimistic-lock counter (``db.base.RecordMixin``).
    """
    return [
        Column("id", Integer, primary_key=True),
        Column("public_id", String(36), unique=True, nullable=False, default=new_public_id),
        Column("created_at", DateTime, nullable=False, default=utcnow),
        Column("created_by", String(200), nullable=False, default=""),
        Column("updated_at", DateTime, nullable=False, default=utcnow),
        Column("updated_by", String(200), nullable=False, default=""),
        Column("version", Integer, nullable=False, default=1),
    ]
