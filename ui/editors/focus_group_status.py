"""A focus group's status inside its editor: gepland, gehouden or geannuleerd in words
with the date of the step, a button for each allowed next step (held, cancelled, planned
again), each asking its date, and a warning when a planned one's date has passed.

Only held focus groups count for the plan (``supportdesk.indicators``); cancelling is
not archiving: a cancelled one stays in the list. The date question is a module-level
function so tests can answer it
(``monkeypatch.setattr(focus_group_status, "ask_step_date", lambda *a: date(...))``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.indicators import focus_group_needs_attention
from supportdesk.services.focus_groups import FocusGroupView
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.widgets.date_edit import DateEdit

CONTEXT = "FocusGroupStatus"

#: the button that moves a focus group to each status
STEP_BUTTONS: dict[str, str] = {
    "held": QT_TRANSLATE_NOOP("FocusGroupStatus", "Ge&houden…"),
    "cancelled": QT_TRANSLATE_NOOP("FocusGroupStatus", "Ge&annuleerd…"),
    "planned": QT_TRANSLATE_NOOP("FocusGroupStatus", "&Herplannen…"),
}
STEP_QUESTIONS: dict[str, str] = {
    "held": QT_TRANSLATE_NOOP("FocusGroupStatus", "Op welke datum werd de focusgroep gehouden?"),
    "cancelled": QT_TRANSLATE_NOOP(
        "FocusGroupStatus", "Op welke datum werd de focusgroep geannuleerd?"
    ),
    "planned": QT_TRANSLATE_NOOP(
        "FocusGroupStatus", "Op welke datum werd de focusgroep opnieuw ingepland?"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_step_date(parent: QWidget | None, status: str, default: date) -> date | None:
    """The date of the step to ``status`` (None: the question was cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr(STEP_BUTTONS[status]).replace("&", "").rstrip("…"))
    edit = DateEdit(default)
    caption = QLabel(_tr(STEP_QUESTIONS[status]))
    caption.setWordWrap(True)
    caption.setBuddy(edit)
    edit.setAccessibleName(caption.text())
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout()
    form.addRow(caption)
    form.addRow(edit)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    edit.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.value()


def status_words(view: FocusGroupView) -> str:
    """``gehouden op 01/06/2025``, ``gepland op 01/06/2025``, ``geannuleerd op …``."""
    status = label("focus_group_status", view.status)
    day = view.cancelled_on if view.status == "cancelled" else view.date
    if day is None:
        return status
    return (
        QCoreApplication.translate("FocusGroupStatus", "%1 op %2")
        .replace("%1", status)
        .replace("%2", format_date(day))
    )


def attention_words(view: FocusGroupView, today: date) -> str:
    """A planned focus group whose date has passed: was it held, or cancelled?"""
    if focus_group_needs_attention(view.status, view.date, today):
        return "⚠ " + QCoreApplication.translate(
            "FocusGroupStatus", "de datum is voorbij: gehouden of geannuleerd?"
        )
    return ""


class StatusBar(QWidget):
    """The status in words and the buttons of the allowed next steps.

    ``step_requested(status)`` when one is pressed; the editor asks the date and saves.
    """

    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel()
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(self.tr("Status"))
        self.attention = QLabel()
        self.attention.setTextFormat(Qt.TextFormat.PlainText)
        self.attention.setWordWrap(True)
        self.attention.setAccessibleName(self.tr("Aandacht nodig"))
        font = self.attention.font()
        font.setBold(True)
        self.attention.setFont(font)
        self.step_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words)
        for status, text in STEP_BUTTONS.items():
            button = QPushButton(_tr(text))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=status: self.step_requested.emit(s))
            button.hide()
            row.addWidget(button)
            self.step_buttons[status] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.attention)
        self.attention.hide()

    def show_view(self, view: FocusGroupView, today: date) -> None:
        self.words.setText(status_words(view))
        for status, button in self.step_buttons.items():
            button.setVisible(status in view.allowed_statuses)
        note = attention_words(view, today)
        self.attention.setText(note)
        self.attention.setVisible(bool(note))
