"""A change-log viewer any record view can embed: who changed what, when, from what to what.

    view = ChangeLogWidget(ctx)
    view.show_record(public_id)      # e.g. on a "Geschiedenis" tab of an editor

It reads ``supportdesk.safety.audit.record_history`` (no Session here) and shows one
row per entry (newest first) with the changed fields below it, keyboard-navigable and
named for screen readers.
"""

from __future__ import annotations

import re
from datetime import UTC
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import DomainError
from supportdesk.safety.audit import ChangeLogView, record_history
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.on_show import sync_with_record

CONTEXT = "ChangeLog"
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ChangeLog", "aangemaakt"),
    "change": QT_TRANSLATE_NOOP("ChangeLog", "gewijzigd"),
    "archive": QT_TRANSLATE_NOOP("ChangeLog", "gearchiveerd"),
    "unarchive": QT_TRANSLATE_NOOP("ChangeLog", "teruggezet uit archief"),
    "delete": QT_TRANSLATE_NOOP("ChangeLog", "verwijderd"),
    "erase": QT_TRANSLATE_NOOP("ChangeLog", "persoonsgegevens gewist"),
}
FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("ChangeLog", "voornaam"),
    "last_name": QT_TRANSLATE_NOOP("ChangeLog", "familienaam"),
    "role": QT_TRANSLATE_NOOP("ChangeLog", "functie"),
    "email": QT_TRANSLATE_NOOP("ChangeLog", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("ChangeLog", "telefoon"),
    "notes": QT_TRANSLATE_NOOP("ChangeLog", "notities"),
    "active": QT_TRANSLATE_NOOP("ChangeLog", "actief"),
    "archived": QT_TRANSLATE_NOOP("ChangeLog", "gearchiveerd"),
    "name": QT_TRANSLATE_NOOP("ChangeLog", "naam"),
    "date": QT_TRANSLATE_NOOP("ChangeLog", "datum"),
    "channel": QT_TRANSLATE_NOOP("ChangeLog", "kanaal"),
    "question": QT_TRANSLATE_NOOP("ChangeLog", "vraag"),
    "advice": QT_TRANSLATE_NOOP("ChangeLog", "advies"),
    "local_government_id": QT_TRANSLATE_NOOP("ChangeLog", "lokaal bestuur"),
    "contacts": QT_TRANSLATE_NOOP("ChangeLog", "contactpersonen"),
    "team_members": QT_TRANSLATE_NOOP("ChangeLog", "medewerkers"),
    "themes": QT_TRANSLATE_NOOP("ChangeLog", "thema's"),
    "tools": QT_TRANSLATE_NOOP("ChangeLog", "tools"),
    "status": QT_TRANSLATE_NOOP("ChangeLog", "status"),
    "description": QT_TRANSLATE_NOOP("ChangeLog", "omschrijving"),
    "due_date": QT_TRANSLATE_NOOP("ChangeLog", "vervaldatum"),
    "done_date": QT_TRANSLATE_NOOP("ChangeLog", "afgehandeld op"),
    "inactive_since": QT_TRANSLATE_NOOP("ChangeLog", "inactief sinds"),
    "duration_minutes": QT_TRANSLATE_NOOP("ChangeLog", "duur (minuten)"),
    "info_session_idea": QT_TRANSLATE_NOOP("ChangeLog", "idee voor infosessie"),
    "policy_dossier_input": QT_TRANSLATE_NOOP("ChangeLog", "input voor beleidsdossier"),
    "signal": QT_TRANSLATE_NOOP("ChangeLog", "signaal"),
    "experienced_government_id": QT_TRANSLATE_NOOP("ChangeLog", "ervaren bestuur"),
    "starting_position": QT_TRANSLATE_NOOP("ChangeLog", "startpositie"),
    "owner_id": QT_TRANSLATE_NOOP("ChangeLog", "eigenaar"),
    "start_date": QT_TRANSLATE_NOOP("ChangeLog", "startdatum"),
    "end_date": QT_TRANSLATE_NOOP("ChangeLog", "einddatum"),
    "title": QT_TRANSLATE_NOOP("ChangeLog", "titel"),
    "topic": QT_TRANSLATE_NOOP("ChangeLog", "onderwerp"),
    "score": QT_TRANSLATE_NOOP("ChangeLog", "score"),
    "text": QT_TRANSLATE_NOOP("ChangeLog", "tekst"),
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$")
MAX_SHOWN = 200  # characters of a long text shown in a row; the tooltip holds all


def action_label(action: str) -> str:
    text = ACTIONS.get(action)
    return QCoreApplication.translate(CONTEXT, text) if text else action


def field_label(field: str) -> str:
    text = FIELDS.get(field)
    return QCoreApplication.translate(CONTEXT, text) if text else field.replace("_", " ")


def value_text(value: Any) -> str:
    """A stored value as a person reads it: yes/no, lists joined, empty shown as '—'."""
    if value is None or value == "" or value == []:
        return "—"
    if value is True:
        return QCoreApplication.translate("ChangeLog", "ja")
    if value is False:
        return QCoreApplication.translate("ChangeLog", "nee")
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, str) and _ISO_DATE.match(value):
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]}{value[10:16].replace('T', ' ')}"
    return str(value)


