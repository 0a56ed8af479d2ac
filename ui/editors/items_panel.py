"""A list of a record's parts inside its editor (contact moments, follow-up actions,
feedback, participants, tool findings), each saved on its own through its service.

A tree of rows with columns, a row of buttons under it and a sentence when the list is
empty. Enter (or a double-click) runs the first action ("edit"), Delete the remove
action; every button has a mnemonic and the list has an accessible name. Subclasses
fill the rows (``add_row``) and connect the buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import ConflictError, DomainError
from ui.widgets.flat_list import KEY_ROLE, current_key, flat_list, select_key, top_rows
from ui.widgets.questions import refusal_text, tell_error

ID_ROLE = KEY_ROLE


class _Tree(QTreeWidget):
    activate = Signal()
    remove = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.activate.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentItem():
            self.remove.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ItemsPanel(QWidget):
    """Rows with columns, buttons under them, an empty-state sentence."""

    changed = Signal()  # something was saved through a service

    def __init__(
        self, name: str, headers: Sequence[str], empty_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tree = flat_list(_Tree(), name, headers)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.tree.activate.emit())
        self.tree.currentItemChanged.connect(lambda *_a: self.update_buttons())
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self._needs_row: list[QWidget] = []  # buttons, a choice box: need a current row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self.buttons)
        self.buttons.addStretch(1)

    def add_button(
        self, text: str, slot: Callable[[], object], *, needs_row: bool = False, tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        if needs_row:
            self._needs_row.append(button)
        return button

    def add_edit(self, edit: Callable[[], object]) -> QPushButton:
        """ "Be&werken…" (also Enter and a double-click) on the current row."""
        button = self.add_button(self.tr("Be&werken…"), edit, needs_row=True, tip=self.tr("Enter"))
        self.tree.activate.connect(lambda: edit())
        return button

    def add_remove(self, remove: Callable[[], object], text: str = "") -> QPushButton:
        """ "Verwij&deren" (or ``text``; also Delete) on the current row."""
        button = self.add_button(
            text or self.tr("Verwij&deren"), remove, needs_row=True, tip=self.tr("Delete")
        )
        self.tree.remove.connect(lambda: remove())
        return button

    # -- rows ----------------------------------------------------------------------
    def clear_rows(self) -> None:
        self.tree.clear()

    def add_row(
        self, public_id: str, texts: Sequence[str], *, emphasis: bool = False, tip: str = ""
    ) -> QTreeWidgetItem:
        """A row; ``emphasis`` makes it bold (the words say why, the bold helps see it)."""
        item = QTreeWidgetItem(list(texts))
        item.setData(0, ID_ROLE, public_id)
        if emphasis:
            font = QFont(self.tree.font())
            font.setBold(True)
            for column in range(len(texts)):
                item.setFont(column, font)
        for column, text in enumerate(texts):
            item.setToolTip(column, tip or text)
        self.tree.addTopLevelItem(item)
        return item

    def finish_rows(self, keep: str = "") -> None:
        count = self.tree.topLevelItemCount()
        self.empty.setVisible(count == 0)
        self.tree.setVisible(count > 0)
        rows = self.tree_items()
        if rows and not self.select(keep):
            self.tree.setCurrentItem(rows[0])
        self.update_buttons()

    def tree_items(self) -> list[QTreeWidgetItem]:
        """The top-level rows in order."""
        return top_rows(self.tree)

    def select(self, public_id: str) -> bool:
        return select_key(self.tree, public_id)

    def current_id(self) -> str:
        return current_key(self.tree)

    def ids(self) -> list[str]:
        return [str(item.data(0, ID_ROLE)) for item in self.tree_items()]

    def row_texts(self) -> list[list[str]]:
        """What each row shows, column by column (for tests and screen checks)."""
        columns = range(self.tree.columnCount())
        return [[item.text(c) for c in columns] for item in self.tree_items()]

    def update_buttons(self) -> None:
        has_row = self.tree.currentItem() is not None
        for button in self._needs_row:
            button.setEnabled(has_row)

    # -- running services ----------------------------------------------------------
    def run(self, title: str, action: Callable[[], object]) -> bool:
        """Run a service call; a refusal is told, never swallowed. True on success."""
        try:
            action()
        except ConflictError as exc:
            tell_error(self, self.tr("Intussen gewijzigd"), exc.message)
            self.changed.emit()  # show what is stored now
            return False
        except DomainError as exc:
            tell_error(self, title, refusal_text(exc))
            return False
        self.changed.emit()
        return True
