"""The status line with step buttons, and the step-date question, shared by the
trajectory and focus-group editors (each says its own words and allowed steps)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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

from ui.a11y import describe_label
from ui.style.chips import ChipLabel, Tone
from ui.widgets.date_edit import DateEdit


def ask_step_date(parent: QWidget | None, title: str, question: str, default: date) -> date | None:
    """The date of a status step (None: the question was cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = DateEdit(default)
    caption = QLabel(question)
    caption.setWordWrap(True)
    caption.setBuddy(edit)
    edit.setAccessibleName(caption.text())
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(lambda: dialog.accept() if edit.check() else None)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout()
    form.addRow(caption)
    form.addRow(edit.with_message())
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    edit.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.value()


@dataclass(frozen=True)
class Steps:
    """A kind of record's status steps: per status the text of the button that moves
    there and the question for the date of that step, both marked with
    ``QT_TRANSLATE_NOOP(context, …)`` and translated here, in ``context``."""

    context: str
    buttons: Mapping[str, str]
    questions: Mapping[str, str]

    def button(self, status: str) -> str:
        return QCoreApplication.translate(self.context, self.buttons[status])

    def question(self, status: str) -> str:
        return QCoreApplication.translate(self.context, self.questions[status])

    def ask_date(self, parent: QWidget | None, status: str, default: date) -> date | None:
        """The date of the step to ``status`` (None: the question was cancelled)."""
        title = self.button(status).replace("&", "").rstrip("…")
        return ask_step_date(parent, title, self.question(status), default)


class StepStatusBar(QWidget):
    """The status in words, the buttons of the allowed next ``steps`` and a bold
    attention line. ``step_requested(status)`` when a button is pressed; the editor asks
    the date and saves."""

    step_requested = Signal(str)

    def __init__(self, steps: Steps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = ChipLabel()  # the status as a chip, as in the lists (ui/style)
        describe_label(self.words, QCoreApplication.translate("StatusBar", "Status"))
        self.attention = QLabel()
        self.attention.setTextFormat(Qt.TextFormat.PlainText)
        self.attention.setWordWrap(True)
        describe_label(self.attention, QCoreApplication.translate("StatusBar", "Aandacht nodig"))
        font = self.attention.font()
        font.setBold(True)
        self.attention.setFont(font)
        self.step_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words)
        for status in steps.buttons:
            button = QPushButton(steps.button(status))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=status: self.step_requested.emit(s))
            button.hide()
            row.addWidget(button)
            self.step_buttons[status] = button
        row.addStretch(1)
        # A step is saved the moment its date is confirmed (its own service call, in the
        # change log), not with Bewaren: said on screen, beside the buttons.
        self.saved_at_once = QLabel(
            QCoreApplication.translate(
                "StatusBar",
                "Een statusstap wordt meteen bewaard zodra je de datum bevestigt, los van Bewaren.",
            )
        )
        self.saved_at_once.setWordWrap(True)
        for button in self.step_buttons.values():
            button.setAccessibleDescription(self.saved_at_once.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.saved_at_once)
        layout.addWidget(self.attention)
        self.attention.hide()

    def show_state(
        self, words: str, allowed: Iterable[str], note: str, tone: Tone = Tone.NEUTRAL
    ) -> None:
        """Show the status ``words`` (a chip of ``tone``), the buttons of the ``allowed``
        steps and ``note``."""
        self.words.set_status(words, Tone.WARN if note else tone)
        describe_label(self.words, QCoreApplication.translate("StatusBar", "Status"))
        steps = set(allowed)
        for status, button in self.step_buttons.items():
            button.setVisible(status in steps)
        self.saved_at_once.setVisible(bool(steps & set(self.step_buttons)))
        self.attention.setText(note)
        self.attention.setVisible(bool(note))
