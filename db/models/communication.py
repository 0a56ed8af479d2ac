"""Communication (OD 1.3): good practices, articles, newsletters and website updates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.communication import article_good_practice, publication

if TYPE_CHECKING:
    from db.models.local_government import LocalGovernment


class Publication(RecordMixin, Base):
    """One piece of communication, of a ``PublicationKind``: published on a date, with a
    title and a link. A good practice names the local government it is about; an
    article names its medium (the magazine Lokaal) and may be about a good practice; a
    newsletter lists its items."""

    __table__ = publication

    kind: Mapped[str]
    published_on: Mapped[date]
    title: Mapped[str]
    link: Mapped[str]
    local_government_id: Mapped[int | None]
    medium: Mapped[str]
    items: Mapped[str]
    notes: Mapped[str]
    archived: Mapped[bool]

    local_government: Mapped[LocalGovernment | None] = relationship()
    good_practice: Mapped[Publication | None] = relationship(
        secondary=article_good_practice,
        primaryjoin=lambda: Publication.id == article_good_practice.c.article_id,
        secondaryjoin=lambda: Publication.id == article_good_practice.c.good_practice_id,
        uselist=False,
    )
