"""Many-to-many link tables: one row per pair, removed with either side."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Table

from db.metadata import metadata


def link_table(name: str, left: tuple[str, str], right: tuple[str, str]) -> Table:
    """A table of pairs: two columns (name, referred table), together the primary key,
    each a foreign key to the referred table's ``id`` that cascades deletes."""
    return Table(
        name,
        metadata,
        *(
            Column(column, ForeignKey(f"{referred}.id", ondelete="CASCADE"), primary_key=True)
            for column, referred in (left, right)
        ),
    )
