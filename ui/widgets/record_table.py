"""A table of records over a ``PagedTableModel``: sorting in SQL, Enter opens, the
header's widths, order, hidden columns and sort are remembered per user (QSettings).

The header's context menu (and the table's, so the keyboard reaches it with the menu key
or Shift+F10) has "Kolommen passend maken" (widths fit the rows shown), a check per column
to show or hide it, and "Kolommen terugzetten" (the widths and order the list came with).
Every cell's whole text is its tooltip (``Column.tooltip``, by default the text itself),
so a cut-off cell can be read without opening the record."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

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
        self._default_state = header.saveState()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(header.mapToGlobal(pos))
        )
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
        # Through a lambda: connected directly, the signals' first argument (a column
        # number) went to QTimer.start(msec) and became the delay, so the settings were
        # written after nearly every sort and every step of a column drag.
        for changed in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
            changed.connect(lambda *_args: self._save_timer.start())
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
        shift_f10 = (
            event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if event.key() == Qt.Key.Key_Menu or shift_f10:
            self._menu_at_current()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- columns ---------------------------------------------------------------------
    def column_menu(self) -> QMenu:
        """Fit, show or hide, and reset the columns."""
        menu = QMenu(self)
        header = self.horizontalHeader()
        fit = menu.addAction(self.tr("Kolommen &passend maken"))
        fit.triggered.connect(self.fit_columns)
        menu.addSeparator()
        model = self.paged_model()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # the last visible column stays: a table without columns cannot be read
            shown = sum(not header.isSectionHidden(c) for c in range(model.columnCount()))
            action.setEnabled(header.isSectionHidden(column) or shown > 1)
            action.toggled.connect(lambda on, c=column: self._show_column(c, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Kolommen &terugzetten"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The menu key or Shift+F10 on the table opens the column menu."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._menu_at_current()
            event.accept()
            return
        super().contextMenuEvent(event)

    def _menu_at_current(self) -> None:
        rect = self.visualRect(self.currentIndex())
        where = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
        self.column_menu().exec(self.viewport().mapToGlobal(where))

    def fit_columns(self) -> None:
        """Each column as wide as the rows shown need (the last one stretches)."""
        self.resizeColumnsToContents()
        self.save_header()

    def reset_columns(self) -> None:
        """The widths, order and columns the list came with; the sort stays."""
        header = self.horizontalHeader()
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        header.restoreState(self._default_state)
        header.setSortIndicator(section, order)
        self.ctx.settings().remove(f"{self.state_key}/header")

    def _show_column(self, column: int, shown: bool) -> None:
        self.horizontalHeader().setSectionHidden(column, not shown)
        self.save_header()

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
