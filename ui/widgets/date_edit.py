"""The one date field of the app: typed the Belgian way, or picked from a calendar.

A line edit, not a ``QDateEdit``: a person types the date as a whole (``6/12/2026``,
``06122026``, ``6/12``, ``6-12-26``, ``vandaag``, ``morgen``, ``+7``, …; the rules are
``supportdesk.dates``) instead of editing day, month and year sections. The text is
read when the field is left or Enter is pressed, and then shown as ``dd/mm/yyyy``; text
that is no date stays as typed with a message saying why (``problem_changed``), and is
never read as another date. Alt+↓ or F4 opens a Monday-first calendar; ↑/↓ move a day.

``DateEdit`` always needs a date; ``OptionalDateEdit`` may be empty ("geen datum"):
Delete or Backspace over the selected text (all of it is selected when Tab reaches the
field), or Delete at the end of the text, empties it.

For screen readers the field's value is its text and its description the whole date in
words ("zondag 6 december 2026"), updated and announced on every change; while the text
is no date the description is the message instead.

Editors show ``problem_changed`` under the field (``EditorDialog.watch``) and refuse to
save while ``problem()`` says something; a small dialog places ``with_message()`` in its
form and calls ``check()`` before accepting.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from supportdesk.dates import MAX_DATE, MIN_DATE, DateInputError, DateProblem, parse_date
from ui.formatting import fill_in, format_date
from ui.widgets.editor import ErrorLabel


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def spoken_date(value: date) -> str:
    """The whole date in words in the interface language: "zondag 6 december 2026"."""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


class _CalendarPopup(QCalendarWidget):
    """The calendar under a date field: Enter or a click picks, Esc closes."""

    def __init__(self, field: DateEdit) -> None:
        super().__init__(field)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.field = field
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setMinimumDate(to_qdate(MIN_DATE))
        self.setMaximumDate(to_qdate(MAX_DATE))
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, value: QDate) -> None:
        self.close()
        self.field.set_value(from_qdate(value), by_user=True)
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            self.field.setFocus(Qt.FocusReason.PopupFocusReason)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._pick(self.selectedDate())
            return
        super().keyPressEvent(event)


class DateEdit(QLineEdit):
    """A date, typed as a Belgian user types it or picked from a calendar."""

    #: the date changed (by typing and leaving the field, the calendar, ↑/↓ or a setter)
    value_changed = Signal()
    #: what is wrong with the typed text ("" when nothing is)
    problem_changed = Signal(str)

    optional = False

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self._problem = ""
        self._message: ErrorLabel | None = None
        self._popup: _CalendarPopup | None = None
        self.setPlaceholderText(self.tr("dd/mm/jjjj"))
        self.setToolTip(
            self.tr(
                "Typ bv. 6/12/2026, 06122026, 6/12 (dit jaar), vandaag, morgen of +7 "
                "(dagen vanaf vandaag). Kalender: Alt+↓ of F4; ↑/↓: een dag later/vroeger."
            )
        )
        self.calendar_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.tr("Kalender openen (Alt+↓ of F4)"),
            self,
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self.commit)
        self._show(value if value is not None or self.optional else date.today())

    # -- value -------------------------------------------------------------------------
    def value(self) -> date:
        """The date typed; raises ``DateInputError`` when the text is no date (an editor
        or dialog checks ``problem()`` first, so this does not happen on a save)."""
        value = self._read()
        if value is None:
            raise DateInputError(self.text(), DateProblem.UNREADABLE)
        return value

    def set_value(self, value: date, *, by_user: bool = False) -> None:
        self._show(value)
        if by_user:
            self.selectAll()

    def problem(self) -> str:
        """What is wrong with the text now ("" when it is a date, or empty and optional)."""
        try:
            value = self._read()
        except DateInputError as exc:
            return self._words(exc.problem)
        return self._missing() if value is None else ""

    def check(self) -> bool:
        """Read the text; on a problem show it, put focus here and return False."""
        self.commit()
        if self._problem:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return True

    def commit(self) -> None:
        """Read what was typed: a date is shown as dd/mm/yyyy, anything else stays as
        typed with its message."""
        try:
            value = self._read()
        except DateInputError as exc:
            self._set_problem(self._words(exc.problem))
            return
        self._show(value)

    def _read(self) -> date | None:
        return parse_date(self.text(), date.today())

    def _missing(self) -> str:
        if self.optional:
            return ""
        return self.tr("Vul een datum in (bv. 6/12/2026 of vandaag).")

    def _show(self, value: date | None) -> None:
        changed = value != self._value
        self._value = value
        text = format_date(value)
        if self.text() != text:
            self.setText(text)
        self._set_problem(self._missing() if value is None else "")
        self._describe()
        if changed:
            self.value_changed.emit()

    def _words(self, problem: DateProblem) -> str:
        typed = self.text().strip()
        if problem is DateProblem.NO_SUCH_DAY:
            return fill_in(self.tr("“%1” bestaat niet als datum."), typed)
        if problem is DateProblem.OUT_OF_RANGE:
            return fill_in(
                self.tr("“%1” ligt buiten %2–%3."), typed, str(MIN_DATE.year), str(MAX_DATE.year)
            )
        return fill_in(
            self.tr("“%1” is geen datum: typ bv. 6/12/2026, 6/12, vandaag, morgen of +7."), typed
        )

    def _set_problem(self, message: str) -> None:
        if message == self._problem:
            return
        self._problem = message
        self._describe()
        self.problem_changed.emit(message)

    # -- what a screen reader says -------------------------------------------------------
    def _describe(self) -> None:
        if self._problem:
            words = self._problem
        elif self._value is not None:
            words = spoken_date(self._value)
        else:
            words = self.placeholderText()
        if self.accessibleDescription() != words:
            self.setAccessibleDescription(words)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )

    def focusInEvent(self, event: QFocusEvent) -> None:
        # An editor's clear_errors() empties descriptions; say the date again on focus.
        self.setAccessibleDescription("")
        self._describe()
        super().focusInEvent(event)

    # -- keys and calendar --------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
            self._step(1 if key == Qt.Key.Key_Up else -1)
            return
        if (
            self.optional
            and key == Qt.Key.Key_Delete
            and not self.hasSelectedText()
            and self.cursorPosition() == len(self.text())
        ):
            self._show(None)
            return
        super().keyPressEvent(event)

    def _step(self, days: int) -> None:
        try:
            value = self._read()
        except DateInputError as exc:
            self._set_problem(self._words(exc.problem))
            return
        start = value or date.today()
        moved = start + timedelta(days=days) if value is not None else start
        if MIN_DATE <= moved <= MAX_DATE:
            self.set_value(moved, by_user=True)

    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
        try:
            shown = self._read() or date.today()
        except DateInputError:
            shown = self._value or date.today()
        self._popup.setSelectedDate(to_qdate(shown))
        self._popup.adjustSize()
        self._popup.move(self._popup_position())
        self._popup.show()
        self._popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def calendar(self) -> QCalendarWidget | None:
        """The calendar popup (None until it was first opened)."""
        return self._popup

    def _popup_position(self) -> QPoint:
        below = self.mapToGlobal(QPoint(0, self.height()))
        assert self._popup is not None
        screen = self.screen().availableGeometry()
        size = self._popup.sizeHint()
        x = min(below.x(), screen.right() - size.width())
        y = below.y()
        if y + size.height() > screen.bottom():
            y = self.mapToGlobal(QPoint(0, 0)).y() - size.height()
        return QPoint(max(x, screen.left()), max(y, screen.top()))

    # -- size and placement --------------------------------------------------------------
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        widest = max(
            metrics.horizontalAdvance("00/00/00000"),
            metrics.horizontalAdvance(self.placeholderText() + "00"),
        )
        return QSize(widest + hint.height() + 16, hint.height())

    def with_message(self) -> QWidget:
        """This field with its message line under it, for a dialog's form."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self)
        self._message = ErrorLabel()
        layout.addWidget(self._message)
        box.setFocusProxy(self)
        self.problem_changed.connect(self._message.show_message)
        return box

    def message_label(self) -> ErrorLabel | None:
        return self._message


class OptionalDateEdit(DateEdit):
    """A date that may be left empty ("geen datum")."""

    optional = True

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self.setPlaceholderText(self.tr("geen datum"))
        self._describe()

    def optional_value(self) -> date | None:
        """The date typed, or None when the field is empty; raises ``DateInputError``
        when the text is no date."""
        return self._read()

    def set_optional(self, value: date | None) -> None:
        self._show(value)

    def clear_value(self) -> None:
        self._show(None)
