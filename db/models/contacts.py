"""Contact persons at local governments."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.contacts import contact_person

if TYPE_CHECKING:
    from db.models.local_government import LocalGovernment


class ContactPerson(RecordMixin, Base):
    """A person at a local government. Made inactive, never deleted, so history stays."""

    __table__ = contact_person

    local_government_id: Mapped[int]
    first_name: Mapped[str]
    last_name: Mapped[str]
    role: Mapped[str]
    email: Mapped[str]
    phone: Mapped[str]
    notes: Mapped[str]
    active: Mapped[bool]
    inactive_since: Mapped[date | None]

    local_government: Mapped[LocalGovernment] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
