"""What every list on the Beheer page shares: a short list of records (a team, themes,
tools, organisations) with "Toon gearchiveerd", Nieuw… / Bewerken… buttons that open
the record in an editor window (``ui.widgets.editor.EditorDialog``: errors beside the
field, unsaved changes asked, conflicts, Archiveren / Terugzetten, Geschiedenis…), and
optionally Omhoog / Omlaag (Alt+Up / Alt+Down) for the team's own order.

A list here is small (tens of rows, at most the 300 local governments), so it is read
whole and filtered in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import DomainError
from ui.context import AppContext
from ui.pages.list_page import archived_marker
from ui.widgets.dialog_parts import title_row
from ui.widgets.editor import EditorDialog, ErrorLabel
from ui.widgets.flat_list import KEY_ROLE, current_key, flat_list, select_key, top_rows

ID_ROLE = KEY_ROLE


class RecordList(QWidget):
    """A titled list of records. The owner gives ``load(include_archived) -> rows``,
    ``cells(row) -> texts`` and ``open_editor(row | None) -> EditorDialog``; rows have
    ``id`` and ``archived`` (or ``active``)."""

    changed = Signal()  # the order changed (Omhoog / Omlaag)

    def __init__(
        self,
        ctx: AppContext,
        *,
        title: str,
        headers: Sequence[str],
        archived_text: str,
        new_text: str,
        load: Callable[[bool], Sequence[Any]],
        cells: Callable[[Any], Sequence[str]],
        open_editor: Callable[[Any | None], EditorDialog],
        reorder: Callable[[list[str]], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._load = load
        self._cells = cells
        self._open_editor = open_editor
        self._reorder = reorder
        self._rows: dict[str, Any] = {}
        self.editors: list[EditorDialog] = []

        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: bold;")
        self.tree = flat_list(QTreeWidget(), title.replace("&", ""), headers)
        self.title.setBuddy(self.tree)
        self.tree.itemActivated.connect(lambda *_a: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.show_archived = QCheckBox(archived_text)
        self.show_archived.setAccessibleName(archived_text.replace("&", ""))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.error = ErrorLabel()
        self.new_button = QPushButton(new_text)
        self.new_button.setAccessibleName(new_text.replace("&", "").rstrip("…"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.edit_button.setAccessibleName(self.tr("Bewerken") + ": " + title.replace("&", ""))
        self.edit_button.clicked.connect(self.edit_current)
        self.button_row = buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        self.up_button: QPushButton | None = None
        self.down_button: QPushButton | None = None
        if reorder is not None:
            self.up_button = QPushButton(self.tr("Omhoog (Alt+↑)"))
            self.up_button.setAccessibleName(self.tr("Eén plaats omhoog"))
            self.up_button.clicked.connect(lambda: self.move_current(-1))
            self.down_button = QPushButton(self.tr("Omlaag (Alt+↓)"))
            self.down_button.setAccessibleName(self.tr("Eén plaats omlaag"))
            self.down_button.clicked.connect(lambda: self.move_current(1))
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
            self.tree.installEventFilter(self)  # Alt+Up / Alt+Down in the list
        buttons.addStretch(1)

        top = title_row(self.title, self.show_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- rows ----------------------------------------------------------------------
    def refresh(self, select: str = "") -> None:
        keep = select or self.current_id()
        try:
            rows = list(self._load(self.show_archived.isChecked()))
        except DomainError as exc:
            self.error.show_message(exc.message)
            return
        self.error.clear_message()
        self.tree.clear()
        self._rows = {}
        for row in rows:
            texts = list(self._cells(row))
            if _is_archived(row):
                texts[0] = archived_marker() + texts[0]
            item = QTreeWidgetItem(texts)
            item.setData(0, ID_ROLE, row.id)
            for column, text in enumerate(texts):
                item.setToolTip(column, text)
            self.tree.addTopLevelItem(item)
            self._rows[row.id] = row
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        items = self._items()
        if not self.select(keep) and items:
            self.tree.setCurrentItem(items[0])
        self._update_buttons()

    def _items(self) -> list[QTreeWidgetItem]:
        return top_rows(self.tree)

    def ids(self) -> list[str]:
        return [str(item.data(0, ID_ROLE)) for item in self._items()]

    def current_id(self) -> str:
        return current_key(self.tree)

    def current_row(self) -> Any | None:
        return self._rows.get(self.current_id())

    def select(self, public_id: str) -> bool:
        return select_key(self.tree, public_id)

    def row_texts(self, public_id: str) -> list[str]:
        """What the list shows for a record (for tests and screen readers' sake)."""
        for item in self._items():
            if item.data(0, ID_ROLE) == public_id:
                return [item.text(c) for c in range(self.tree.columnCount())]
        return []

    def _update_buttons(self) -> None:
        has = self.current_id() != ""
        self.edit_button.setEnabled(has)
        if self.up_button is not None and self.down_button is not None:
            ids = self.ids()
            index = ids.index(self.current_id()) if has else -1
            last = self.tree.topLevelItemCount() - 1
            self.up_button.setEnabled(has and index > 0)
            self.down_button.setEnabled(has and 0 <= index < last)

    # -- order ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up / Alt+Down in the list move the chosen row (the list would otherwise
        take them as plain arrows)."""
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def move_current(self, step: int) -> bool:
        """Move the chosen row one place up (-1) or down (1) and store the order."""
        if self._reorder is None:
            return False
        ids = self.ids()
        current = self.current_id()
        if current not in ids:
            return False
        index = ids.index(current)
        target = index + step
        if not 0 <= target < len(ids):
            return False
        ids[index], ids[target] = ids[target], ids[index]
        try:
            self._reorder(ids)
        except DomainError as exc:
            self.error.show_message(exc.message)
            return False
        self.refresh(select=current)
        self.tree.setFocus()
        self.changed.emit()
        return True

    # -- editors -------------------------------------------------------------------
    def track(self, editor: EditorDialog) -> EditorDialog:
        self.editors.append(editor)
        editor.destroyed.connect(lambda *_a, e=editor: self._forget(e))
        editor.finished.connect(lambda *_a, e=editor: self._forget(e))
        editor.saved.connect(lambda view: self.refresh(select=view.id))
        editor.archived_changed.connect(lambda view: self.refresh(select=view.id))
        return editor

    def _forget(self, editor: EditorDialog) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def new_record(self) -> EditorDialog:
        editor = self.track(self._open_editor(None))
        editor.present()
        return editor

    def edit_current(self) -> EditorDialog | None:
        row = self.current_row()
        if row is None:
            return None
        for editor in self.editors:
            if editor.record_id == row.id:
                editor.present()
                return editor
        editor = self.track(self._open_editor(row))
        editor.present()
        return editor

    def confirm_close(self) -> bool:
        """Each open editor of this list with changes asks (save, discard, stay); True
        when all may close (they are then closed)."""
        editors = [e for e in self.editors if e.isVisible()]
        if not all(editor.confirm_close() for editor in editors):
            return False
        for editor in editors:
            editor.close_without_asking()
        return True


def _is_archived(row: Any) -> bool:
    """Archived rows say so before their first column; inactive people have a status
    column instead ("niet meer actief")."""
    return bool(getattr(row, "archived", False))
