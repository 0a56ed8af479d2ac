"""The digital-inclusion network's members (OD 1.1 "onderhoudt het ledenbestand")."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.network import network_membership

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson


class NetworkMembership(RecordMixin, Base):
    """A contact person's membership of the network, from ``joined_on`` until
    ``left_on`` (empty while a member). Someone who leaves and comes back has two rows.
    An inactive contact person is no current member, whatever ``left_on`` says
    (``supportdesk.services.network``): people who leave their job leave the list."""

    __table__ = network_membership

    contact_person_id: Mapped[int]
    joined_on: Mapped[date]
    left_on: Mapped[date | None]
    notes: Mapped[str]

    contact_person: Mapped[ContactPerson] = relationship()
