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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from supportdesk.codes import FocusGroupStatus
from supportdesk.indicators import focus_group_needs_attention
from supportdesk.services.focus_groups import FocusGroupView
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.style.chips import tone_of
from ui.widgets.status_steps import Steps, StepStatusBar

CONTEXT = "FocusGroupStatus"

#: the button that moves a focus group to each status
STEP_BUTTONS: dict[str, str] = {
    FocusGroupStatus.HELD: QT_TRANSLATE_NOOP("FocusGroupStatus", "Ge&houden…"),
    FocusGroupStatus.CANCELLED: QT_TRANSLATE_NOOP("FocusGroupStatus", "Ge&annuleerd…"),
    FocusGroupStatus.PLANNED: QT_TRANSLATE_NOOP("FocusGroupStatus", "&Herplannen…"),
}
STEP_QUESTIONS: dict[str, str] = {
    FocusGroupStatus.HELD: QT_TRANSLATE_NOOP(
        "FocusGroupStatus", "Op welke datum werd de focusgroep gehouden?"
    ),
    FocusGroupStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "FocusGroupStatus", "Op welke datum werd de focusgroep geannuleerd?"
    ),
    FocusGroupStatus.PLANNED: QT_TRANSLATE_NOOP(
        "FocusGroupStatus", "Op welke datum werd de focusgroep opnieuw ingepland?"
    ),
}
STEPS = Steps(CONTEXT, STEP_BUTTONS, STEP_QUESTIONS)


def ask_step_date(parent: QWidget | None, status: str, default: date) -> date | None:
    """The date of the step to ``status`` (None: the question was cancelled)."""
    return STEPS.ask_date(parent, status, default)


def status_words(view: FocusGroupView) -> str:
    """``gehouden op 01/06/2025``, ``gepland op 01/06/2025``, ``geannuleerd op …``."""
    status = label("focus_group_status", view.status)
    day = view.cancelled_on if view.status == FocusGroupStatus.CANCELLED else view.date
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


class StatusBar(StepStatusBar):
    """The status in words and the buttons of the allowed next steps.

    ``step_requested(status)`` when one is pressed; the editor asks the date and saves.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(STEPS, parent)

    def show_view(self, view: FocusGroupView, today: date) -> None:
        self.show_state(
            status_words(view),
            view.allowed_statuses,
            attention_words(view, today),
            tone_of("focus_group_status", view.status),
        )
