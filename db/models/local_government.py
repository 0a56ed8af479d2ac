"""Local governments: municipalities, partnerships and other organisations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin
from db.models.links import link_table

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson

partnership_member = link_table(
    "partnership_member",
    ("partnership_id", "local_government"),
    ("member_id", "local_government"),
)


class LocalGovernment(RecordMixin, Base):
    """A municipality (with its OCMW), a partnership of them, or another organisation."""

    __tablename__ = "local_government"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="municipality")
    #: for an organisation only: an ``OrganisationKind`` code (partner, Digibank, ...)
    organisation_kind: Mapped[str | None] = mapped_column(String(20))
    nis_code: Mapped[str | None] = mapped_column(String(5), unique=True)
    province: Mapped[str | None] = mapped_column(String(50))
    arrondissement: Mapped[str | None] = mapped_column(String(50))
    starting_position: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

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

    __table_args__ = (Index("ix_local_government_name", "name"),)


class LocalGovernmentAlias(Base):
    """Another name search should find: a former municipality merged into this one."""

    __tablename__ = "local_government_alias"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    local_government_id: Mapped[int] = mapped_column(
        ForeignKey("local_government.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    nis_code: Mapped[str | None] = mapped_column(String(5))

    local_government: Mapped[LocalGovernment] = relationship(back_populates="aliases")
