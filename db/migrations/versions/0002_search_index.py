"""Search index: search_document, with FTS5 on SQLite and a tsvector on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    # External-content FTS5 over search_document, kept in step by triggers (FTS5 docs,
    # "External Content Tables"). The text is folded in Python before it is stored, and
    # unicode61 with remove_diacritics 2 folds what is left.
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title_folded, body, content='search_document', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN
        INSERT INTO search_fts(rowid, title_folded, body)
        VALUES (new.id, new.title_folded, new.body);
    END""",
    """CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_folded, body)
        VALUES ('delete', old.id, old.title_folded, old.body);
    END""",
    """CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_folded, body)
        VALUES ('delete', old.id, old.title_folded, old.body);
        INSERT INTO search_fts(rowid, title_folded, body)
        VALUES (new.id, new.title_folded, new.body);
    END""",
]

POSTGRES_TSV = [
    """ALTER TABLE search_document ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_folded), 'A')
        || setweight(to_tsvector('simple', body), 'B')) STORED""",
    "CREATE INDEX ix_search_document_tsv ON search_document USING gin (tsv)",
]


def upgrade() -> None:
    op.create_table(
        "search_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_folded", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_document")),
        sa.UniqueConstraint("kind", "record_id", name=op.f("uq_search_document_kind")),
    )
    dialect = op.get_bind().dialect.name
    statements = (
        SQLITE_FTS if dialect == "sqlite" else POSTGRES_TSV if dialect == "postgresql" else []
    )
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("search_document_ai", "search_document_ad", "search_document_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_document")
