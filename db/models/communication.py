"""Communication (OD 1.3): good practices, articles, newsletters and website updates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin

if TYPE_CHECKING:
    from db.models.local_government import LocalGovernment

#: an article about a good practice (at most one per article)
article_good_practice = Table(
    "article_good_practice",
    Base.metadata,
    Column("article_id", ForeignKey("publication.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "good_practice_id",
        ForeignKey("publication.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
)


class Publication(RecordMixin, Base):
    """One piece of communication, of a ``PublicationKind``: published on a date, with a
    title and a link. A good practice names the local government it is about; an
    article names its medium (the magazine Lokaal) and may be about a good practice; a
    newsletter lists its items."""

    __tablename__ = "publication"

    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    published_on: Mapped[date] = mapped_column(Date, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    link: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    local_government_id: Mapped[int | None] = mapped_column(
        ForeignKey("local_government.id"), index=True
    )
    medium: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    items: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    local_government: Mapped[LocalGovernment | None] = relationship()
    good_practice: Mapped[Publication | None] = relationship(
        secondary=article_good_practice,
        primaryjoin=lambda: Publication.id == article_good_practice.c.article_id,
        secondaryjoin=lambda: Publication.id == article_good_practice.c.good_practice_id,
        uselist=False,
    )

    # the year's figures per kind, and the lists by date
    __table_args__ = (Index("ix_publication_kind_published_on", "kind", "published_on"),)
