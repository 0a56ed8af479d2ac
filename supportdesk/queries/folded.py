"""Filtering a list by a name, folded as search folds it.

``name_contains(column, text)``: ``column`` contains ``text`` with case, accents and
letters such as ł, ø, æ, ß ignored, the same on SQLite and PostgreSQL ("aero" and
"ÆRØ" both find "Ærø Kommune"; "lukasz" finds "Łukasz"). SQLite's ``lower()`` and
``LIKE`` fold ASCII letters only, and PostgreSQL's ``ILIKE`` keeps accents, so a plain
``contains`` misses such names. It compiles per database through
``supportdesk.search.folding.folded_sql`` (SQLite: the ``sd_fold`` function registered on
every connection; PostgreSQL: lower + NFKD with marks and mapped letters removed).

The folded column is computed per row, so use it for names (local governments, their
former names, team members: hundreds of rows), not for long free text over large tables.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String

from supportdesk.queries._common import LONG_PATTERN, _position, like_pattern, storable
from supportdesk.search.folding import fold, folded_sql


class folded(FunctionElement[str]):
    """``folded(column)``: the column folded as ``fold`` folds, in SQL."""

    type = String()
    inherit_cache = True
    name = "folded"


@compiles(folded)
def _compile(element: Any, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return str(compiler.process(folded_sql(column, compiler.dialect.name), **kw))


def name_contains(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` contains ``text``, both folded (see the module docstring)."""
    wanted = fold(text).strip()
    if not wanted or not storable(text):
        return false()
    if len(wanted) > LONG_PATTERN:  # SQLite refuses a LIKE pattern this long
        return _position(folded(column), wanted) > 0
    result: ColumnElement[bool] = folded(column).like(like_pattern(wanted), escape="\\")
    return result
