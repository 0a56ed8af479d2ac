"""What a list page that opens its records in editor windows shares: the open editors,
reusing the one already open for a record, the Dutch error when a record cannot be
loaded, selecting the saved row, and the Nieuw/Openen buttons under the list (the list
itself is :class:`ListPage`'s).

The Adviesgesprekken, Trajecten and Focusgroepen pages did this identically, each in
its own copy; they now subclass :class:`EditorHostPage` and say only what differs (which
editor, which service loads a record, the error window's title, which field gets the
focus). The texts stay in the pages so their translation context does not change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from supportdesk.database import Database
from supportdesk.errors import DomainError
from ui.context import AppContext
from ui.pages.list_page import F, ListPage
from ui.style.chip_delegate import ChipDelegate
from ui.style.chips import Tone
from ui.widgets.editor import EditorDialog, confirm_close_editors
from ui.widgets.paged_model import PagedTableModel
from ui.widgets.questions import tell_error
from ui.widgets.record_table import RecordTable

E = TypeVar("E", bound=EditorDialog)


class EditorHostPage(ListPage[F], Generic[F, E]):
    """A :class:`ListPage` of filter ``F`` whose records open in editors of type ``E``;
    ``editors`` holds the open ones."""

    empty: QLabel
    #: the editor of this page's records (``editor_class(ctx, page)``), unless the page
    #: overrides ``_new_editor``
    editor_class: type[E]
    #: the service function that reads one record's View (``read_view(db, public_id)``,
    #: raising DomainError when it is gone); put in ``staticmethod`` on the class
    read_view: Callable[[Database, str], Any]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editors: list[E] = []
        self._select_on_reload = ""

    def _records_table(
        self, model: PagedTableModel, state_key: str, widths: Sequence[int], name: str
    ) -> None:
        """``model`` and its table (column widths kept under ``state_key``, ``name`` for
        screen readers); a row opens its record with Enter or a double-click."""
        self.model = model
        self.table = RecordTable(self.ctx, model, state_key=state_key, widths=widths)
        self.table.setAccessibleName(name)
        self.table.open_requested.connect(self.open_record)

    def _list_buttons(self, new_text: str, open_text: str) -> QHBoxLayout:
        """The ``empty`` label and the Nieuw/Openen buttons (texts translated by the page,
        in its own context); the row of buttons is returned for the page's layout. Call
        after ``table`` is set."""
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(new_text)
        self.new_button.clicked.connect(self.new_record)
        self.open_button = QPushButton(open_text)
        self.open_button.clicked.connect(lambda: self.open_record(self.table.current_id()))
        self.table.current_changed.connect(lambda pid: self.open_button.setEnabled(bool(pid)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        return buttons

    def _lay_out(
        self, top: QWidget | QLayout, new_text: str, open_text: str, into: QWidget | None = None
    ) -> None:
        """The page (or ``into``, a tab of it) from top to bottom: ``top`` (the filters),
        the empty-state line, the table and the Nieuw/Openen buttons (see ``_list_buttons``)."""
        buttons = self._list_buttons(new_text, open_text)
        layout = QVBoxLayout(into or self)
        if isinstance(top, QLayout):
            layout.addLayout(top)
        else:
            layout.addWidget(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _status_chips(self, tone: Callable[[Any], Tone]) -> None:
        """The "status" column as chips (ui/style, as everywhere) in each row's ``tone``."""
        column = [c.sort_key for c in self.model.columns].index("status")
        self.table.setItemDelegateForColumn(column, ChipDelegate(tone, self.table))

    def _keep_id(self) -> str:
        keep, self._select_on_reload = self._select_on_reload, ""
        return keep or self.table.current_id()

    def _after_filter(self) -> None:
        self.open_button.setEnabled(bool(self.table.current_id()))

    # -- what each page says -----------------------------------------------------------
    def _new_editor(self) -> E:
        """A new editor of this page's kind, parented to the page."""
        return self.editor_class(self.ctx, self)

    def _load_view(self, public_id: str) -> Any:
        """The record's View from its service (raises DomainError when it is gone)."""
        return self.read_view(self.ctx.db, public_id)

    def _record_title(self) -> str:
        """The title of the error window when a record cannot be opened."""
        raise NotImplementedError

    def _focus_new(self, editor: E) -> None:
        """Where the cursor starts in a new record."""

    def _focus_opened(self, editor: E) -> None:
        """Where the cursor starts in an opened record (the editor's own choice if not)."""

    # -- shared ------------------------------------------------------------------------
    def _select_saved(self, public_id: str) -> None:
        """Select a saved record; a stale (hidden) page selects it when it reloads."""
        if self.stale:
            self._select_on_reload = public_id
        else:
            self.table.select_id(public_id)

    def _editor(self) -> E:
        editor = self._new_editor()
        self.editors.append(editor)
        editor.destroyed.connect(lambda *_a, e=editor: self._forget(e))
        editor.finished.connect(lambda *_a, e=editor: self._forget(e))
        editor.saved.connect(lambda view: self._select_saved(view.id))
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
        editor.edit(view)
        editor.present()
        self._focus_opened(editor)
        return editor

    def confirm_close(self) -> bool:
        """Asked by the main window before it closes: each editor with changes asks."""
        return confirm_close_editors(self)
