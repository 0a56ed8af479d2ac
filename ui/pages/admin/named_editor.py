"""What the Beheer editors share: a record whose name is required (a team member, a
theme, a tool, an organisation), opened with ``edit(view)`` and found again by id for
"load their version" after a conflict."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from supportdesk.errors import NotFoundError
from ui.context import AppContext
from ui.widgets.editor import EditorDialog


class NamedRecordEditor(EditorDialog):
    """An ``EditorDialog`` with a required ``name`` (the subclass places it with
    ``add_field("name", ...)``); ``edit_title(view)`` names the window of a stored record and
    ``current_views()`` lists the records a conflict reloads from."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.name = QLineEdit()
        self.name.textChanged.connect(self.update_save_state)

    def edit_title(self, view: Any) -> str:
        return self.windowTitle()

    def current_views(self) -> Iterable[Any]:
        raise NotImplementedError

    def local_errors(self) -> dict[str, str]:
        if not self.name.text().strip():
            return {"name": self.tr("De naam is verplicht.")}
        return {}

    def fetch_current(self) -> Any:
        for view in self.current_views():
            if view.id == self.record_id:
                return view
        raise NotFoundError(self.tr("Dit record bestaat niet meer."))
