"""The year's figures (Overzicht, ``supportdesk stats``) as a table: each of the
plan's indicators with what was done, the target and how far along it is."""

from __future__ import annotations

from collections.abc import Sequence

from db.session import Database
from supportdesk.indicators import LABELS, PLAN_ITEMS, year_indicators
from supportdesk.tables.model import (
    CONTEXT,
    INTEGER,
    PERCENT,
    Cell,
    Table,
    TableColumn,
    Translate,
    dutch,
    make_table,
)

PAGE = "OverviewPage"  # the indicator names are translated there
COLUMNS = (
    TableColumn("Jaar", CONTEXT, INTEGER),
    TableColumn("Doelstelling", CONTEXT),
    TableColumn("Actieplan", CONTEXT),
    TableColumn("Gerealiseerd", CONTEXT, INTEGER),
    TableColumn("Doel", CONTEXT, INTEGER),
    TableColumn("Percentage", CONTEXT, PERCENT),
    TableColumn("Doel bereikt", CONTEXT),
)


def table(db: Database, year: int, *, tr: Translate = dutch) -> Table:
    rows: list[Sequence[Cell]] = []
    for ind in year_indicators(db, year):
        percent = None
        if ind.target is not None:
            percent = round(100 * ind.value / ind.target) if ind.target else 100
        reached = "" if ind.reached is None else tr(CONTEXT, "ja" if ind.reached else "nee")
        rows.append(
            (
                year,
                tr(PAGE, LABELS.get(ind.key, ind.key)),
                PLAN_ITEMS.get(ind.key, ""),
                ind.value,
                ind.target,
                percent,
                reached,
            )
        )
    title = tr(CONTEXT, "Cijfers %1").replace("%1", str(year))
    return make_table("cijfers", title, COLUMNS, rows, len(rows), tr)
