"""The change log (the table and what its rows hold: ``db.tables.audit``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from db.base import Base
from db.tables.audit import change_log


class ChangeLogEntry(Base):
    __table__ = change_log

    id: Mapped[int]
    at: Mapped[datetime]
    actor: Mapped[str]
    table_name: Mapped[str]
    record_id: Mapped[str]
    action: Mapped[str]
    changes: Mapped[str]
