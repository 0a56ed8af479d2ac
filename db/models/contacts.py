"""Contact persons at local governments."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin

if TYPE_CHECKING:
    from db.models.local_government import LocalGovernment


class ContactPerson(RecordMixin, Base):
    """A person at a local government. Made inactive, never deleted, so history stays."""

    __tablename__ = "contact_person"

    local_government_id: Mapped[int] = mapped_column(
        ForeignKey("local_government.id"), nullable=False, index=True
    )
    first_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    role: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    inactive_since: Mapped[date | None] = mapped_column(Date)

    local_government: Mapped[LocalGovernment] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
