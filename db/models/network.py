"""The digital-inclusion network's members (OD 1.1 "onderhoudt het ledenbestand")."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson


class NetworkMembership(RecordMixin, Base):
    """A contact person's membership of the network, from ``joined_on`` until
    ``left_on`` (empty while a member). Someone who leaves and comes back has two rows.
    An inactive contact person is no current member, whatever ``left_on`` says
    (``supportdesk.services.network``): people who leave their job leave the list."""

    __tablename__ = "network_membership"

    contact_person_id: Mapped[int] = mapped_column(
        ForeignKey("contact_person.id", ondelete="CASCADE"), nullable=False
    )
    joined_on: Mapped[date] = mapped_column(Date, nullable=False)
    left_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    contact_person: Mapped[ContactPerson] = relationship()

    __table_args__ = (
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="dates"),
        Index("ix_network_membership_contact", "contact_person_id", "left_on"),
    )
