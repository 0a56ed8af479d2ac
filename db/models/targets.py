"""Targets of the action plan, per year and indicator (editable: next year's plan differs)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped

from db.base import Base, RecordMixin
from db.tables.targets import target


class Target(RecordMixin, Base):
    __table__ = target

    year: Mapped[int]
    indicator: Mapped[str]
    value: Mapped[int]
