"""Targets of the action plan, per year and indicator (editable: next year's plan differs)."""

from __future__ import annotations

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, RecordMixin


class Target(RecordMixin, Base):
    __tablename__ = "target"

    year: Mapped[int] = mapped_column(Integer, nullable=False)
    indicator: Mapped[str] = mapped_column(String(50), nullable=False)
    value: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (UniqueConstraint("year", "indicator"),)
