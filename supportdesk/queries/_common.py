"""What the list queries share: LIKE patterns that match text as typed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement


def like_pattern(text: str) -> str:
    """A LIKE pattern for "contains ``text``", with ``%``, ``_`` and ``\\`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` contains ``text``, ignoring case: fully on PostgreSQL (ILIKE), for
    ASCII letters on SQLite (its lower() leaves Ł and É alone; typed as stored they match).
    """
    result: ColumnElement[bool] = column.ilike(like_pattern(text), escape="\\")
    return result
