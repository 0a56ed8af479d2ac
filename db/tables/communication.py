"""Communication (OD 1.3): good practices, articles, newsletters and website updates."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, String, Table, Text

from db.metadata import metadata, record_columns, reference

#: one piece of communication, of a ``PublicationKind`` (``db.models.communication``)
publication = Table(
    "publication",
    metadata,
    Column("kind", String(20), nullable=False),
    Column("published_on", Date, nullable=False),
    Column("title", String(300), nullable=False),
    Column("link", String(500), nullable=False, default=""),
    reference("local_government", index=True),
    Column("medium", String(200), nullable=False, default=""),
    Column("items", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("archived", Boolean, nullable=False, default=False),
    *record_columns(),
    # the year's figures per kind, and the lists by date
    Index("ix_publication_kind_published_on", "kind", "published_on"),
)

#: an article about a good practice (at most one per article)
article_good_practice = Table(
    "article_good_practice",
    metadata,
    Column("article_id", ForeignKey("publication.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "good_practice_id",
        ForeignKey("publication.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
)
