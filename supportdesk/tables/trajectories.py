"""Trajecten as a table: the page's columns and query (filter and sort).

The page's "Volgende actie" shows the due date and the words in one cell; the sheet
gives the due date a column of its own, so it is a real date that sorts and filters.
"""

from __future__ import annotations

from collections.abc import Sequence

from supportdesk.queries.trajectories import (
    TrajectoryFilter,
    TrajectoryRow,
    count_trajectories,
    trajectories_page,
)
from supportdesk.tables.labels import label
from supportdesk.tables.model import (
    CHUNK,
    CONTEXT,
    DATE,
    Cell,
    ListSheet,
    TableColumn,
    Translate,
    dutch,
    joined,
)

PAGE = "TrajectoriesPage"
COLUMNS = (
    TableColumn("Status", PAGE),
    TableColumn("Aandacht", PAGE),
    TableColumn("Lokaal bestuur", PAGE),
    TableColumn("Titel", PAGE),
    TableColumn("Begeleiders", PAGE),
    TableColumn("Start", PAGE, DATE),
    TableColumn("Gepland einde", PAGE, DATE),
    TableColumn("Vervaldatum volgende actie", CONTEXT, DATE),
    TableColumn("Volgende actie", PAGE),
)


def attention_text(row: TrajectoryRow, tr: Translate = dutch) -> str:
    """As the page words it: ``⚠ 2 acties te laat · ⚠ feedback ontbreekt``."""
    notes = []
    if row.overdue_actions:
        notes.append(
            tr(PAGE, "1 actie te laat")
            if row.overdue_actions == 1
            else tr(PAGE, "%1 acties te laat").replace("%1", str(row.overdue_actions))
        )
    if row.past_planned_end:
        notes.append(tr(PAGE, "einddatum voorbij"))
    if row.feedback_missing:
        notes.append(tr(PAGE, "feedback ontbreekt"))
    return " · ".join("⚠ " + n for n in notes)


def title_text(row: TrajectoryRow, tr: Translate = dutch) -> str:
    return row.title or tr(PAGE, "Traject %1").replace("%1", row.local_government)


def cells(row: TrajectoryRow, tr: Translate = dutch) -> Sequence[Cell]:
    return (
        label(tr, "trajectory_status", row.status),
        attention_text(row, tr),
        row.local_government,
        title_text(row, tr),
        joined(row.coaches),
        row.start_date,
        row.planned_end_date,
        row.next_due if row.next_action else None,
        row.next_action,
    )


SHEET = ListSheet(
    "trajecten",
    PAGE,
    "Trajecten",
    COLUMNS,
    CHUNK,
    trajectories_page,
    count_trajectories,
    cells,
    TrajectoryFilter,
    "status",
    False,
)
table = SHEET.table
