"""The one shape of a list read: ``<kind>_page(db, filter, *, sort, descending, offset,
limit) -> (rows, total)``.

``total`` is how many rows the filter selects when the read knows it without a second
scan (a window count, or a first page shorter than its limit, which holds them all);
otherwise None and the caller counts (``count_<kind>``) when it needs the number.
The second step of such a read, for the page's rows only, shares ``names_per_row`` and
``next_actions``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence, Sized
from datetime import date
from typing import TYPE_CHECKING, Any, ParamSpec, TypeAlias, TypeVar

from sqlalchemy import Connection, Select, func, select

from db.tables.follow_up import follow_up_action
from supportdesk.queries.sorting import name_order

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: a Core connection (the lists that read without the ORM) or an ORM session
Reader: TypeAlias = "Connection | Session"

P = ParamSpec("P")
R = TypeVar("R")


def rows_only(page: Callable[P, tuple[list[R], int | None]]) -> Callable[P, list[R]]:
    """``list_<kind>``: the rows of ``<kind>_page`` without the total (same arguments)."""

    def rows(*args: P.args, **kwargs: P.kwargs) -> list[R]:
        return page(*args, **kwargs)[0]

    rows.__name__ = rows.__qualname__ = "list_" + page.__name__.removesuffix("_page")
    rows.__doc__ = f"One page of rows (``{page.__name__}`` without its total)."
    return rows


def total_if_known(rows: Sized, offset: int, limit: int | None) -> int | None:
    """The total a page shows by itself: a first page shorter than its limit (or read
    without a limit) holds every matching row; any other page does not tell."""
    if offset == 0 and (limit is None or len(rows) < limit):
        return len(rows)
    return None


def counted_ids(
    conn: Reader, stmt: Select[int, int], offset: int, limit: int | None
) -> tuple[list[int], int | None]:
    """The first step of a page with a window count: ``stmt`` selects (id, count() over
    ()) in the page's order; the ids from ``offset`` (at most ``limit``) and the number
    of all matching rows. An empty page tells 0 at the start, nothing past it."""
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    found = conn.execute(stmt).all()
    if not found:
        return [], (0 if offset == 0 else None)
    return [r[0] for r in found], int(found[0][1])


# -- the second step of a page: what its rows show besides their own columns -----------


def names_per_row(
    conn: Reader,
    owner: Any,
    name: Any,
    join: Any,
    ids: Sequence[int],
    order: Any | None = None,
) -> dict[int, list[str]]:
    """The names linked to each row of a page (a talk's themes, a trajectory's coaches, a
    focus group's tools), by the row's id: ``owner`` the link's row-id column, ``name``
    the name column, ``join`` the condition joining the two; sorted as a Dutch reader
    expects unless ``order`` says otherwise."""
    out: dict[int, list[str]] = defaultdict(list)
    for row_id, text in conn.execute(
        select(owner, name)
        .join(_table_of(name), join)
        .where(owner.in_(ids))
        .order_by(name_order(name) if order is None else order)
    ):
        out[row_id].append(text)
    return out


def _table_of(column: Any) -> Any:
    """What a name column belongs to: the ORM entity of a model's attribute, the table
    of a Core column."""
    return getattr(column, "class_", None) or column.table


def next_actions(
    conn: Reader, subject: Any, ids: Sequence[int]
) -> dict[int, tuple[date | None, str]]:
    """Each row's next open follow-up action (due date, description): the soonest due,
    those without a date last. ``subject`` is the action's column naming the row.

    ``coalesce(done_date, NULL) IS NULL`` is ``done_date IS NULL`` that SQLite cannot
    answer with the (done date, archived, due date) index: with it, SQLite walked every
    open action of the database instead of the page's rows (39 ms instead of 1 for the
    focus groups at 100,000 talks)."""
    out: dict[int, tuple[date | None, str]] = {}
    for row_id, due, description in conn.execute(
        select(subject, follow_up_action.c.due_date, follow_up_action.c.description)
        .where(
            subject.in_(ids),
            func.coalesce(follow_up_action.c.done_date, None).is_(None),
            follow_up_action.c.archived.is_(False),
        )
        .order_by(
            follow_up_action.c.due_date.is_(None),
            follow_up_action.c.due_date,
            follow_up_action.c.id,
        )
    ):
        if row_id is not None:
            out.setdefault(row_id, (due, description))
    return out
