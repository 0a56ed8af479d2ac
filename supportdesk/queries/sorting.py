"""Names in the order a Dutch reader expects, sorted by the database.

``name_order(column)`` is the ORDER BY key for any name or title: accents and case are
ignored first and used as tie-breakers after ("Özdemir" among the O's, "Ærø" among the
A's, "zwalm" and "Zwalm" together, lower case first). It compiles per database, so
sorting and paging stay in SQL:

- SQLite: ``sd_sort_key(column)``, a deterministic function registered on every
  connection (``db.collation``): computed once per row, then compared as bytes;
- PostgreSQL: ``column COLLATE sd_nl``, the ICU collation of migration 0008;
- anything else: ``lower(column)``.

SQLite and PostgreSQL agree on every name made of letters with accents; they may differ
on letters ICU sorts as letters of their own (Æ after A, Ø after O, Ł after L) where
SQLite folds them (Æ as AE, Ø as O, Ł as L). Neither puts them after Z.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String

from db.collation import COLLATION, SORT_FUNCTION


class name_order(FunctionElement[str]):
    """``name_order(column)``: the sort key of a name (see the module docstring)."""

    type = String()
    inherit_cache = True
    name = "name_order"


@compiles(name_order)
def _default(element: Any, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return f"lower({compiler.process(column, **kw)})"


@compiles(name_order, "sqlite")
def _sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return f"{SORT_FUNCTION}({compiler.process(column, **kw)})"


@compiles(name_order, "postgresql")
def _postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return f"({compiler.process(column, **kw)} COLLATE {COLLATION})"
