"""What a page listing records from a paged SQL query shares: apply the filter bar's
filter (keeping the selected record selected), show the count, say why the list is
empty, and filter at once on Enter in the search field.

The Adviesgesprekken, Trajecten, Focusgroepen and Lokale besturen pages each had a
copy of this; a subclass now says only what differs: its filter (``current_filter``),
how rows are read (``page_query``, the core's ``*_page(db, f, ...) -> (rows, total)``;
or ``_fetch`` and ``_count`` of its own), the empty text and what else to fill.

Two things every list gets here without a line in the page:

- **Toon gearchiveerd.** When the page's filter (a dataclass) has an
  ``include_archived`` field, its filter bar gets a "Toon gearchiveerd" box that sets
  it, "Filters wissen" clears it, and a row whose ``archived`` is true says
  "(gearchiveerd)" before the text of its widest column (words, not colour alone).
- **A database that fails while the list loads** (a ``StorageError``: locked, gone,
  damaged) gives its message under the filter bar and in the window's status bar; the
  list is then empty and the page keeps working, instead of a traceback on stderr.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import StorageError
from supportdesk.queries.preview import KINDS as PREVIEW_KINDS
from ui.pages.base import Page
from ui.widgets.editor import ErrorLabel
from ui.widgets.filter_bar import FilterBar
from ui.widgets.paged_model import ID_ROLE, PagedTableModel
from ui.widgets.preview_pane import PreviewPane
from ui.widgets.record_table import RecordTable

F = TypeVar("F")

#: the filter field that lets archived records into a list
ARCHIVED_FIELD = "include_archived"


def archived_marker() -> str:
    """What an archived row says before its first column."""
    return QCoreApplication.translate("ListPage", "(gearchiveerd)") + " "


def mnemonic_letter(text: str) -> str:
    """The Alt letter of ``text`` ("&Bewaren" -> "b"; "&&" is a literal &), or ""."""
    index = text.find("&")
    while 0 <= index < len(text) - 1:
        if text[index + 1] != "&":
            return text[index + 1].casefold()
        index = text.find("&", index + 2)
    return ""


def with_free_mnemonic(text: str, window: QWidget) -> str:
    """``text`` with an Alt letter no label, button, tab or menu of ``window`` has yet
    (the first free letter of the text), or ``text`` as it is when none is free. For a
    control every list gets, whose page's own letters differ from list to list."""
    used = {mnemonic_letter(w.text()) for w in window.findChildren(QAbstractButton)}
    used |= {mnemonic_letter(w.text()) for w in window.findChildren(QLabel) if w.buddy()}
    for bar in window.findChildren(QTabBar):
        used |= {mnemonic_letter(bar.tabText(i)) for i in range(bar.count())}
    if isinstance(window, QMainWindow):
        used |= {mnemonic_letter(a.text()) for a in window.menuBar().actions()}
    for index, char in enumerate(text):
        if char.isalpha() and char.casefold() not in used:
            return text[:index] + "&" + text[index:]
    return text


