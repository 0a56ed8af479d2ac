"""The action plan's lists as tables (issue 14): Activiteiten and the Communicatie page's
publications, with the page's columns, filter and sort.

Participant hours and feedback scores are written as the page shows them (``57,5``,
``4,3``): the sheets' cell types have no decimal number, and a text keeps the value
exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from db.session import Database
from supportdesk.plan_labels import ACTIVITY_STATUSES, LEADS, PUBLICATION_KINDS, TEAM_ROLES
from supportdesk.queries.activities import ActivityFilter, ActivityRow, activities_page
from supportdesk.services.publications import (
    PublicationFilter,
    PublicationRow,
    publications_page,
)
from supportdesk.tables import model
from supportdesk.tables.labels import meeting_place, meeting_status
from supportdesk.tables.model import DATE, INTEGER, Cell, ListSheet, TableColumn, Translate, dutch

ACTIVITIES = "ActivitiesPage"
PUBLICATIONS = "CommunicationPage"


def decimal_text(value: Decimal | None) -> str:
    """``57,5``, ``2``; empty for none."""
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _activity_status(row: ActivityRow, tr: Translate) -> str:
    status = tr("Labels", ACTIVITY_STATUSES.get(row.status, row.status))
    return meeting_status(status, row.needs_attention, tr)


def _activity_cells(row: ActivityRow, tr: Translate = dutch) -> Sequence[Cell]:
    place = meeting_place(row.place, row.online, tr)
    lead = tr("Labels", LEADS.get(row.lead, row.lead))
    role = tr("Labels", TEAM_ROLES.get(row.team_role, row.team_role))
    return (
        row.date,
        row.kind,
        _activity_status(row, tr),
        row.topic,
        place,
        f"{lead} · {role}",
        row.participants,
        decimal_text(row.participant_hours),
        row.governments,
        decimal_text(row.feedback_score),
    )


def _count_activities(db: Database, f: ActivityFilter | None) -> int:
    return int(activities_page(db, f, offset=0, limit=1)[1] or 0)


ACTIVITY_SHEET: ListSheet[Any] = ListSheet(
    "activiteiten",
    ACTIVITIES,
    "Activiteiten",
    (
        TableColumn("Datum", ACTIVITIES, DATE),
        TableColumn("Soort", ACTIVITIES),
        TableColumn("Status", ACTIVITIES),
        TableColumn("Onderwerp", ACTIVITIES),
        TableColumn("Plaats", ACTIVITIES),
        TableColumn("Trekker · rol", ACTIVITIES),
        TableColumn("Deelnemers", ACTIVITIES, INTEGER),
        TableColumn("Deelnemersuren", ACTIVITIES),
        TableColumn("Besturen", ACTIVITIES, INTEGER),
        TableColumn("Feedback", ACTIVITIES),
    ),
    model.CHUNK,
    activities_page,
    _count_activities,
    _activity_cells,
    ActivityFilter,
    "date",
    True,
)
activities_table = ACTIVITY_SHEET.table


def _publications(
    db: Database,
    f: PublicationFilter,
    *,
    sort: str,
    descending: bool,
    offset: int,
    limit: int | None,
) -> tuple[Sequence[PublicationRow], int | None]:
    """The page's query (newest first: it has one order)."""
    del sort, descending
    return publications_page(db, f, offset=offset, limit=limit)


def _publication_cells(row: PublicationRow, tr: Translate = dutch) -> Sequence[Cell]:
    return (
        row.published_on,
        tr("Labels", PUBLICATION_KINDS.get(row.kind, row.kind)),
        row.title,
        row.local_government or row.medium,
        row.link,
    )


def _count_publications(db: Database, f: PublicationFilter | None) -> int:
    return publications_page(db, f, offset=0, limit=1)[1]


PUBLICATION_SHEET: ListSheet[Any] = ListSheet(
    "publicaties",
    PUBLICATIONS,
    "Publicaties",
    (
        TableColumn("Gepubliceerd", PUBLICATIONS, DATE),
        TableColumn("Soort", PUBLICATIONS),
        TableColumn("Titel", PUBLICATIONS),
        TableColumn("Over / medium", PUBLICATIONS),
        TableColumn("Link", PUBLICATIONS),
    ),
    model.CHUNK,
    _publications,
    _count_publications,
    _publication_cells,
    PublicationFilter,
    "date",
    True,
)
publications_table = PUBLICATION_SHEET.table
