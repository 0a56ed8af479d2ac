"""The search index's documents: one row per searchable record, derived, never exported.

``title`` is shown as typed; ``body`` holds the folded text (lower case, accents and
letters such as ł removed) that the full-text index reads. On SQLite an FTS5 table with
this table as external content indexes it; on PostgreSQL a tsvector column does.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class SearchDocument(Base):
    __tablename__ = "search_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    title_folded: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (UniqueConstraint("kind", "record_id"),)
