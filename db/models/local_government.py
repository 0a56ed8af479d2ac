"""Local governments: municipalities, partnerships and other organisations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.local_government import (
    local_government,
    local_government_alias,
    partnership_member,
)

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson


class LocalGovernment(RecordMixin, Base):
    """A municipality (with its OCMW), a partnership of them, or another organisation."""

    __table__ = local_government

    name: Mapped[str]
    kind: Mapped[str]
    #: for an organisation only: an ``OrganisationKind`` code (partner, Digibank, ...)
    organisation_kind: Mapped[str | None]
    nis_code: Mapped[str | None]
    province: Mapped[str | None]
    arrondissement: Mapped[str | None]
    starting_position: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    notes: Mapped[str]
    archived: Mapped[bool]

    aliases: Mapped[list[LocalGovernmentAlias]] = relationship(
        back_populates="local_government", cascade="all, delete-orphan"
    )
    contacts: Mapped[list[ContactPerson]] = relationship(back_populates="local_government")
    members: Mapped[list[LocalGovernment]] = relationship(
        secondary=partnership_member,
        primaryjoin=lambda: LocalGovernment.id == partnership_member.c.partnership_id,
        secondaryjoin=lambda: LocalGovernment.id == partnership_member.c.member_id,
        back_populates="partnerships",
    )
    partnerships: Mapped[list[LocalGovernment]] = relationship(
        secondary=partnership_member,
        primaryjoin=lambda: LocalGovernment.id == partnership_member.c.member_id,
        secondaryjoin=lambda: LocalGovernment.id == partnership_member.c.partnership_id,
        back_populates="members",
    )


class LocalGovernmentAlias(Base):
    """Another name search should find: a former municipality merged into this one."""

    __table__ = local_government_alias

    id: Mapped[int]
    local_government_id: Mapped[int]
    name: Mapped[str]
    nis_code: Mapped[str | None]

    local_government: Mapped[LocalGovernment] = relationship(back_populates="aliases")
