"""The files of a record (bijlagen): a list with add, open and remove, and drop.

For a saved record a file is stored at once (its own transaction) and removed after a
question. For a record not saved yet the files wait in the list ("nog niet bewaard") and
are stored when the record is saved: with a new advice talk in the same transaction
(``pending_files``), for the other kinds right after the save. Opening writes a private
copy (0600 in a 0700 folder) and hands it to the system's application; nothing is
rendered inside SupportDesk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import DomainError
from supportdesk.services.attachments import (
    AttachmentView,
    NewFile,
    add_attachments,
    list_attachments,
    private_copy,
    read_file,
    remove_attachment,
)
from ui.context import AppContext
from ui.formatting import fill_in, format_date, format_file_size
from ui.widgets.editor import ErrorLabel
from ui.widgets.questions import confirm

_PENDING = -1
_ROLE = int(Qt.ItemDataRole.UserRole) + 7


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (none for text or web links)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def open_with_system(url: QUrl) -> bool:
    """Hands a file to the desktop's application for it (tests replace this)."""
    return QDesktopServices.openUrl(url)


class AttachmentsPanel(QWidget):
    """``AttachmentsPanel(ctx, "trajectory")``; ``set_record(id)`` once the record exists."""

    changed = Signal()  # a file was added or removed (stored or waiting)

    def __init__(self, ctx: AppContext, owner_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner_kind = owner_kind
        self.owner_id = ""
        self._stored: list[AttachmentView] = []
        self._pending: list[NewFile] = []
        self.setAcceptDrops(True)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Bijlagen"))
        self.list.setAccessibleDescription(
            self.tr("Enter opent een bestand; Delete verwijdert het. Sleep bestanden hierheen.")
        )
        self.list.setMinimumHeight(70)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.hint = QLabel(self.tr("Nog geen bijlagen. Sleep bestanden hierheen of voeg ze toe."))
        self.hint.setWordWrap(True)
        self.error = ErrorLabel()
        self.add_button = QPushButton(self.tr("Bestand toevoegen…"))
        self.open_button = QPushButton(self.tr("Openen"))
        self.remove_button = QPushButton(self.tr("Verwijderen…"))
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.list.installEventFilter(self)
        self._show()

    # -- what the editor asks ------------------------------------------------------------
    def set_record(self, owner_id: str) -> None:
        """The record is saved (or opened): show its stored files; waiting ones are stored."""
        self.owner_id = owner_id
        if self._pending and owner_id:
            waiting, self._pending = self._pending, []
            if not self._store(waiting):  # kept waiting, with the message: nothing lost
                self._pending = waiting + self._pending
        self.reload()

    def follow_saves(self, editor: QWidget) -> None:
        """Once ``editor`` (an EditorDialog) saves its record, files waiting are stored."""
        editor.saved.connect(lambda view: self.set_record(view.id))  # type: ignore[attr-defined]
        # A file waiting to be stored is a change: closing the editor asks first.
        self.changed.connect(lambda: bool(self._pending) and editor.mark_dirty())  # type: ignore[attr-defined]

    def pending_files(self) -> list[NewFile]:
        return list(self._pending)

    def clear_pending(self) -> None:
        self._pending = []
        self._show()

    def add_pending(self, new_file: NewFile) -> None:
        """A file to store with the record when it is saved (a mail it came from)."""
        self._pending.append(new_file)
        self._show()
        self.changed.emit()

    def reload(self) -> None:
        self._stored = (
            list_attachments(self.ctx.db, self.owner_kind, self.owner_id) if self.owner_id else []
        )
        self._show()

    # -- adding ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Bestanden toevoegen"))
        if names:
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> bool:
        """Read the files (each at most 25 MB) and store or keep them; a clear message and
        nothing added when one cannot be read or is too large."""
        self.error.clear_message()
        odd = [p for p in paths if not p.is_file()]  # never read a pipe or a device
        if odd:  # a dropped folder (or a file gone meanwhile): say so, add nothing
            text = (
                self.tr("%1 is een map; voeg de bestanden erin zelf toe. Er is niets toegevoegd.")
                if odd[0].is_dir()
                else self.tr("%1 is geen gewoon bestand (meer). Er is niets toegevoegd.")
            )
            self.error.show_message(fill_in(text, odd[0].name))
            return False
        try:
            files = [read_file(p) for p in paths]
        except DomainError as exc:
            self.error.show_message(exc.message)
            return False
        if not files:
            return False
        if self.owner_id:
            return self._store(files)
        self._pending.extend(files)
        self._show()
        self.changed.emit()
        return True

    def _store(self, files: list[NewFile]) -> bool:
        return self._change(
            lambda: add_attachments(self.ctx.db, self.owner_kind, self.owner_id, files)
        )

    def _change(self, action: Callable[[], object]) -> bool:
        """Store a change through the service: a refusal is said in the panel; done, the
        list is reloaded and the record's kind announced."""
        try:
            action()
        except DomainError as exc:
            self.error.show_message(exc.message)
            return False
        self.reload()
        self.changed.emit()
        self.ctx.notify_changed(self.owner_kind)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event)
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # -- opening and removing --------------------------------------------------------------
    def _current_index(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(_ROLE))

    def open_current(self) -> Path | None:
        index = self._current_index()
        if index is None or index == _PENDING:
            return None
        view = self._stored[index]
        try:
            path = private_copy(self.ctx.db, view.id)
        except (DomainError, OSError) as exc:
            self.error.show_message(str(getattr(exc, "message", exc)))
            return None
        if not open_with_system(QUrl.fromLocalFile(str(path))):
            self.error.show_message(
                self.tr("Geen programma gevonden om %1 te openen.").replace("%1", view.file_name)
            )
        return path

    def remove_current(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        index = int(item.data(_ROLE))
        if index == _PENDING:
            row = self.list.currentRow() - len(self._stored)
            if 0 <= row < len(self._pending):
                del self._pending[row]
            self._show()
            self.changed.emit()
            return True
        view = self._stored[index]
        if not confirm(
            self,
            self.tr("Bijlage verwijderen"),
            self.tr("%1 verwijderen? Het bestand is daarna niet meer in SupportDesk.").replace(
                "%1", view.file_name
            ),
        ):
            return False
        return self._change(lambda: remove_attachment(self.ctx.db, view.id, view.version))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    # -- showing -----------------------------------------------------------------------------
    def _show(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for index, view in enumerate(self._stored):
            text = fill_in(
                self.tr("%1 (%2, %3, %4)"),
                view.file_name,
                format_file_size(view.size),
                format_date(view.created_at.date()),
                view.created_by,
            )
            item = QListWidgetItem(text)
            item.setData(_ROLE, index)
            item.setToolTip(text)
            self.list.addItem(item)
        for new_file in self._pending:
            text = fill_in(
                self.tr("%1 (%2, nog niet bewaard)"),
                new_file.file_name,
                format_file_size(len(new_file.content)),
            )
            item = QListWidgetItem(text)
            item.setData(_ROLE, _PENDING)
            item.setToolTip(text)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        self.hint.setVisible(self.list.count() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self._current_index()
        self.open_button.setEnabled(index is not None and index != _PENDING)
        self.remove_button.setEnabled(index is not None)

    def file_names(self) -> list[str]:
        """The names shown, stored first then waiting (for tests and screen readers)."""
        return [v.file_name for v in self._stored] + [f.file_name for f in self._pending]
