"""What a page listing records from a paged SQL query shares: apply the filter bar's
filter (keeping the selected record selected), show the count, say why the list is
empty, and filter at once on Enter in the search field.

The Adviesgesprekken, Trajecten, Focusgroepen and Lokale besturen pages each had a
copy of this; a subclass now says only what differs: its filter (``current_filter``),
how rows are read (``_fetch``, ``_count``), the empty text and what else to fill.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtWidgets import QLabel

from ui.pages.base import Page
from ui.widgets.filter_bar import FilterBar
from ui.widgets.paged_model import PagedTableModel
from ui.widgets.record_table import RecordTable

F = TypeVar("F")


def enter_from_search(filters: FilterBar, model: PagedTableModel, table: RecordTable) -> None:
    """Enter in a page's search field: filter now (no typing delay), select the first
    row when none is, and move to the table so arrows and Enter go on from there."""
    filters.flush()
    if model.rowCount():
        if not table.current_id():
            table.selectRow(0)
        table.setFocus()


class ListPage(Page, Generic[F]):
    """A page with a ``filters`` bar, a ``model`` and a ``table`` (set by the subclass's
    ``__init__``) and, when it says why nothing matches, an ``empty`` label."""

    filters: FilterBar
    model: PagedTableModel
    table: RecordTable
    empty: QLabel | None = None
    #: counting stops above this many rows ("meer dan 500 resultaten"), None: exact
    count_cap: int | None = None

    # -- what each page says -----------------------------------------------------------
    def current_filter(self) -> F:
        """The filter the bar shows now."""
        raise NotImplementedError

    def _fetch(
        self, f: F, sort: str, descending: bool, offset: int, limit: int
    ) -> tuple[Sequence[object], int | None]:
        """One page of rows and, when the query counted them on the way, the total."""
        raise NotImplementedError

    def _count(self, f: F) -> int:
        """How many rows match ``f`` (capped at ``count_cap`` when there is one)."""
        raise NotImplementedError

    def _empty_text(self, f: F) -> str:
        """Why the list is empty: nothing yet, or nothing that matches the filter."""
        return ""

    def _fill_choices(self) -> None:
        """Reload the filter bar's choices that come from the database."""

    def _keep_id(self) -> str:
        """The record to keep selected across a reload."""
        return self.table.current_id()

    def _after_filter(self) -> None:
        """What else follows the list (buttons enabled, ...)."""

    # -- shared ------------------------------------------------------------------------
    def apply_filter(self) -> None:
        f = self.current_filter()
        keep = self._keep_id()
        counted: dict[str, int] = {}

        def fetch(sort: str, desc: bool, offset: int, limit: int) -> list[object]:
            rows, total = self._fetch(f, sort, desc, offset, limit)
            if total is not None and offset == 0:
                counted["total"] = total  # the first page counted them all: no 2nd scan
            return list(rows)

        self.model.set_source(
            fetch, lambda: counted["total"] if "total" in counted else self._count(f)
        )
        total = self.model.total()
        self.filters.set_count(total, cap=self.count_cap)
        if self.empty is not None:
            if total == 0:
                self.empty.setText(self._empty_text(f))
            self.empty.setVisible(total == 0)
        if keep:
            self.table.select_id(keep)
        self._after_filter()

    def refresh(self) -> None:
        self._fill_choices()
        self.apply_filter()

    def _search_enter(self) -> None:
        enter_from_search(self.filters, self.model, self.table)
