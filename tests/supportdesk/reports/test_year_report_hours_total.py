"""The year report's list of participant hours adds up to the figure above it exactly:
three sessions of 7 people for 1 h 20 min are 3 x 560 minutes = 28 hours, not
3 x 9,33 = 27,99 (each line is rounded to hundredths, the total is summed in minutes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from db.session import Database
from supportdesk.indicators import year_plan_figures
from supportdesk.reports.year_report import render_year_report
from supportdesk.services.activities import ActivityInput, create_activity, list_activity_kinds


def test_the_total_of_the_hours_list_is_the_figure(db: Database, tmp_path: Path) -> None:
    kind = next(k.id for k in list_activity_kinds(db) if k.code == "info_session")
    for day in (3, 4, 5):
        data = ActivityInput(
            kind, date(2025, 3, day), f"Sessie {day}", participant_count=7, duration_minutes=80
        )
        create_activity(db, data, status="held")
    today = date(2025, 12, 31)
    figure = next(
        f for f in year_plan_figures(db, 2025, today) if f.item.key == "info_session_hours"
    )
    assert str(figure.value) == "28"
    out = render_year_report(db, 2025, tmp_path / "jaar.pdf", exported_by="test")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    section = text[text.index("Deelnemersuren aan de infosessies: 28") :]
    total = section[section.index("Samen") : section.index("Samen") + 40].split("\n")
    assert total[1:3] == ["21", "28"], total
    assert "27,99" not in text
    summary = text[: text.index("activiteiten van het plan gehouden")]
    assert summary.split("\n")[-4:-2] == ["3", "28"], summary[-60:]


def test_the_activity_lists_heads_and_dates_are_not_broken_inside_a_word(
    db: Database, tmp_path: Path
) -> None:
    kind = next(k.id for k in list_activity_kinds(db) if k.code == "info_session")
    data = ActivityInput(kind, date(2025, 3, 13), "Infosessie", participant_count=23)
    create_activity(db, ActivityInput(**{**data.__dict__, "duration_minutes": 150}), status="held")
    out = render_year_report(db, 2025, tmp_path / "jaar.pdf", exported_by="test")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    lines = [
        line.strip() for line in text[text.index("Deelnemersuren aan de infosessies") :].split("\n")
    ]
    assert "Deelnemers" in lines and "Deelnemersuren" in lines
    assert "13/03/2025" in lines