def when_text(entry: ChangeLogView) -> str:
    """The entry's time in local time, the Belgian way."""
    local = entry.at.replace(tzinfo=UTC).astimezone()
    return local.strftime("%d/%m/%Y %H:%M")


class ChangeLogWidget(QWidget):
    """The history of one record, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ChangeLog", "Wanneer"),
                QCoreApplication.translate("ChangeLog", "Wie"),
                QCoreApplication.translate("ChangeLog", "Wat"),
            ]
        )
        self.tree.setAccessibleName(
            QCoreApplication.translate("ChangeLog", "Wijzigingsgeschiedenis")
        )
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.empty = QLabel(
            QCoreApplication.translate("ChangeLog", "Nog geen wijzigingen bewaard.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self.empty.hide()

    def show_record(self, public_id: str | None) -> None:
        """Show the history of the record with this public id (None: nothing)."""
        self.record_id = public_id
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        entries: list[ChangeLogView] = []
        if self.record_id:
            try:
                entries = record_history(self.ctx.db, self.record_id)
            except DomainError as exc:
                self.empty.setText(exc.message)
        for entry in reversed(entries):
            top = QTreeWidgetItem([when_text(entry), entry.actor, action_label(entry.action)])
            for change in entry.changes:
                old, new = value_text(change.old), value_text(change.new)
                if entry.action == "create":
                    text = f"{field_label(change.field)}: {new}"
                elif entry.action == "delete":
                    text = f"{field_label(change.field)}: {old}"
                else:
                    text = f"{field_label(change.field)}: {old} → {new}"
                child = QTreeWidgetItem(["", "", text[:MAX_SHOWN]])
                child.setToolTip(2, text)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        if entries:
            self.tree.expandAll()
            first = self.tree.topLevelItem(0)
            if first is not None:
                self.tree.setCurrentItem(first)
        self.tree.resizeColumnToContents(0)
        self.tree.setVisible(bool(entries))
        self.empty.setVisible(not entries)

    def entry_count(self) -> int:
        return self.tree.topLevelItemCount()


class ChangeLogDialog(QDialog):
    """The history of one record in a window of its own (from an editor's button)."""

    def __init__(self, ctx: AppContext, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ChangeLog", "Geschiedenis"))
        self.view = ChangeLogWidget(ctx)
        buttons = QDialogButtonBox()
        buttons.addButton(
            QCoreApplication.translate("ChangeLog", "&Sluiten"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.view.show_record(record_id)
        self.view.tree.setFocus()


def install_history_button(editor: Any) -> QPushButton | None:
    """Give a record editor (``ui.widgets.editor.EditorDialog``) a "Geschiedenis…" button.

    The button shows the change log of the record being edited; for a record that was
    not saved yet it is disabled. One line in the editor base class embeds it everywhere.
    """
    buttons = getattr(editor, "buttons", None)
    if not isinstance(buttons, QDialogButtonBox):
        return None
    button = buttons.addButton(
        QCoreApplication.translate("ChangeLog", "&Geschiedenis…"),
        QDialogButtonBox.ButtonRole.HelpRole,
    )
    button.setAutoDefault(False)
    button.setToolTip(QCoreApplication.translate("ChangeLog", "Wie wijzigde wat en wanneer"))

    def sync() -> None:
        button.setEnabled(bool(getattr(editor, "record_id", None)))

    def open_history() -> None:
        record_id = getattr(editor, "record_id", None)
        if record_id:
            dialog = ChangeLogDialog(editor.ctx, record_id, editor)
            dialog.exec()

    button.clicked.connect(open_history)
    sync_with_record(editor, button, sync)
    return button
