"""A list of a record's parts that each open in their own editor dialog: a trajectory's
contact moments, the feedback on a record, its follow-up actions.

The shared behaviour, once: a "new" button (enabled once the record exists), "edit"
(Enter, double-click) reading the part as stored now, "remove" (Delete) after a
question, and after a save the saved row selected. A subclass fills the rows and says
``make_editor``, ``fetch``, ``remove_question`` and ``remove_part``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from supportdesk.errors import DomainError
from ui.context import AppContext
from ui.editors.items_panel import ItemsPanel
from ui.widgets import questions
from ui.widgets.editor import EditorDialog


class Part(Protocol):
    @property
    def id(self) -> str: ...


P = TypeVar("P", bound=Part)
E = TypeVar("E", bound=EditorDialog)


class PartsList(ItemsPanel, Generic[P, E]):
    """``ItemsPanel`` of parts ``P`` edited in editors ``E``; ``items`` by id."""

    #: after a save, focus goes back to the list
    focus_after_save = True

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        headers: Sequence[str],
        empty_text: str,
        new_text: str,
        parent: QWidget | None = None,
        *,
        more_buttons: Callable[[], object] = lambda: None,
        remove_text: str = "",
    ) -> None:
        super().__init__(name, headers, empty_text, parent)
        self.ctx = ctx
        self.subject_id = ""
        self.government_id = ""
        self.items: dict[str, P] = {}
        self.editor: E | None = None
        self.new_button = self.add_button(new_text, self.add_new)
        self.edit_button = self.add_edit(self.edit_current)
        more_buttons()  # between "edit" and "remove"
        self.remove_button = self.add_remove(self.remove_current, remove_text)

    def show_items(self, subject_id: str, government_id: str, items: Sequence[P]) -> None:
        """Keep ``items`` of the record ``subject_id`` and clear the rows; fill them with
        ``add_row`` and end with ``finish``."""
        self.subject_id, self.government_id = subject_id, government_id
        self.items = {item.id: item for item in items}
        self.clear_rows()

    def finish(self, keep: str) -> None:
        self.finish_rows(keep)
        self.new_button.setEnabled(bool(self.subject_id))

    def current_item(self) -> P | None:
        return self.items.get(self.current_id())

    # -- what a subclass says ------------------------------------------------------
    def make_editor(self) -> E:
        raise NotImplementedError

    def first_field(self, editor: E) -> QWidget:
        """Where the cursor goes in a new part's editor."""
        raise NotImplementedError

    def fetch(self, public_id: str) -> P:
        """The part as stored now."""
        raise NotImplementedError

    def remove_question(self, item: P) -> tuple[str, str, str]:
        """(title of the question, the question, title of a refusal)."""
        raise NotImplementedError

    def remove_part(self, item: P) -> object:
        raise NotImplementedError

    def removed(self) -> None:
        """After a part was removed."""

    # -- actions -------------------------------------------------------------------
    def _editor(self) -> E:
        editor = self.make_editor()
        editor.saved.connect(lambda view: self._saved(view.id))
        self.editor = editor
        return editor

    def _saved(self, public_id: str) -> None:
        self.changed.emit()
        self.select(public_id)
        if self.focus_after_save:
            self.tree.setFocus()

    def add_new(self) -> E | None:
        if not self.subject_id:
            return None
        editor = self._editor()
        editor.present()
        self.first_field(editor).setFocus()
        return editor

    def edit_current(self) -> E | None:
        item = self.current_item()
        if item is None:
            return None
        try:
            view = self.fetch(item.id)
        except DomainError:  # gone meanwhile: show what is stored now
            self.changed.emit()
            return None
        editor = self._editor()
        editor.edit(view)
        editor.present()
        return editor

    def remove_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        title, question, failed = self.remove_question(item)
        if not questions.confirm(self, title, question):
            return
        if self.run(failed, lambda: self.remove_part(item)):
            self.removed()
