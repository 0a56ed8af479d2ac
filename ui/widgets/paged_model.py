"""A table model over rows a core query function fetches page by page.

The model never holds a Session or SQL: it is given ``fetch(sort_key, descending,
offset, limit) -> rows`` (and optionally ``count() -> int``), usually a lambda over a
``supportdesk.queries`` function with the page's current filter. It shows the first page
at once and asks for the next when the view scrolls near the end
(``canFetchMore``/``fetchMore``). With ``whole_result`` (a query whose count is exact)
the model has as many rows as the query, and a page is fetched when one of its rows is
first shown: a screen reader hears "287 rows" where the page says "287 resultaten",
and scrolling or jumping to the end fetches only the pages seen. Sorting a column sets
the query's sort key and starts again from the first page, so sorting and filtering run
in SQL: a 100,000-row list costs no more than its first 200 rows.

Rows are tuples (usually NamedTuples); each ``Column`` says how to show one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Row = Any
Fetch = Callable[[str, bool, int, int], Sequence[Row]]
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's public id (str)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole row tuple
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the column's raw value

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MISSING: Any = object()  # a row of the whole result not fetched yet
#: the roles ``data`` answers
_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ID_ROLE,
        ROW_ROLE,
        SORT_ROLE,
    )
)


@dataclass(frozen=True)
class Column:
    """One column. ``title`` is Dutch, marked with QT_TRANSLATE_NOOP in ``context``;
    ``sort_key`` is the query's sort key (None: the column cannot be sorted);
    ``text`` gives the cell's text, ``tooltip`` its tooltip (default: the text)."""

    title: str
    sort_key: str | None
    text: Callable[[Row], str]
    tooltip: Callable[[Row], str] | None = None
    numeric: bool = False
    raw: Callable[[Row], Any] | None = None


class PagedTableModel(QAbstractTableModel):
    """Rows from ``fetch``, a page at a time; sort and filter belong to the query."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        context: str,
        page_size: int = 200,
        default_sort: tuple[str, bool] = ("", False),
        id_of: Callable[[Row], str] = lambda row: str(row.id),
        whole_result: bool = False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context
        self.page_size = page_size
        self.sort_key, self.descending = default_sort
        self._id_of = id_of
        self._fetch: Fetch | None = None
        self._count: Callable[[], int] | None = None
        self._rows: list[Row] = []
        self._more = False
        self._total: int | None = None
        self._fetching = False
        self.whole_result = whole_result
        self._pages_tried: set[int] = set()

    # -- source ------------------------------------------------------------------
    def set_source(self, fetch: Fetch, count: Callable[[], int] | None = None) -> None:
        """Show the rows of a new query (a new filter), starting from the first page."""
        self._fetch = fetch
        self._count = count
        self.reload()

    def reload(self) -> None:
        """Fetch the first page again (after a save, or a new filter or sort)."""
        self.beginResetModel()
        self._rows = []
        self._total = None
        self._more = False
        if self._fetch is not None:
            rows = list(self._fetch(self.sort_key, self.descending, 0, self.page_size))
            self._rows = rows
            self._more = len(rows) == self.page_size
            self._pages_tried = {0}
            if self._more and self.whole_result and self._count is not None:
                # Every row of the result is a row of the model; pages come on demand.
                total = self.total()
                self._rows.extend([_MISSING] * max(0, total - len(rows)))
                self._more = False
        self.endResetModel()

    def total(self) -> int:
        """How many rows the query has in all (counted once per reload, in SQL)."""
        if self._total is None:
            if self._count is not None:
                self._total = self._count()
            elif not self._more:
                self._total = len(self._rows)
            else:
                return len(self._rows)
        return self._total

    # -- paging ------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetch is None or self._fetching:
            return
        # Views (and Qt's model tester) may ask again from inside the insert signals.
        self._fetching = True
        try:
            rows = list(
                self._fetch(self.sort_key, self.descending, len(self._rows), self.page_size)
            )
            self._more = len(rows) == self.page_size
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all(self) -> None:
        """Fetch every remaining page (for a test, or to find a row far down)."""
        while self._more:
            self.fetchMore()
        for row in range(0, len(self._rows), self.page_size):
            self._row(row)

    def fetched(self) -> int:
        """How many rows were read from the database so far."""
        return sum(1 for row in self._rows if row is not _MISSING)

    def _row(self, row: int) -> Row:
        """Row ``row``, fetching its page first when it is not read yet (whole result)."""
        found = self._rows[row]
        if found is not _MISSING or self._fetch is None:
            return found
        page = row // self.page_size
        if page not in self._pages_tried:
            self._pages_tried.add(page)
            start = page * self.page_size
            rows = self._fetch(self.sort_key, self.descending, start, self.page_size)
            for number, fetched in enumerate(rows, start=start):
                if number < len(self._rows):
                    self._rows[number] = fetched
        return self._rows[row]

    # -- rows --------------------------------------------------------------------
    def row_at(self, row: int) -> Row:
        return self._row(row)

    def id_at(self, row: int) -> str:
        return self._id_of(self._row(row))

    def row_of(self, public_id: str) -> int:
        """The row showing ``public_id`` among those fetched so far, or -1."""
        for number, row in enumerate(self._rows):
            if row is not _MISSING and self._id_of(row) == public_id:
                return number
        return -1

    # -- Qt model ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks ~8 roles per painted cell (font, colours, check state…): the ones
        # this model does not answer return before the row is looked up.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._row(index.row())
        if row is _MISSING:
            return None  # gone since it was counted
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else None
        if role == ID_ROLE:
            return self._id_of(row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.raw(row) if column.raw else column.text(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return QCoreApplication.translate(self.context, self.columns[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's sort key; a column without one keeps the order."""
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._rows:
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        """The column whose sort key is the current one (for the header's indicator)."""
        for number, column in enumerate(self.columns):
            if column.sort_key == self.sort_key:
                return number
        return -1