def _marked(text: Callable[[Any], str]) -> Callable[[Any], str]:
    def show(row: Any) -> str:
        shown = text(row)
        return archived_marker() + shown if getattr(row, "archived", False) else shown

    return show


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
    #: "Toon gearchiveerd" (made on the first filter, when the filter has the field)
    show_archived: QCheckBox | None = None
    #: the column whose text says "(gearchiveerd)" on an archived row
    archived_column = 0
    #: the message of a database failure while loading, under the filter bar
    load_error: ErrorLabel | None = None
    #: the preview pane and its "Voorbeeld" box (lists that have a preview)
    preview: PreviewPane | None = None
    preview_toggle: QCheckBox | None = None
    _extras_made = False
    _untick_pending = False
    # the core's query of one page of the list (a ``staticmethod``):
    # ``page_query(db, f, sort=…, descending=…, offset=…, limit=…) -> (rows, total)``
    page_query: Callable[..., tuple[Sequence[object], int | None]] | None = None

    # -- what each page says -----------------------------------------------------------
    def current_filter(self) -> F:
        """The filter the bar shows now."""
        raise NotImplementedError

    def _fetch(
        self, f: F, sort: str, descending: bool, offset: int, limit: int
    ) -> tuple[Sequence[object], int | None]:
        """One page of rows and, when the query counted them on the way, the total."""
        if self.page_query is None:
            raise NotImplementedError
        return self.page_query(
            self.ctx.db, f, sort=sort, descending=descending, offset=offset, limit=limit
        )

    def _count(self, f: F) -> int:
        """How many rows match ``f`` (capped at ``count_cap`` when there is one); by
        default the total ``page_query`` tells with a page of one row."""
        if self.page_query is None:
            raise NotImplementedError
        _rows, total = self.page_query(self.ctx.db, f, offset=0, limit=1)
        return int(total or 0)

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

    # -- archived records and load errors ----------------------------------------------
    def _make_extras(self) -> None:
        """Once, on the first filter: the error line under the filter bar and, when the
        filter can include archived records, the "Toon gearchiveerd" box."""
        if self._extras_made:
            return
        self._extras_made = True
        self._make_preview()
        bar_layout = self.filters.layout()
        self.load_error = ErrorLabel()
        self.load_error.setAccessibleName(
            QCoreApplication.translate("ListPage", "Fout bij het laden van de lijst")
        )
        if isinstance(bar_layout, QVBoxLayout):
            bar_layout.addWidget(self.load_error)
        f = self.current_filter()
        if not dataclasses.is_dataclass(f) or ARCHIVED_FIELD not in {
            field.name for field in dataclasses.fields(f)
        }:
            return
        # Its Alt letter is one the page (and the window around it) has free.
        box = QCheckBox(
            with_free_mnemonic(
                QCoreApplication.translate("ListPage", "Toon gearchiveerd"), self.window()
            )
        )
        box.setAccessibleName(QCoreApplication.translate("ListPage", "Toon gearchiveerde records"))
        box.setToolTip(
            QCoreApplication.translate(
                "ListPage", "Ook gearchiveerde records tonen, gemarkeerd met (gearchiveerd)"
            )
        )
        box.toggled.connect(lambda _on: self.apply_filter())
        # "Filters wissen" clears it too: unticked quietly when the button goes down (by
        # mouse, key or mnemonic), so the bar's own reset filters once, with it off.
        self.filters.reset_button.pressed.connect(self._untick_archived)
        self.filters.reset_button.released.connect(
            lambda: QTimer.singleShot(0, self, self._apply_if_untick_pending)
        )
        if isinstance(bar_layout, QVBoxLayout):
            bar_layout.insertWidget(1, box)
        self.show_archived = box
        # The marker goes into the widest column (a talk's question, a trajectory's
        # title), where it is read and not cut off as in a narrow date column.
        widths = [self.table.columnWidth(i) for i in range(len(self.model.columns))]
        self.archived_column = widths.index(max(widths)) if widths else 0
        column = self.model.columns[self.archived_column]
        self.model.columns[self.archived_column] = dataclasses.replace(
            column, text=_marked(column.text)
        )

    def _make_preview(self) -> None:
        """Lists of records with a preview (talks, trajectories, focus groups,
        activities): the table shares its place with a preview pane of the selected
        record, shown or hidden with "Voorbeeld" (remembered per list)."""
        if self.key not in PREVIEW_KINDS:
            return
        holder = self.table.parentWidget()
        parent_layout = holder.layout() if holder is not None else None
        if parent_layout is None:
            return
        pane = PreviewPane(self.ctx, self.key)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        parent_layout.replaceWidget(self.table, splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        pane.setMinimumWidth(260)
        sizes = self.ctx.settings().value(f"{self.key}/preview_sizes")
        if isinstance(sizes, list) and len(sizes) == 2:
            splitter.setSizes([int(v) for v in sizes])
        else:
            splitter.setSizes([640, 380])
        splitter.splitterMoved.connect(
            lambda *_: self.ctx.settings().setValue(f"{self.key}/preview_sizes", splitter.sizes())
        )
        splitter.show()  # made after the page may have been shown
        self.table.current_changed.connect(pane.follow)
        # Nothing chosen yet (a list just opened or filtered): read the first row, so the
        # pane is never an empty half of the page while the list has rows.
        self.model.modelReset.connect(lambda: self._preview_first(pane))
        toggle = QCheckBox(QCoreApplication.translate("ListPage", "Voorbeeld"))
        toggle.setToolTip(
            QCoreApplication.translate(
                "ListPage", "De gekozen rij lezen naast de lijst, zonder ze te openen"
            )
        )
        setting = f"{self.key}/preview"
        toggle.setChecked(str(self.ctx.settings().value(setting, "true")) == "true")
        pane.setVisible(toggle.isChecked())

        def shown(on: bool) -> None:
            pane.setVisible(on)
            self.ctx.settings().setValue(setting, "true" if on else "false")
            if on:
                pane.show_record(self.table.current_id())

        toggle.toggled.connect(shown)
        self.filters.top_row().addWidget(toggle)
        self.preview, self.preview_toggle = pane, toggle

    def _preview_first(self, pane: PreviewPane) -> None:
        if not self.table.current_id() and self.model.rowCount():
            first = self.model.data(self.model.index(0, 0), ID_ROLE)
            pane.show_record(str(first or ""))

    def _untick_archived(self) -> None:
        if self.show_archived is not None and self.show_archived.isChecked():
            self.show_archived.blockSignals(True)
            self.show_archived.setChecked(False)
            self.show_archived.blockSignals(False)
            self._untick_pending = True

    def _apply_if_untick_pending(self) -> None:
        """After the button was let go: when no reset followed (let go beside it), filter
        with the box as it is now."""
        if self._untick_pending:
            self.apply_filter()

    def _with_archived(self, f: F) -> F:
        if self.show_archived is None or not self.show_archived.isChecked():
            return f
        return dataclasses.replace(f, **{ARCHIVED_FIELD: True})  # type: ignore[type-var]

    def show_load_error(self, message: str) -> None:
        """A database failure while loading: beside the list and in the status bar."""
        self._make_extras()
        if self.load_error is not None:
            self.load_error.show_message(message)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage("⚠ " + message)

    def _clear_load_error(self) -> None:
        if self.load_error is not None and self.load_error.text():
            self.load_error.clear_message()
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().clearMessage()

    # -- shared ------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._make_extras()
        self._clear_load_error()
        self._untick_pending = False
        f = self._with_archived(self.current_filter())
        keep = self._keep_id()
        counted: dict[str, int] = {}

        def fetch(sort: str, desc: bool, offset: int, limit: int) -> list[object]:
            try:
                rows, total = self._fetch(f, sort, desc, offset, limit)
            except StorageError as exc:
                self.show_load_error(exc.message)
                if offset == 0:
                    counted["total"] = 0
                return []
            if total is not None and offset == 0:
                counted["total"] = total  # the first page counted them all: no 2nd scan
            return list(rows)

        def count() -> int:
            if "total" in counted:
                return counted["total"]
            try:
                return self._count(f)
            except StorageError as exc:
                self.show_load_error(exc.message)
                return self.model.rowCount()

        self.model.set_source(fetch, count)
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
        try:
            self._fill_choices()
        except StorageError as exc:
            self.show_load_error(exc.message)
            return
        self.apply_filter()

    def _search_enter(self) -> None:
        enter_from_search(self.filters, self.model, self.table)
