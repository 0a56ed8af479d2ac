"""The small dialog that moves a follow-up action to another due date (dd/mm/yyyy)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from supportdesk.queries.follow_ups import FollowUpRow
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import form_with_ok_cancel


class RescheduleDialog(QDialog):
    """Pick a new due date (dd/mm/yyyy)."""

    def __init__(self, row: FollowUpRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vervaldatum verplaatsen"))
        start = row.due_date if row.due_date and row.due_date > today else today
        self.date_edit = DateEdit(start)
        self.date_edit.setAccessibleName(self.tr("Nieuwe vervaldatum"))
        label = QLabel(self.tr("&Nieuwe vervaldatum:"))
        label.setBuddy(self.date_edit)
        what = QLabel(row.description)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Opvolgactie:"), what)
        form.addRow(label, self.date_edit.with_message())
        form_with_ok_cancel(self, form)
        self.date_edit.setFocus()

    def accept(self) -> None:
        if self.date_edit.check():  # text that is no date stays, with its message
            super().accept()

    def chosen(self) -> date:
        return self.date_edit.value()
