"""A trajectory's status inside its editor: where it stands in words, and a button for
each next step (request -> intake -> running -> finished, or stopped), each asking the
date of the step. Finishing without feedback asks whether feedback is still to come.

The questions are module-level functions so tests can answer them
(``monkeypatch.setattr(trajectory_status, "ask_step_date", lambda *a: date(...))``).
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

from supportdesk.services.trajectories import TrajectoryView
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.widgets.date_edit import DateEdit
from ui.widgets.questions import Icon, Role, ask

CONTEXT = "TrajectoryStatus"
COMING, NOW, NONE = "coming", "now", "none"

#: the button that moves a trajectory to each status
STEP_BUTTONS: dict[str, str] = {
    "intake": QT_TRANSLATE_NOOP("TrajectoryStatus", "Naar inta&ke…"),
    "running": QT_TRANSLATE_NOOP("TrajectoryStatus", "Lopend &vanaf…"),
    "finished": QT_TRANSLATE_NOOP("TrajectoryStatus", "A&fronden…"),
    "stopped": QT_TRANSLATE_NOOP("TrajectoryStatus", "Stop&zetten…"),
}
STEP_QUESTIONS: dict[str, str] = {
    "intake": QT_TRANSLATE_NOOP("TrajectoryStatus", "Op welke datum was de intake?"),
    "running": QT_TRANSLATE_NOOP("TrajectoryStatus", "Op welke datum startte het traject?"),
    "finished": QT_TRANSLATE_NOOP("TrajectoryStatus", "Op welke datum werd het traject afgerond?"),
    "stopped": QT_TRANSLATE_NOOP("TrajectoryStatus", "Op welke datum werd het traject stopgezet?"),
}


#: the words after the status, with the date of the step (lupdate sees them here)
STEP_WORDS: dict[str, str] = {
    "request": QT_TRANSLATE_NOOP("TrajectoryStatus", "aangevraagd op %1"),
    "intake": QT_TRANSLATE_NOOP("TrajectoryStatus", "intake op %1"),
    "running": QT_TRANSLATE_NOOP("TrajectoryStatus", "gestart op %1"),
    "finished": QT_TRANSLATE_NOOP("TrajectoryStatus", "afgerond op %1"),
    "stopped": QT_TRANSLATE_NOOP("TrajectoryStatus", "stopgezet op %1"),
}
#: stopped at request or intake: it never ran, and never counts for the plan
STOPPED_WITHOUT_STARTING = QT_TRANSLATE_NOOP(
    "TrajectoryStatus", "stopgezet zonder te starten, op %1"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_step_date(parent: QWidget | None, status: str, default: date) -> date | None:
    """The date of the step to ``status`` (None: cancelled)."""
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


def ask_feedback_coming(parent: QWidget | None) -> str:
    """Finished without feedback: COMING (ask for it later), NOW (note it now) or NONE."""
    return ask(
        parent,
        icon=Icon.Question,
        title=_tr("Feedback van het lokaal bestuur"),
        text=_tr("Er is nog geen feedback van het lokaal bestuur op dit traject."),
        informative=_tr(
            "Komt die nog? Dan blijft het traject als “feedback ontbreekt” in de lijst "
            "staan tot ze genoteerd is."
        ),
        buttons=[
            (COMING, _tr("&Ja, die komt nog"), Role.AcceptRole),
            (NOW, _tr("&Nu noteren"), Role.ActionRole),
            (NONE, _tr("N&ee, er komt geen feedback"), Role.RejectRole),
        ],
        default=COMING,
        escape=COMING,
    )


def status_words(view: TrajectoryView) -> str:
    """``lopend, gestart op 01/11/2024`` — the status and the date of its step; a
    trajectory stopped before it started says so ("stopgezet zonder te starten, op
    …"): it never ran and does not count for the plan (``supportdesk.indicators``)."""
    if view.stopped_without_starting and view.end_date:
        return _tr(STOPPED_WITHOUT_STARTING).replace("%1", format_date(view.end_date))
    status = label("trajectory_status", view.status)
    day = view.step_date
    if day and view.status in STEP_WORDS:
        return f"{status}, {_tr(STEP_WORDS[view.status]).replace('%1', format_date(day))}"
    return status


def attention_words(view: TrajectoryView, today: date) -> list[str]:
    """What needs doing, in words with a warning sign (never colour alone)."""
    notes = []
    late = [a for a in view.follow_ups if a.is_overdue(today)]
    if late:
        text = (
            _tr("1 opvolgactie te laat")
            if len(late) == 1
            else _tr("%1 opvolgacties te laat").replace("%1", str(len(late)))
        )
        notes.append("⚠ " + text)
    if view.planned_end_passed(today) and view.planned_end_date:
        notes.append(
            "⚠ "
            + _tr("geplande einddatum %1 is voorbij").replace(
                "%1", format_date(view.planned_end_date)
            )
        )
    if view.feedback_missing:
        notes.append("⚠ " + _tr("feedback ontbreekt"))
    return notes


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

    def show_view(self, view: TrajectoryView, today: date) -> None:
        self.words.setText(status_words(view))
        for status, button in self.step_buttons.items():
            button.setVisible(status in view.allowed_statuses)
        notes = attention_words(view, today)
        self.attention.setText(" · ".join(notes))
        self.attention.setVisible(bool(notes))
