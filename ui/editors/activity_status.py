"""An activity's status inside its editor: gepland, gehouden or geannuleerd in words with
the date of the step, a button for each allowed next step (each asking its date), and a
warning when a planned activity's date has passed: it does not count for the plan until
someone says it was held. The shared status line and date question are
``ui.widgets.status_steps``; only the words are the activity's own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from supportdesk.services.activities import ActivityView
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.style.chips import tone_of
from ui.widgets.status_steps import Steps, StepStatusBar

CONTEXT = "ActivityStatus"
STEPS = Steps(
    CONTEXT,
    {
        "held": QT_TRANSLATE_NOOP("ActivityStatus", "Geh&ouden…"),
        "cancelled": QT_TRANSLATE_NOOP("ActivityStatus", "Gea&nnuleerd…"),
        "planned": QT_TRANSLATE_NOOP("ActivityStatus", "Herplannen…"),
    },
    {
        "held": QT_TRANSLATE_NOOP("ActivityStatus", "Op welke datum werd de activiteit gehouden?"),
        "cancelled": QT_TRANSLATE_NOOP(
            "ActivityStatus", "Op welke datum werd de activiteit geannuleerd?"
        ),
        "planned": QT_TRANSLATE_NOOP(
            "ActivityStatus", "Op welke datum werd de activiteit opnieuw ingepland?"
        ),
    },
)


def ask_step_date(parent: QWidget | None, status: str, default: date) -> date | None:
    """The date of the step to ``status`` (None: cancelled). Module level: tests answer it."""
    return STEPS.ask_date(parent, status, default)


def status_words(view: ActivityView) -> str:
    """``gehouden op 01/06/2025``, ``gepland op …``, ``geannuleerd op …``."""
    when = view.cancelled_on if view.status == "cancelled" and view.cancelled_on else view.date
    return (
        QCoreApplication.translate("ActivityStatus", "%1 op %2")
        .replace("%1", label("activity_status", view.status))
        .replace("%2", format_date(when))
    )


class ActivityStatusBar(StepStatusBar):
    """The status in words and the buttons of the allowed next steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(STEPS, parent)

    def show_view(self, view: ActivityView, today: date) -> None:
        note = ""
        if view.status == "planned" and view.date < today:
            note = "⚠ " + QCoreApplication.translate(
                "ActivityStatus", "de datum is voorbij: gehouden of geannuleerd?"
            )
        tone = tone_of("activity_status", view.status)
        self.show_state(status_words(view), view.allowed_statuses, note, tone)
