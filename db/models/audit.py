"""The change log: who changed which record when, and which fields from what to what.

One row per create, change, archive, delete (and erase) of a record. ``record_id`` is
the record's public id, so an entry outlives the row it describes and survives export
and import. ``changes`` is JSON: ``{field: [old, new]}``; references are public ids.
The rows are written by a Session flush listener (``supportdesk.safety.audit``), never
by hand, and are only rewritten when a person's data is erased.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow


class ChangeLogEntry(Base):
    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    table_name: Mapped[str] = mapped_column(String(50), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")

    __table_args__ = (
        Index("ix_change_log_record", "table_name", "record_id"),
        Index("ix_change_log_at", "at"),
    )
