"""Search index: search_document, with FTS5 on SQLite and a tsvector on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.migration_parts import drop_search_fts, search_fts_statements

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

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
    statements: list[str] = []
    if dialect == "sqlite":
        statements = search_fts_statements("2 3")
    elif dialect == "postgresql":
        statements = POSTGRES_TSV
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        drop_search_fts()
    op.drop_table("search_document")
