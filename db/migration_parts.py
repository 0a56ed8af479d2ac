"""The pieces several migrations build tables from, each written once.

Migrations are history: what a revision creates must never change. These helpers
therefore build exactly what the revisions spelled out before they shared them (the
same columns, the same constraint names, and the constraints made in the same order,
which is the order SQLite stores them in), and nothing here may change what it builds.
A new shape belongs in a new function. ``tests/db/test_migration_history.py`` holds the
schema of every revision.

Only the migration scripts import this module, while Alembic runs them; it lives beside
the other ``db`` modules (not in ``db/migrations/``, which is package data) so that the
wheel and the bundle carry it as a module, like ``db.models.enums`` that 0011 reads.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

#: the triggers that keep the SQLite full-text table in step with search_document
SEARCH_TRIGGERS = ("search_document_ai", "search_document_ad", "search_document_au")


def record_columns() -> list[sa.Column[Any]]:
    """The columns every record has (``db.base.RecordMixin``): id, public id, who made
    and changed it and when, and the version counter."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def record_keys(table: str) -> list[sa.Constraint]:
    """A record table's primary key (``id``) and the uniqueness of its public id."""
    return [
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("public_id", name=op.f(f"uq_{table}_public_id")),
    ]


def record_table(table: str, *items: sa.Column[Any] | sa.Constraint) -> None:
    """Create a table of records: its own columns and constraints (made before the
    record keys, so stored before them), then the record columns and keys."""
    op.create_table(table, *items, *record_columns(), *record_keys(table))


def foreign_key(
    table: str, column: str, referred: str, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    """``table.column`` refers to ``referred.id``, named by the naming convention."""
    return sa.ForeignKeyConstraint(
        [column],
        [f"{referred}.id"],
        name=op.f(f"fk_{table}_{column}_{referred}"),
        ondelete=ondelete,
    )


def foreign_key_column(
    table: str, column: str, referred: str, ondelete: str | None = None
) -> sa.Column[int]:
    """An optional integer column that refers to ``referred.id`` (for add_column and the
    tables whose columns carry their own foreign key)."""
    return sa.Column(
        column,
        sa.Integer(),
        sa.ForeignKey(
            f"{referred}.id", name=op.f(f"fk_{table}_{column}_{referred}"), ondelete=ondelete
        ),
        nullable=True,
    )


def link_table(table: str, left: tuple[str, str], right: tuple[str, str]) -> None:
    """Create a many-to-many table: two columns (name, referred table), each a key
    that cascades deletes; the foreign keys in the order of their column names."""
    columns = (left, right)
    op.create_table(
        table,
        *(sa.Column(name, sa.Integer(), nullable=False) for name, _ in columns),
        *(foreign_key(table, name, referred, "CASCADE") for name, referred in sorted(columns)),
        sa.PrimaryKeyConstraint(left[0], right[0], name=op.f(f"pk_{table}")),
    )


def create_indexes(table: str, indexes: dict[str, list[str]]) -> None:
    """Create non-unique indexes (name: columns) on ``table``, in the given order."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name, columns in indexes.items():
            batch_op.create_index(batch_op.f(name), columns, unique=False)


def drop_indexes(table: str, *names: str) -> None:
    """Drop indexes of ``table``, in the given order."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name in names:
            batch_op.drop_index(batch_op.f(name))


def search_fts_statements(prefix: str) -> list[str]:
    """SQLite's full-text table over search_document (external content, FTS5 docs
    "External Content Tables") with prefix indexes of the lengths in ``prefix``, and the
    triggers that keep it in step. The text is folded in Python before it is stored, and
    unicode61 with remove_diacritics 2 folds what is left. SQLite stores these
    statements as written: their text, white space included, is part of the schema."""
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
    ]


def drop_search_fts() -> None:
    """Drop SQLite's full-text table and its triggers (each only if it is there)."""
    for name in SEARCH_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")
