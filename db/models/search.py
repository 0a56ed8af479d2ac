"""The search index's documents (the table and what it holds: ``db.tables.search``)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped

from db.base import Base
from db.tables.search import search_document


class SearchDocument(Base):
    __table__ = search_document

    id: Mapped[int]
    kind: Mapped[str]
    record_id: Mapped[int]
    title: Mapped[str]
    title_folded: Mapped[str]
    body: Mapped[str]
