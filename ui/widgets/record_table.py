"""A table of records over a ``PagedTableModel``: sorting in SQL, Enter opens, the
header's widths, order and sort are remembered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.context import AppContext
from ui.widgets.paged_model import ID_ROLE, PagedTableModel


class RecordTable(QTableView):
    """Rows of records; ``open_requested(public_id)`` on Enter or double-click.

    ``state_key`` names where the header's state is kept in the settings
    (``<state_key>/header``).
    """

    open_requested = Signal(str)
    current_changed = Signal(str)  # the public id of the current row, "" if none

    def __init__(
        self,
        ctx: AppContext,
        model: PagedTableModel,
        *,
        state_key: str,
        widths: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state_key = state_key
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        if self._restore_header():
            # The remembered sort becomes the query's sort, before the first fetch.
            restored = header.sortIndicatorSection()
            if 0 <= restored < len(model.columns) and model.columns[restored].sort_key:
                model.sort_key = model.columns[restored].sort_key or model.sort_key
                model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        column = model.sort_column()
        order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        self.setSortingEnabled(True)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_header)
        header.sectionResized.connect(self._save_timer.start)
        header.sectionMoved.connect(self._save_timer.start)
        header.sortIndicatorChanged.connect(self._save_timer.start)
        self.doubleClicked.connect(self._open_index)
        self.selectionModel().currentRowChanged.connect(self._emit_current)
        model.modelReset.connect(self._emit_current)

    def paged_model(self) -> PagedTableModel:
        model = self.model()
        assert isinstance(model, PagedTableModel)
        return model

    # -- current record ------------------------------------------------------------
    def current_id(self) -> str:
        index = self.currentIndex()
        if not index.isValid():
            return ""
        return str(self.paged_model().data(index, ID_ROLE) or "")

    def select_id(self, public_id: str) -> bool:
        """Make the row of ``public_id`` current, if it is among the fetched rows."""
        row = self.paged_model().row_of(public_id)
        if row < 0:
            return False
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def _emit_current(self, *_args: object) -> None:
        self.current_changed.emit(self.current_id())

    def _open_index(self, *_args: object) -> None:
        public_id = self.current_id()
        if public_id:
            self.open_requested.emit(public_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id():
            self._open_index()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- remembered header ---------------------------------------------------------
    def save_header(self) -> None:
        self.ctx.settings().setValue(
            f"{self.state_key}/header", self.horizontalHeader().saveState()
        )

    def _restore_header(self) -> bool:
        state = self.ctx.settings().value(f"{self.state_key}/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            return bool(self.horizontalHeader().restoreState(state))
        return False
