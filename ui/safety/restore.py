"""Restoring a backup from the app: the "Reservekopie terugzetten…" menu action.

The dialog lists the backups beside the database (newest first) and can pick any other
file; the user confirms; the app's connections are closed, ``supportdesk.safety.backups
.restore`` puts the file back (keeping a copy of what it replaces), and every page is
told to reload. On PostgreSQL it explains that pg_dump / pg_restore do this job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.database import sqlite_path
from supportdesk.safety.backups import BackupError, BackupInfo, list_backups, restore
from ui.context import EVERYTHING, AppContext
from ui.widgets.questions import confirm

CONTEXT = "Restore"


def backup_text(b: BackupInfo) -> str:
    when = b.made_at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
    why = (
        QCoreApplication.translate("Restore", "bij het starten")
        if b.kind == "start"
        else QCoreApplication.translate("Restore", "vóór een herstel")
    )
    return f"{when} — {why} — {max(1, b.size // 1024)} kB"


class RestoreDialog(QDialog):
    """Choose the backup to put back: one of the list, or another file."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Restore", "Reservekopie terugzetten"))
        self.other: Path | None = None
        intro = QLabel(
            QCoreApplication.translate(
                "Restore",
                "Kies de reservekopie die je wilt terugzetten. Wat nu in de databank staat, "
                "wordt eerst als kopie bewaard.",
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("Restore", "Reservekopieën"))
        intro.setBuddy(self.list)
        for b in backups:
            item = QListWidgetItem(backup_text(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        self.empty = QLabel(
            QCoreApplication.translate("Restore", "Er zijn nog geen reservekopieën.")
        )
        self.empty.setVisible(not backups)
        self.other_button = QPushButton(QCoreApplication.translate("Restore", "&Ander bestand…"))
        self.other_button.clicked.connect(self.choose_other)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(
            QCoreApplication.translate("Restore", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.ok = self.buttons.addButton(
            QCoreApplication.translate("Restore", "&Terugzetten…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.other_button)
        layout.addWidget(self.buttons)

    def choose_other(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Restore", "Reservekopie kiezen"),
            "",
            QCoreApplication.translate(
                "Restore", "SupportDesk-databank (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)"
            ),
        )
        if path:
            self.other = Path(path)
            self.accept()

    def chosen(self) -> Path | None:
        if self.other is not None:
            return self.other
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


def confirm_restore(parent: QWidget | None, source: Path, target: Path) -> bool:
    return confirm(
        parent,
        QCoreApplication.translate("Restore", "Reservekopie terugzetten?"),
        QCoreApplication.translate(
            "Restore",
            "De databank %1 wordt vervangen door de reservekopie %2. Wat er nu in staat, "
            "wordt eerst als kopie in de map backups bewaard. Doorgaan?",
        )
        .replace("%1", str(target))
        .replace("%2", source.name),
    )


def restore_backup(parent: QWidget | None, ctx: AppContext) -> bool:
    """The whole menu action; True when a backup was put back."""
    target = sqlite_path(ctx.db.url)
    if target is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Restore", "Reservekopie terugzetten"),
            QCoreApplication.translate(
                "Restore",
                "Deze databank staat op een PostgreSQL-server. Maak en herstel kopieën "
                "met pg_dump en pg_restore, of met export en import (zie de handleiding).",
            ),
        )
        return False
    dialog = RestoreDialog(list_backups(target), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    source = dialog.chosen()
    if source is None or not confirm_restore(parent, source, target):
        return False
    ctx.db.dispose()  # no connection of ours may hold the old file
    try:
        kept = restore(target, source)
    except BackupError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Restore", "Niet teruggezet"), exc.message
        )
        return False
    ctx.notify_changed(EVERYTHING)  # every page, whatever it watches, reads again
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Restore", "Teruggezet"),
        QCoreApplication.translate("Restore", "De reservekopie is teruggezet.")
        + (
            "\n"
            + QCoreApplication.translate("Restore", "De vorige databank is bewaard als %1").replace(
                "%1", str(kept)
            )
            if kept
            else ""
        ),
    )
    return True


def install(window: QMainWindow, ctx: AppContext) -> QAction:
    """Add "Reservekopie terugzetten…" to the window's file menu (before its last item)."""
    action = QAction(QCoreApplication.translate("Restore", "Reservekopie &terugzetten…"), window)
    action.triggered.connect(lambda: restore_backup(window, ctx))
    menu = getattr(window, "file_menu", None)
    if menu is not None:
        actions = menu.actions()
        before = actions[-1] if actions else None
        menu.insertAction(before, action)
        menu.insertSeparator(before)
    return action
