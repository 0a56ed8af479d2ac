"""What the list queries share: filter text matched as typed, whatever was typed.

A filter box takes anything a person can paste. Text that no record can hold (a lone
surrogate, a NUL: the services refuse both on save, ``validation.clean_text``) matches
nothing, rather than failing in the driver (UTF-8 encoding) or being cut short by it
(SQLite ends a pattern at a NUL, so "a\\x00b" would match everything). Very long text is
matched with a substring search instead of LIKE, whose patterns SQLite caps at 50,000
bytes ("LIKE or GLOB pattern too complex").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Integer

from supportdesk.errors import ValidationError
from supportdesk.validation import clean_text

LONG_PATTERN = 10_000  # characters; longer filter text is matched without LIKE


def like_pattern(text: str) -> str:
    """A LIKE pattern for "contains ``text``", with ``%``, ``_`` and ``\\`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def storable(text: str) -> bool:
    """Whether a record could hold ``text`` (so a filter on it can match anything)."""
    try:
        clean_text(text)
    except ValidationError:
        return False
    return True


class _position(FunctionElement[int]):
    """Where ``needle`` first occurs in ``haystack`` (1-based, 0 when absent)."""

    type = Integer()
    inherit_cache = True
    name = "position"


@compiles(_position)
def _position_default(element: Any, compiler: Any, **kw: Any) -> str:
    haystack, needle = list(element.clauses)
    return f"strpos({compiler.process(haystack, **kw)}, {compiler.process(needle, **kw)})"


@compiles(_position, "sqlite")
def _position_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    haystack, needle = list(element.clauses)
    return f"instr({compiler.process(haystack, **kw)}, {compiler.process(needle, **kw)})"


def contains(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` contains ``text``, ignoring case: fully on PostgreSQL (ILIKE), for
    ASCII letters on SQLite (its lower() leaves Ł and É alone; typed as stored they match).
    Text no record can hold matches nothing.
    """
    if not storable(text):
        return false()
    if len(text) > LONG_PATTERN:  # lower() folds exactly as each backend's ILIKE/LIKE does
        return _position(func.lower(column), func.lower(text)) > 0
    result: ColumnElement[bool] = column.ilike(like_pattern(text), escape="\\")
    return result


def starts_with(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` begins with ``text`` exactly (``%`` and ``_`` are no wildcards)."""
    if not storable(text):
        return false()
    if len(text) > LONG_PATTERN:
        return _position(column, text) == 1
    result: ColumnElement[bool] = column.startswith(text, autoescape=True)
    return result
