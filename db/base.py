"""Declarative base and what every mapped record shares.

The tables themselves are Core ``Table`` objects in ``db.tables`` on ``db.metadata``'s
``MetaData``; each model maps onto its table (``__table__``), its ``Mapped[...]``
annotations are for typing only.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr

from db.metadata import metadata as schema_metadata
from db.metadata import new_public_id, utcnow

if TYPE_CHECKING:
    from sqlalchemy import Table

__all__ = ["Base", "RecordMixin", "new_public_id", "utcnow"]


class Base(DeclarativeBase):
    metadata = schema_metadata

    if TYPE_CHECKING:
        # every model maps a Core ``Table`` of ``db.tables`` (not any FROM clause)
        __table__: ClassVar[Table]


class RecordMixin:
    """The columns every user-managed record has (``db.metadata.record_columns``).

    ``public_id`` is the stable id used by export, import, the CLI and the PDFs.
    ``version`` is SQLAlchemy's optimistic-lock counter: an UPDATE whose WHERE names a
    version someone else already replaced matches no row and raises, so a second save
    never silently overwrites the first.
    """

    if TYPE_CHECKING:
        __table__: ClassVar[Table]

    id: Mapped[int]
    public_id: Mapped[str]
    created_at: Mapped[datetime]
    created_by: Mapped[str]
    updated_at: Mapped[datetime]
    updated_by: Mapped[str]
    version: Mapped[int]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.version}
