"""The change log: who changed which record when, and which fields from what to what.

One row per create, change, archive, delete (and erase) of a record. ``record_id`` is
the record's public id, so an entry outlives the row it describes and survives export
and import. ``changes`` is JSON: ``{field: [old, new]}``; references are public ids.
The rows are written by a Session flush listener (``supportdesk.safety.audit``), never
by hand, and are only rewritten when a person's data is erased.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text

from db.metadata import metadata, utcnow

change_log = Table(
    "change_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False, default=utcnow),
    Column("actor", String(200), nullable=False, default=""),
    Column("table_name", String(50), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("action", String(20), nullable=False),
    Column("changes", Text, nullable=False, default="{}"),
    Index("ix_change_log_record", "table_name", "record_id"),
    Index("ix_change_log_at", "at"),
)
