"""Lokale besturen as a table: the page's columns and query (filter and sort)."""

from __future__ import annotations

from collections.abc import Sequence

from supportdesk.queries.local_governments import (
    LocalGovernmentFilter,
    LocalGovernmentRow,
    count_local_governments,
    local_governments_page,
)
from supportdesk.tables.labels import label
from supportdesk.tables.model import (
    CHUNK,
    DATE,
    INTEGER,
    Cell,
    ListSheet,
    TableColumn,
    Translate,
    dutch,
)

PAGE = "LocalGovernmentsPage"
COLUMNS = (
    TableColumn("Naam", PAGE),
    TableColumn("NIS-code", PAGE),  # text: a code, not a number to add up
    TableColumn("Provincie", PAGE),
    TableColumn("Soort", PAGE),
    TableColumn("Startpositie", PAGE),
    TableColumn("Open acties", PAGE, INTEGER),
    TableColumn("Laatste contact", PAGE, DATE),
)


def cells(row: LocalGovernmentRow, tr: Translate = dutch) -> Sequence[Cell]:
    return (
        row.name,
        row.nis_code or "",
        row.province or "",
        label(tr, "lg_kind", row.kind),
        label(tr, "starting_position", row.starting_position),
        row.open_actions,
        row.last_contact,
    )


SHEET = ListSheet(
    "lokale-besturen",
    PAGE,
    "Lokale besturen",
    COLUMNS,
    CHUNK,
    local_governments_page,
    count_local_governments,
    cells,
    LocalGovernmentFilter,
    "name",
    False,
)
table = SHEET.table
