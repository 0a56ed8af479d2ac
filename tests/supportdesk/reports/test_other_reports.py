"""Trajectory, focus-group and year reports: content, characters, quality on paper."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.session import Database
from supportdesk.demo import generate_demo
from supportdesk.errors import NotFoundError
from supportdesk.indicators import year_indicators
from supportdesk.reports import (
    render_focus_group_report,
    render_trajectory_report,
    render_year_report,
)
from supportdesk.reports.data import year_report_data
from tests.supportdesk.reports._fixtures import (
    MARKUP,
    NAMES,
    build_two_governments,
    check_pdf,
    flat,
    pdf_text,
)

WHEN = datetime(2025, 11, 20, 9, 30)


def test_trajectory_report(db: Database, tmp_path: Path) -> None:
    ids = build_two_governments(db)
    out = tmp_path / "traject.pdf"
    render_trajectory_report(db, ids.trajectory, out, exported_by="Ayşe", exported_at=WHEN)
    pngs = check_pdf(out, tmp_path)
    f = flat(pdf_text(out))
    for piece in [*NAMES, *MARKUP]:
        assert piece in f, piece
    assert "Traject Łukasz Wiśniewski <b>" in f
    assert "lopend" in f and "startend" in f
    assert "sinds 01/02/2025 (gepland tot 01/12/2025)" in f
    assert "10/02/2025" in f and "ter plaatse" in f
    assert "Geheime" not in f  # the wrongly linked person of another government
    assert "4/5" in f
    assert f"pagina 1 van {len(pngs)}" in f
    meta = PdfReader(str(out)).metadata
    assert meta is not None and meta.author == "Ayşe" and meta.title and "Gent" in meta.title


def test_focus_group_report(db: Database, tmp_path: Path) -> None:
    ids = build_two_governments(db)
    out = tmp_path / "focus.pdf"
    render_focus_group_report(
        db, ids.focus_group, out, exported_by="t", exported_at=WHEN, audience="internal"
    )
    check_pdf(out, tmp_path)
    f = flat(pdf_text(out))
    for piece in [*NAMES, *MARKUP]:
        assert piece in f, piece
    assert "Focus Ğülşen & tools" in f
    assert "Brussel <zaal>" in f
    assert "Gent" in f and "Antwerpen" in f
    assert "aanwezig" in f and "verontschuldigd" in f
    assert "GEHEIME GROEPSACTIE" in f  # the group's own follow-up actions
    assert "GROEPSNOTITIE" in f
    assert "5/5" in f


def test_unknown_ids(sqlite_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="Onbekend traject"):
        render_trajectory_report(sqlite_db, "nope", tmp_path / "t.pdf", exported_by="t")
    with pytest.raises(NotFoundError, match="Onbekende focusgroep"):
        render_focus_group_report(sqlite_db, "nope", tmp_path / "f.pdf", exported_by="t")


def test_year_report(db: Database, tmp_path: Path) -> None:
    build_two_governments(db)
    out = tmp_path / "jaar.pdf"
    render_year_report(db, 2025, out, exported_by="t", exported_at=WHEN)
    pngs = check_pdf(out, tmp_path)
    f = flat(pdf_text(out))
    assert "Jaarrapport 2025" in f
    # Two advice talks in 2025 (one by mail does not count), the trajectory, the group.
    assert "OD 3.2 · Adviesgesprekken met lokale besturen: 2" in f
    assert "OD 3.3 · Ondersteuningstrajecten op maat: 1" in f
    assert "(1 in 2025)" in f  # the mail-only question
    assert "Signaal </para>" in f
    assert "Infosessie over “digihelpers”" in f
    assert "Goed Ayşe Özdemir" in f
    assert f"pagina {len(pngs)} van {len(pngs)}" in f


def test_year_without_records_or_targets(sqlite_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "leeg.pdf"
    render_year_report(sqlite_db, 2031, out, exported_by="t")
    check_pdf(out, tmp_path)
    f = flat(pdf_text(out))
    assert "geen doel bepaald" in f
    assert "Geen adviesgesprekken." in f and "Geen feedback ontvangen." in f


def test_year_figures_match_the_indicators(sqlite_db: Database) -> None:
    generate_demo(sqlite_db, scale=2, today=date(2025, 11, 20))
    for year in (2024, 2025):
        data = year_report_data(sqlite_db, year)
        shared = {i.key: (i.value, i.target) for i in year_indicators(sqlite_db, year)}
        ours = {i.key: (i.value, i.target) for i in data.indicators}
        assert ours == shared
        # Behind each figure, the list it counts.
        assert len(data.talks) == shared["advice_talks"][0]
        assert len(data.trajectories) == shared["trajectories"][0]
        assert len(data.focus_groups) == shared["focus_groups"][0]


def test_long_table_repeats_its_header(sqlite_db: Database, tmp_path: Path) -> None:
    generate_demo(sqlite_db, scale=8, today=date(2025, 11, 20))
    out = tmp_path / "jaar.pdf"
    render_year_report(sqlite_db, 2025, out, exported_by="t")
    reader = PdfReader(str(out))
    pages = [page.extract_text() or "" for page in reader.pages]
    # The advice-talk list spans pages; each page it continues on starts with its header.
    spanning = [p for p in pages if "Datum Lokaal bestuur Kanaal Thema's" in " ".join(p.split())]
    assert len(spanning) >= 2


def test_a_tools_kind_is_its_word_in_the_reports_language(db: Database, tmp_path: Path) -> None:
    """A tool's kind is stored as a code (migration 0011): the report says "gids" in
    Dutch and "guide" in English, never the bare code in a Dutch report."""
    from sqlalchemy import update

    from db.models import Tool

    ids = build_two_governments(db)
    with db.write() as s:
        s.execute(update(Tool).values(kind="guide"))
    dutch, english = tmp_path / "nl.pdf", tmp_path / "en.pdf"
    render_focus_group_report(db, ids.focus_group, dutch, exported_by="t", exported_at=WHEN)
    render_focus_group_report(
        db, ids.focus_group, english, exported_by="t", exported_at=WHEN, language="en"
    )
    assert "· gids" in flat(pdf_text(dutch)) and "guide" not in flat(pdf_text(dutch))
    assert "· guide" in flat(pdf_text(english))
