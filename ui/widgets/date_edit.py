"""Date fields the Belgian way: dd/mm/yyyy, a calendar that starts on Monday.

``DateEdit`` always holds a date; ``OptionalDateEdit`` may be empty (shown as "geen
datum"): Delete or Backspace with the whole text selected, or Ctrl+Backspace, empties
it; typing a digit or opening the calendar fills it again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from ui.formatting import DATE_FORMAT

_EMPTY = QDate(1900, 1, 1)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date, typed as dd/mm/yyyy or picked from a Monday-first calendar."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(2200, 12, 31))
        self.set_value(value or date.today())

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class OptionalDateEdit(DateEdit):
    """A date that may be left empty."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(self.tr("geen datum"))
        self.set_optional(value)

    def optional_value(self) -> date | None:
        return None if self.date() == _EMPTY else from_qdate(self.date())

    def set_optional(self, value: date | None) -> None:
        self.setDate(_EMPTY if value is None else to_qdate(value))

    def clear_value(self) -> None:
        self.setDate(_EMPTY)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        whole = self.lineEdit().selectedText() == self.lineEdit().text()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (whole or ctrl):
            self.clear_value()
            event.accept()
            return
        if self.date() == _EMPTY and event.text().isdigit():
            # Typing into an empty date starts from today, then edits the day section.
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: object) -> None:
        if self.date() == _EMPTY:
            # The calendar opens on today rather than on 1900.
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        super().mousePressEvent(event)  # type: ignore[arg-type]
