"""The search index's documents: one row per searchable record, derived, never exported.

``title`` is shown as typed; ``body`` holds the folded text (lower case, accents and
letters such as ł removed) that the full-text index reads. On SQLite an FTS5 table with
this table as external content indexes it; on PostgreSQL a tsvector column does.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, String, Table, Text, UniqueConstraint

from db.metadata import metadata

search_document = Table(
    "search_document",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(30), nullable=False),
    Column("record_id", Integer, nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("title_folded", Text, nullable=False, default=""),
    Column("body", Text, nullable=False, default=""),
    UniqueConstraint("kind", "record_id"),
)
