"""A trajectory's status inside its editor: where it stands in words, and a button for
each next step (request -> intake -> running -> finished, or stopped), each asking the
date of the step. Finishing without feedback asks whether feedback is still to come.

The questions are module-level functions so tests can answer them
(``monkeypatch.setattr(trajectory_status, "ask_step_date", lambda *a: date(...))``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from supportdesk.codes import TrajectoryStatus
from supportdesk.services.trajectories import TrajectoryView
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.style.chips import tone_of
from ui.widgets.questions import Icon, Role, ask
from ui.widgets.status_steps import Steps, StepStatusBar

CONTEXT = "TrajectoryStatus"
COMING, NOW, NONE = "coming", "now", "none"

#: the button that moves a trajectory to each status
STEP_BUTTONS: dict[str, str] = {
    TrajectoryStatus.INTAKE: QT_TRANSLATE_NOOP("TrajectoryStatus", "Naar inta&ke…"),
    TrajectoryStatus.RUNNING: QT_TRANSLATE_NOOP("TrajectoryStatus", "Lopend &vanaf…"),
    TrajectoryStatus.FINISHED: QT_TRANSLATE_NOOP("TrajectoryStatus", "A&fronden…"),
    TrajectoryStatus.STOPPED: QT_TRANSLATE_NOOP("TrajectoryStatus", "Stop&zetten…"),
}
STEP_QUESTIONS: dict[str, str] = {
    TrajectoryStatus.INTAKE: QT_TRANSLATE_NOOP("TrajectoryStatus", "Op welke datum was de intake?"),
    TrajectoryStatus.RUNNING: QT_TRANSLATE_NOOP(
        "TrajectoryStatus", "Op welke datum startte het traject?"
    ),
    TrajectoryStatus.FINISHED: QT_TRANSLATE_NOOP(
        "TrajectoryStatus", "Op welke datum werd het traject afgerond?"
    ),
    TrajectoryStatus.STOPPED: QT_TRANSLATE_NOOP(
        "TrajectoryStatus", "Op welke datum werd het traject stopgezet?"
    ),
}
STEPS = Steps(CONTEXT, STEP_BUTTONS, STEP_QUESTIONS)


#: the words after the status, with the date of the step (lupdate sees them here)
STEP_WORDS: dict[str, str] = {
    TrajectoryStatus.REQUEST: QT_TRANSLATE_NOOP("TrajectoryStatus", "aangevraagd op %1"),
    TrajectoryStatus.INTAKE: QT_TRANSLATE_NOOP("TrajectoryStatus", "intake op %1"),
    TrajectoryStatus.RUNNING: QT_TRANSLATE_NOOP("TrajectoryStatus", "gestart op %1"),
    TrajectoryStatus.FINISHED: QT_TRANSLATE_NOOP("TrajectoryStatus", "afgerond op %1"),
    TrajectoryStatus.STOPPED: QT_TRANSLATE_NOOP("TrajectoryStatus", "stopgezet op %1"),
}
#: stopped at request or intake: it never ran, and never counts for the plan
STOPPED_WITHOUT_STARTING = QT_TRANSLATE_NOOP(
    "TrajectoryStatus", "stopgezet zonder te starten, op %1"
)


def ask_step_date(parent: QWidget | None, status: str, default: date) -> date | None:
    """The date of the step to ``status`` (None: the question was cancelled)."""
    return STEPS.ask_date(parent, status, default)


def ask_feedback_coming(parent: QWidget | None) -> str:
    """Finished without feedback: COMING (ask for it later), NOW (note it now) or NONE."""
    return ask(
        parent,
        icon=Icon.Question,
        title=QCoreApplication.translate("TrajectoryStatus", "Feedback van het lokaal bestuur"),
        text=QCoreApplication.translate(
            "TrajectoryStatus", "Er is nog geen feedback van het lokaal bestuur op dit traject."
        ),
        informative=QCoreApplication.translate(
            "TrajectoryStatus",
            "Komt die nog? Dan blijft het traject als “feedback ontbreekt” in de lijst "
            "staan tot ze genoteerd is.",
        ),
        buttons=[
            (
                COMING,
                QCoreApplication.translate("TrajectoryStatus", "&Ja, die komt nog"),
                Role.AcceptRole,
            ),
            (NOW, QCoreApplication.translate("TrajectoryStatus", "&Nu noteren"), Role.ActionRole),
            (
                NONE,
                QCoreApplication.translate("TrajectoryStatus", "N&ee, er komt geen feedback"),
                Role.RejectRole,
            ),
        ],
        default=COMING,
        escape=COMING,
    )


def status_words(view: TrajectoryView) -> str:
    """``lopend, gestart op 01/11/2024`` — the status and the date of its step; a
    trajectory stopped before it started says so ("stopgezet zonder te starten, op
    …"): it never ran and does not count for the plan (``supportdesk.indicators``)."""
    if view.stopped_without_starting and view.end_date:
        return QCoreApplication.translate(CONTEXT, STOPPED_WITHOUT_STARTING).replace(
            "%1", format_date(view.end_date)
        )
    status = label("trajectory_status", view.status)
    day = view.step_date
    if day and view.status in STEP_WORDS:
        words = QCoreApplication.translate(CONTEXT, STEP_WORDS[view.status])
        return f"{status}, {words.replace('%1', format_date(day))}"
    return status


def attention_words(view: TrajectoryView, today: date) -> list[str]:
    """What needs doing, in words with a warning sign (never colour alone)."""
    notes = []
    late = [a for a in view.follow_ups if a.is_overdue(today)]
    if late:
        text = (
            QCoreApplication.translate("TrajectoryStatus", "1 opvolgactie te laat")
            if len(late) == 1
            else QCoreApplication.translate("TrajectoryStatus", "%1 opvolgacties te laat").replace(
                "%1", str(len(late))
            )
        )
        notes.append("⚠ " + text)
    if view.planned_end_passed(today) and view.planned_end_date:
        notes.append(
            "⚠ "
            + QCoreApplication.translate(
                "TrajectoryStatus", "geplande einddatum %1 is voorbij"
            ).replace("%1", format_date(view.planned_end_date))
        )
    if view.feedback_missing:
        notes.append("⚠ " + QCoreApplication.translate("TrajectoryStatus", "feedback ontbreekt"))
    return notes


class StatusBar(StepStatusBar):
    """The status in words and the buttons of the allowed next steps.

    ``step_requested(status)`` when one is pressed; the editor asks the date and saves.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(STEPS, parent)

    def show_view(self, view: TrajectoryView, today: date) -> None:
        self.show_state(
            status_words(view),
            view.allowed_statuses,
            " · ".join(attention_words(view, today)),
            tone_of("trajectory_status", view.status),
        )
