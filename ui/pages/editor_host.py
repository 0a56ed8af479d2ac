"""What a list page that opens its records in editor windows shares: the open editors,
reusing the one already open for a record, the Dutch error when a record cannot be
loaded, selecting the saved row, and Enter in the search field.

The Adviesgesprekken, Trajecten and Focusgroepen pages did this identically, each in
its own copy; they now subclass :class:`EditorHostPage` and say only what differs (which
editor, which service loads a record, the error window's title, which field gets the
focus). The texts stay in the pages so their translation context does not change.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from supportdesk.errors import DomainError
from ui.context import AppContext
from ui.pages.base import Page
from ui.widgets.editor import EditorDialog, confirm_close_editors
from ui.widgets.filter_bar import FilterBar
from ui.widgets.paged_model import PagedTableModel
from ui.widgets.questions import tell_error
from ui.widgets.record_table import RecordTable

E = TypeVar("E", bound=EditorDialog)


def enter_from_search(filters: FilterBar, model: PagedTableModel, table: RecordTable) -> None:
    """Enter in a page's search field: filter now (no typing delay), select the first
    row when none is, and move to the table so arrows and Enter go on from there."""
    filters.flush()
    if model.rowCount():
        if not table.current_id():
            table.selectRow(0)
        table.setFocus()


class EditorHostPage(Page, Generic[E]):
    """A page with a ``filters`` bar, a ``model`` and a ``table`` (set by the subclass)
    whose records open in editors of type ``E``; ``editors`` holds the open ones."""

    filters: FilterBar
    model: PagedTableModel
    table: RecordTable

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editors: list[E] = []

    # -- what each page says -----------------------------------------------------------
    def _new_editor(self) -> E:
        """A new editor of this page's kind, parented to the page."""
        raise NotImplementedError

    def _load_view(self, public_id: str) -> Any:
        """The record's View from its service (raises DomainError when it is gone)."""
        raise NotImplementedError

    def _record_title(self) -> str:
        """The title of the error window when a record cannot be opened."""
        raise NotImplementedError

    def _focus_new(self, editor: E) -> None:
        """Where the cursor starts in a new record."""

    def _focus_opened(self, editor: E) -> None:
        """Where the cursor starts in an opened record (the editor's own choice if not)."""

    # -- shared ------------------------------------------------------------------------
    def _search_enter(self) -> None:
        enter_from_search(self.filters, self.model, self.table)

    def _editor(self) -> E:
        editor = self._new_editor()
        self.editors.append(editor)
        editor.destroyed.connect(lambda *_a, e=editor: self._forget(e))
        editor.finished.connect(lambda *_a, e=editor: self._forget(e))
        editor.saved.connect(lambda view: self.table.select_id(view.id))
        return editor

    def _forget(self, editor: E) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def new_record(self) -> E:  # type: ignore[override]
        editor = self._editor()
        editor.present()
        self._focus_new(editor)
        return editor

    def open_record(self, public_id: str) -> E | None:  # type: ignore[override]
        """Bring the record's editor to the front, or load the record and open one."""
        if not public_id:
            return None
        for editor in self.editors:
            if editor.record_id == public_id:
                editor.present()
                return editor
        try:
            view = self._load_view(public_id)
        except DomainError as exc:
            tell_error(self, self._record_title(), exc.message)
            return None
        self.table.select_id(public_id)
        editor = self._editor()
        editor.edit(view)  # type: ignore[attr-defined]  # every editor has its own View
        editor.present()
        self._focus_opened(editor)
        return editor

    def confirm_close(self) -> bool:
        """Asked by the main window before it closes: each editor with changes asks."""
        return confirm_close_editors(self)
