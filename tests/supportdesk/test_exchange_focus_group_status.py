"""An export made before focus groups had a status imports as migration 0006 upgrades
a database: dated today or earlier means held (it counts), later means planned."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from db.models import FocusGroup
from supportdesk.exchange import export_document, import_document
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    change_focus_group_status,
    create_focus_group,
)
from tests.conftest import make_sqlite_db


def test_an_old_document_without_focus_group_status(sqlite_template: Path, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    src = make_sqlite_db(sqlite_template, tmp_path / "a")
    dst = make_sqlite_db(sqlite_template, tmp_path / "b")
    try:
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
    finally:
        src.dispose()
        dst.dispose()
