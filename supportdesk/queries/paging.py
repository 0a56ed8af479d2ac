"""The one shape of a list read: ``<kind>_page(db, filter, *, sort, descending, offset,
limit) -> (rows, total)``.

``total`` is how many rows the filter selects when the read knows it without a second
scan (a window count, or a first page shorter than its limit, which holds them all);
otherwise None and the caller counts (``count_<kind>``) when it needs the number.
"""

from __future__ import annotations

from collections.abc import Sized


def total_if_known(rows: Sized, offset: int, limit: int | None) -> int | None:
    """The total a page shows by itself: a first page shorter than its limit (or read
    without a limit) holds every matching row; any other page does not tell."""
    if offset == 0 and (limit is None or len(rows) < limit):
        return len(rows)
    return None
