"""Search: a full-text table of the names only (local governments, contact persons).

A broad query ("digi", "van be") puts the governments and contacts whose *name* has
every word first. In the full-text table of every document a title-only match still
walks the posting lists of the bodies: "digi" is in ~220,000 documents at 100,000 talks
and in no name, so finding that no name has it cost 15-17 ms per keystroke. This table
holds only the ~180,000 names (their ``title_folded``, which for a government includes
its former municipalities' names), so the same walk reads only names (~0.5 ms).

Contentless (``content=''``): it stores no text of its own, only the index; a search
reads the ids and looks the rows up in ``search_document``. Triggers on
``search_document`` keep it in step, so every path that writes a document (the flush
listener, ``reindex_all``, an import, a deletion) fills it without knowing it exists.
FTS5 removes a row of a contentless table given its old values, which the triggers have.
The name starts with ``search_fts`` like the other full-text table: both are derived
from ``search_document`` and not part of the models.

PostgreSQL: nothing changes (its GIN index over ``tsv`` has the title weight, A).

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# The document kinds whose titles are names (supportdesk.search.documents, 2026-11).
NAME_KINDS = "('local_government', 'contact_person')"

TRIGGERS = ("search_fts_names_ai", "search_fts_names_ad", "search_fts_names_au")

SQLITE = [
    """CREATE VIRTUAL TABLE search_fts_names USING fts5(
        title_folded, content='',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6 7 8')""",
    f"""CREATE TRIGGER search_fts_names_ai AFTER INSERT ON search_document
    WHEN new.kind IN {NAME_KINDS} BEGIN
        INSERT INTO search_fts_names(rowid, title_folded) VALUES (new.id, new.title_folded);
    END""",
    f"""CREATE TRIGGER search_fts_names_ad AFTER DELETE ON search_document
    WHEN old.kind IN {NAME_KINDS} BEGIN
        INSERT INTO search_fts_names(search_fts_names, rowid, title_folded)
        VALUES ('delete', old.id, old.title_folded);
    END""",
    f"""CREATE TRIGGER search_fts_names_au AFTER UPDATE ON search_document BEGIN
        INSERT INTO search_fts_names(search_fts_names, rowid, title_folded)
        SELECT 'delete', old.id, old.title_folded WHERE old.kind IN {NAME_KINDS};
        INSERT INTO search_fts_names(rowid, title_folded)
        SELECT new.id, new.title_folded WHERE new.kind IN {NAME_KINDS};
    END""",
    f"""INSERT INTO search_fts_names(rowid, title_folded)
        SELECT id, title_folded FROM search_document WHERE kind IN {NAME_KINDS}
        ORDER BY id""",
    "INSERT INTO search_fts_names(search_fts_names) VALUES ('optimize')",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts_names")
