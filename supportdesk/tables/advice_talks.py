"""Adviesgesprekken as a table: the page's columns and query (filter and sort).

The duration is a number of minutes (shown as "35 min" in the sheet, summable); the
question is its first line, as on the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from supportdesk.queries.advice_talks import (
    AdviceTalkFilter,
    AdviceTalkRow,
    advice_talks_page,
    count_advice_talks,
)
from supportdesk.tables import model
from supportdesk.tables.labels import label
from supportdesk.tables.model import (
    DATE,
    INTEGER,
    MINUTES,
    Cell,
    ListSheet,
    TableColumn,
    Translate,
    dutch,
    first_line,
    joined,
)

PAGE = "AdviceTalksPage"
COLUMNS = (
    TableColumn("Datum", PAGE, DATE),
    TableColumn("Lokaal bestuur", PAGE),
    TableColumn("Kanaal", PAGE),
    TableColumn("Duur", PAGE, MINUTES),
    TableColumn("Vraag", PAGE),
    TableColumn("Thema's", PAGE),
    TableColumn("Medewerkers", PAGE),
    TableColumn("Open acties", PAGE, INTEGER),
    TableColumn("Vlaggen", PAGE),
)
FLAGS = ("info_session_idea", "policy_dossier_input", "signal", "experienced_government")
CHUNK = 2 * model.CHUNK  # rows per query (model.CHUNK)


def cells(row: AdviceTalkRow, tr: Translate = dutch) -> Sequence[Cell]:
    return (
        row.date,
        row.local_government,
        label(tr, "channel", row.channel),
        row.duration_minutes,
        first_line(row.question),
        joined(row.themes),
        joined(row.team_members),
        row.open_actions,
        joined(label(tr, "flag", code) for code in FLAGS if getattr(row, code)),
    )


SHEET = ListSheet(
    "adviesgesprekken",
    PAGE,
    "Adviesgesprekken",
    COLUMNS,
    CHUNK,
    advice_talks_page,
    count_advice_talks,
    cells,
    AdviceTalkFilter,
    "date",
    True,
)
table = SHEET.table
