"""Opvolgacties as a table: the open actions of the page's owner filter, group by
group (overdue, today, this week, later) in the page's order, read with the page's
own query (``supportdesk.queries.follow_ups``). The page shows the groups as headings;
the sheet says the group in a column, beside a real due date."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from db.session import Database
from supportdesk.queries.follow_ups import (
    GROUPS,
    FollowUpRow,
    Subject,
    follow_up_groups,
    follow_up_rows,
)
from supportdesk.tables.model import (
    CHUNK,
    CONTEXT,
    DATE,
    Cell,
    Table,
    TableColumn,
    Translate,
    date_text,
    dutch,
    make_table,
)

TEXTS = "FollowUps"  # the page's translation context for these words
GROUP_TITLES = {
    "overdue": "Achterstallig",
    "today": "Vandaag",
    "week": "Deze week",
    "later": "Later",
}
COLUMNS = (
    TableColumn("Groep", CONTEXT),
    TableColumn("Vervaldatum", TEXTS, DATE),
    TableColumn("Opvolgactie", TEXTS),
    TableColumn("Hoort bij", TEXTS),
    TableColumn("Lokaal bestuur", TEXTS),
    TableColumn("Eigenaar", TEXTS),
)


def subject_text(subject: Subject, tr: Translate = dutch) -> str:
    """What an action belongs to, worded as on the page: ``Adviesgesprek Gent, 03/03/2025``."""
    day = date_text(subject.day)
    if subject.kind == "advice_talk":
        text = tr(TEXTS, "Adviesgesprek %1").replace("%1", subject.title)
        return f"{text}, {day}" if day else text
    if subject.kind == "trajectory":
        return tr(TEXTS, "Traject: %1").replace("%1", subject.title)
    if subject.kind == "focus_group":
        text = tr(TEXTS, "Focusgroep: %1").replace("%1", subject.title)
        return f"{text}, {day}" if day else text
    if subject.kind == "activity":
        text = tr(TEXTS, "Activiteit: %1").replace("%1", subject.title)
        return f"{text}, {day}" if day else text
    return tr(TEXTS, "Lokaal bestuur: %1").replace("%1", subject.title)


def cells(row: FollowUpRow, tr: Translate = dutch) -> Sequence[Cell]:
    return (
        tr(TEXTS, GROUP_TITLES.get(row.group, row.group)),
        row.due_date,
        row.description,
        subject_text(row.subject, tr),
        row.local_government_name,
        row.owner_name,
    )


def table(
    db: Database,
    owner_id: str | None = None,
    *,
    today: date | None = None,
    tr: Translate = dutch,
) -> Table:
    """``owner_id``: a team member's public id, ``NO_OWNER``, or None for everyone."""
    today = today or date.today()
    counts = {g.key: g.count for g in follow_up_groups(db, today, owner_id, limit=0).groups}

    def rows() -> Iterator[Sequence[Cell]]:
        for group in GROUPS:
            offset = 0
            while offset < counts[group]:
                page = follow_up_rows(db, group, offset, today, owner_id, CHUNK)
                for row in page:
                    yield cells(row, tr)
                if len(page) < CHUNK:
                    break
                offset += len(page)

    title = tr("FollowUpsPage", "Opvolgacties")
    return make_table("opvolgacties", title, COLUMNS, rows(), sum(counts.values()), tr)
