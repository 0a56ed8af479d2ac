"""A cancelled focus group, in a government's timeline and case summary, says it was
cancelled: it must not read as if it took place (attendance alone looked like it did)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from supportdesk.queries.timeline import timeline
from supportdesk.reports import render_case_summary
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    change_focus_group_status,
    create_focus_group,
    invite,
)
from supportdesk.services.local_governments import complete_local_governments
from ui.pages.local_governments import LocalGovernmentsPage
from ui.pages.timeline_view import state_text


def _groups(ctx):
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    held = create_focus_group(
        ctx.db, FocusGroupInput(date(2025, 3, 3), "Gehouden groep"), status="held"
    )
    invite(ctx.db, held.id, gent, attendance="present")
    off = create_focus_group(ctx.db, FocusGroupInput(date(2025, 5, 5), "Afgelaste groep"))
    invite(ctx.db, off.id, gent)
    change_focus_group_status(ctx.db, off.id, "cancelled", date(2025, 4, 20))
    later = create_focus_group(
        ctx.db, FocusGroupInput(date.today() + timedelta(days=20), "Komende groep")
    )
    invite(ctx.db, later.id, gent)
    return gent


def test_the_timeline_says_cancelled_and_planned(qtbot, ctx):
    gent = _groups(ctx)
    status = {e.title: e.status for e in timeline(ctx.db, gent) if e.kind == "focus_group"}
    assert status == {
        "Gehouden groep": "held",
        "Afgelaste groep": "cancelled",
        "Komende groep": "planned",
    }
    page = LocalGovernmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.refresh()
    page.show()
    page.filters.search.setFocus()
    with qtbot.waitSignal(page.filters.changed, timeout=2000):
        qtbot.keyClicks(page.filters.search, "Gent")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    assert page.detail.current_id() == gent
    view = page.detail.timeline
    shown = {
        view.entry(row).title: state_text(view.entry(row)) for row in range(view.model.rowCount())
    }
    assert shown["Afgelaste groep"] == "geannuleerd · uitgenodigd"
    assert shown["Komende groep"] == "gepland · uitgenodigd"
    assert shown["Gehouden groep"] == "aanwezig"


def test_the_case_summary_says_cancelled(ctx, tmp_path: Path):
    gent = _groups(ctx)
    out = render_case_summary(ctx.db, gent, tmp_path / "gent.pdf", exported_by="Test")
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(out).pages))
    cancelled = text[text.index("Afgelaste groep") :]
    held = text[text.index("Gehouden groep") :]
    assert re.match(r"Afgelaste groep.{0,40}Status:? geannuleerd", cancelled), cancelled[:120]
    assert re.match(r"Gehouden groep.{0,40}Status:? gehouden", held), held[:120]
