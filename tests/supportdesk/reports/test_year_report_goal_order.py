"""An item added to the plan later (at its end) under SD1 is reported under SD1, once:
the year report groups the plan by strategic goal as the Overzicht and ``stats`` do,
instead of opening a second SD1 after SD3."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from db.session import Database
from supportdesk.reports.year_report import render_year_report
from supportdesk.services.plan import PlanItemInput, create_plan_item, ensure_year


def test_an_item_added_later_under_sd1_is_reported_under_sd1(db: Database, tmp_path: Path) -> None:
    ensure_year(db, 2025)
    create_plan_item(db, 2025, PlanItemInput("SD1", "OD 1.9", "Later toegevoegd", "milestone"))
    out = render_year_report(db, 2025, tmp_path / "jaar.pdf", exported_by="test")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    table = text[: text.index("SD3")]  # the overview table, before its first SD3
    assert "Later toegevoegd" in table
    headings = [line[:3] for line in text.splitlines() if line[:3] in ("SD1", "SD2", "SD3")]
    assert headings[:3] == ["SD1", "SD2", "SD3"]
    assert headings.count("SD1") == headings.count("SD2") == headings.count("SD3")
