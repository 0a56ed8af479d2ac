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

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TRIGGERS = ("search_document_ai", "search_document_ad", "search_document_au")


def _fts(prefix: str) -> list[str]:
    return [
        f"""CREATE VIRTUAL TABLE search_fts USING fts5(
        title_folded, body, content='search_document', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='{prefix}')""",
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
        "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    ]


def _remake(prefix: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    for statement in _fts(prefix):
        op.execute(statement)


def upgrade() -> None:
    _remake("2 3 4 5 6 7 8")


def downgrade() -> None:
    _remake("2 3")
