"""Focusgroepen as a table: the page's columns and query (filter and sort).

As on the Trajecten sheet, the next action's due date gets a column of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from supportdesk.queries.focus_groups import (
    FocusGroupFilter,
    FocusGroupRow,
    count_focus_groups,
    focus_groups_page,
)
from supportdesk.tables.labels import label, meeting_place, meeting_status
from supportdesk.tables.model import (
    CHUNK,
    CONTEXT,
    DATE,
    INTEGER,
    Cell,
    ListSheet,
    TableColumn,
    Translate,
    dutch,
    joined,
)

PAGE = "FocusGroupsPage"
COLUMNS = (
    TableColumn("Datum", PAGE, DATE),
    TableColumn("Status", PAGE),
    TableColumn("Onderwerp", PAGE),
    TableColumn("Plaats", PAGE),
    TableColumn("Uitgenodigd", PAGE, INTEGER),
    TableColumn("Aanwezig", PAGE, INTEGER),
    TableColumn("Geëvalueerde tools", PAGE),
    TableColumn("Vervaldatum volgende actie", CONTEXT, DATE),
    TableColumn("Volgende actie", PAGE),
)


def place_text(row: FocusGroupRow, tr: Translate = dutch) -> str:
    return meeting_place(row.place, row.online, tr)


def status_text(row: FocusGroupRow, tr: Translate = dutch) -> str:
    """As the page words it: the status, or ``⚠ te bevestigen`` for a planned focus
    group whose date has passed."""
    status = label(tr, "focus_group_status", getattr(row, "status", None))
    return meeting_status(status, getattr(row, "needs_attention", False), tr)


def cells(row: FocusGroupRow, tr: Translate = dutch) -> Sequence[Cell]:
    return (
        row.date,
        status_text(row, tr),
        row.topic,
        place_text(row, tr),
        row.governments,
        row.present,
        joined(row.tools),
        row.next_due if row.next_action else None,
        row.next_action,
    )


SHEET = ListSheet(
    "focusgroepen",
    PAGE,
    "Focusgroepen",
    COLUMNS,
    CHUNK,
    focus_groups_page,
    count_focus_groups,
    cells,
    FocusGroupFilter,
    "date",
    True,
)
table = SHEET.table
