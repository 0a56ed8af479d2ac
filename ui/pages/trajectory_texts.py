"""A trajectory row's texts in words, shared by Trajecten and the Overzicht's "my
trajectories" panel: a module of its own, so the Overzicht (the first screen) does not
import the Trajecten page and its editors at start (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supportdesk.queries.trajectories import TrajectoryRow
from ui.formatting import format_date

__all__ = ["attention_text", "next_action_text", "title_text"]


def attention_text(row: TrajectoryRow) -> str:
    """``⚠ 2 acties te laat · ⚠ feedback ontbreekt``; empty when all is well. Literal
    translate calls (not ``_tr``), so lupdate finds the texts and English shows them."""
    notes = []
    if row.overdue_actions:
        notes.append(
            QCoreApplication.translate("TrajectoriesPage", "1 actie te laat")
            if row.overdue_actions == 1
            else QCoreApplication.translate("TrajectoriesPage", "%1 acties te laat").replace(
                "%1", str(row.overdue_actions)
            )
        )
    if row.past_planned_end:
        notes.append(QCoreApplication.translate("TrajectoriesPage", "einddatum voorbij"))
    if row.feedback_missing:
        notes.append(QCoreApplication.translate("TrajectoriesPage", "feedback ontbreekt"))
    return " · ".join("⚠ " + n for n in notes)


def next_action_text(row: TrajectoryRow) -> str:
    if not row.next_action:
        return ""
    due = format_date(row.next_due)
    return f"{due} · {row.next_action}" if due else row.next_action


def title_text(row: TrajectoryRow) -> str:
    return row.title or QCoreApplication.translate("TrajectoriesPage", "Traject %1").replace(
        "%1", row.local_government
    )
