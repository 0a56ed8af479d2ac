"""The consistency rules of ``supportdesk check``, run by import on its own transaction.

Import writes the document, then asks the same rules ``check`` asks
(``supportdesk.integrity.RULES`` and ``RECORD_RULES``: codes within their allowed
values, date order, a follow-up action's government equal to its talk's, partnership
links, ids, versions and stamps), before it commits. A rule added there for ``check``
therefore holds for import too, without a second copy. The first row that breaks a
rule is named by its table, public id and column, so the message says where to look.

The field rules the services apply (``field_rules.FIELD_RULES``: e-mail addresses,
NIS codes, one-line fields, text lengths, ranges) are checked on the document's rows
before anything is written (``first_field_violation``); ``check`` scans for them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Select, Table, select
from sqlalchemy.sql import visitors

from supportdesk.bulk import record_tables
from supportdesk.field_rules import FIELD_RULES, row_problems
from supportdesk.integrity import RECORD_RULES, RULES


@dataclass(frozen=True)
class Violation:
    """One rule broken by at least one row: the first such row, named."""

    message: str  # the rule, as ``check`` words it
    table: str
    record: str  # the row's public id (or its integer id, when it has none)
    column: str


def first_violation(conn: Connection) -> Violation | None:
    """The first rule of ``check`` that the data in ``conn`` breaks, or None."""
    for _check, message, query in RULES:
        found = _first_row(conn, query(), message)
        if found is not None:
            return found
    for table in record_tables():
        if "public_id" not in table.c:
            continue
        for column, rule in RECORD_RULES:
            row = conn.execute(
                select(table.c.public_id, table.c.id).where(rule(table)).limit(1)
            ).first()
            if row is not None:
                record = row[0] if row[0] else f"#{row[1]}"
                return Violation(_RECORD_MESSAGES[column], table.name, record, column)
    return None


def first_field_violation(tables: dict[str, list[dict[str, Any]]]) -> Violation | None:
    """The first row of a document (rows per table, column -> value) whose field breaks
    a rule the services apply (``field_rules.FIELD_RULES``), or None."""
    for name in dict.fromkeys(r.table for r in FIELD_RULES):
        for problem in row_problems(name, tables.get(name, ())):
            return Violation(problem.message, name, problem.record, problem.rule.column)
    return None


_RECORD_MESSAGES = {
    "public_id": "een record zonder id",
    "version": "een versie kleiner dan 1",
    "updated_at": "gewijzigd vóór het gemaakt werd",
}


def _first_row(conn: Connection, query: Select[Any], message: str) -> Violation | None:
    ident = conn.execute(query.limit(1)).scalar()
    if ident is None:
        return None
    selected = query.selected_columns[0]
    # A rule selects the id of the row at fault, or a link column naming it
    # (partnership_member.partnership_id): name the row the id belongs to.
    fks = list(getattr(selected, "foreign_keys", ()))
    table: Table = fks[0].column.table if fks else selected.table
    record = conn.scalar(select(table.c.public_id).where(table.c.id == ident))
    return Violation(message, table.name, str(record or f"#{ident}"), _column(query, table))


def _column(query: Select[Any], table: Table) -> str:
    """The first column of ``table`` the rule's condition looks at (the field at fault)."""
    where = query.whereclause
    if where is not None:
        for element in visitors.iterate(where):
            if not isinstance(element, Column):
                continue
            owner = getattr(element, "table", None)
            if owner is not None and owner.name == table.name:
                return str(element.name)
    return str(query.selected_columns[0].name)
