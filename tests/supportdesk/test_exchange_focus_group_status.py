"""An export made before focus groups had a status imports as migration 0006 upgrades
a database: dated today or earlier means held (it counts), later means planned."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from db.models import FocusGroup
from db.session import Database
from supportdesk.exchange import export_document, import_document
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    change_focus_group_status,
    create_focus_group,
)


def test_an_old_document_without_focus_group_status(src_and_dst: tuple[Database, Database]) -> None:
    src, dst = src_and_dst
    today = date.today()
    past = create_focus_group(src, FocusGroupInput(today - timedelta(days=1), "Gisteren")).id
    future = create_focus_group(src, FocusGroupInput(today + timedelta(days=1), "Morgen")).id
    cancelled = create_focus_group(src, FocusGroupInput(today, "Afgelast")).id
    change_focus_group_status(src, cancelled, "cancelled")
    doc = export_document(src)
    for row in doc["tables"]["focus_group"]:
        if row["public_id"] != cancelled:  # an old document: no status at all
            for key in ("status", "planned_on", "cancelled_on"):
                row.pop(key, None)
    import_document(dst, doc)
    with dst.read() as s:
        got = dict(s.execute(select(FocusGroup.public_id, FocusGroup.status)).all())
    assert got == {past: "held", future: "planned", cancelled: "cancelled"}
