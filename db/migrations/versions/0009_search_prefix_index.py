"""Search: FTS5 prefix indexes for prefixes of 2 to 8 letters (SQLite).

A search word is a prefix ("digi" finds "digihelpers", "digitale", ...). Without a
prefix index of its length, FTS5 merges the posting lists of every term starting with
it on each query: "digi" took ~130 ms at 100,000 talks, about half of it before any
ranking. With ``prefix='2 3 4 5 6 7 8'`` FTS5 keeps one list per prefix of those
lengths, so a word typed letter by letter is one lookup per keystroke up to 8 letters;
longer words match few terms. The index grows (about twice the size of the full-text
index), which buys every keystroke its frame.

FTS5 cannot change the prefix option of an existing table: the table is made again,
with the same columns, content table and triggers, and filled from search_document
(``'rebuild'``). Nothing in search_document changes. PostgreSQL keeps its GIN index
over ``tsv`` (prefix queries there walk the index's sorted terms, no merge of postings
per query).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

from db.migration_parts import drop_search_fts, search_fts_statements

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _remake(prefix: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    drop_search_fts()
    for statement in search_fts_statements(prefix):
        op.execute(statement)
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


def upgrade() -> None:
    _remake("2 3 4 5 6 7 8")


def downgrade() -> None:
    _remake("2 3")
