"""The case summary: content, quality on paper, date range, failure leaves nothing."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.session import Database
from supportdesk.errors import NotFoundError
from supportdesk.reports import ExportError, render_case_summary
from tests.supportdesk.reports._fixtures import (
    EMOJI,
    MARKUP,
    NAMES,
    build_two_governments,
    check_pdf,
    flat,
    pdf_text,
)

WHEN = datetime(2025, 11, 20, 9, 30)


def test_case_summary_reads_back(db: Database, tmp_path: Path) -> None:
    ids = build_two_governments(db)
    out = tmp_path / "gent.pdf"
    calls: list[tuple[int, int]] = []
    render_case_summary(
        db,
        ids.home_nis,
        out,
        exported_by="Łukasz Nowak",
        exported_at=WHEN,
        progress=lambda done, total: calls.append((done, total)),
    )
    pngs = check_pdf(out, tmp_path)
    text = pdf_text(out)
    f = flat(text)
    for piece in [*NAMES, *MARKUP]:
        assert piece in f, piece
    # The thumbs-up the font lacks became one "?", its skin-tone modifier vanished.
    assert EMOJI not in text and "\ufffd" not in text
    assert "<font size=40> ? Tweede regel." in f
    assert "Dossieroverzicht Gent" in f
    assert "44021" in f
    assert "Oost-Vlaanderen" in f
    assert "groeiend" in f  # starting position in Dutch
    assert "20/11/2025 09:30 door Łukasz Nowak" in f
    assert "14/03/2025 · Adviesgesprek" in f
    assert "Vraag per e-mail" in f
    assert "Trajectactie" in f and "Bestuursactie zonder datum" in f
    assert "te laat" in f  # the talk's action was due 01/04/2025
    assert f"pagina 1 van {len(pngs)}" in f
    assert f"pagina {len(pngs)} van {len(pngs)}" in f
    # History newest first: the focus group (May) before the talk (March) before mail (Jan).
    assert f.index("20/05/2025 · Focusgroep") < f.index("14/03/2025 · Adviesgesprek")
    assert f.index("14/03/2025 · Adviesgesprek") < f.index("05/01/2025 · Vraag per e-mail")
    meta = PdfReader(str(out)).metadata
    assert meta is not None
    assert meta.title == "Dossieroverzicht Gent"
    assert meta.author == "Łukasz Nowak"
    assert meta.subject is not None and "Gent (44021)" in meta.subject
    # Progress only goes forward and ends complete.
    assert len(calls) > 3 and calls[-1][0] == calls[-1][1]
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    # A4 portrait.
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_lookup_by_name_and_public_id(sqlite_db: Database, tmp_path: Path) -> None:
    ids = build_two_governments(sqlite_db)
    for ref in ("gent", ids.home):
        out = tmp_path / "x.pdf"
        render_case_summary(sqlite_db, ref, out, exported_by="t")
        assert "Dossieroverzicht Gent" in flat(pdf_text(out))
    # A former municipality, by name or old NIS code, finds the one it merged into.
    for ref in ("borsbeek", "11007"):
        render_case_summary(sqlite_db, ref, out, exported_by="t")
        assert "Dossieroverzicht Antwerpen" in flat(pdf_text(out))


def test_date_range_limits_the_history(sqlite_db: Database, tmp_path: Path) -> None:
    build_two_governments(sqlite_db)
    out = tmp_path / "range.pdf"
    render_case_summary(
        sqlite_db,
        "44021",
        out,
        exported_by="t",
        date_from=date(2025, 3, 1),
        date_to=date(2025, 4, 30),
    )
    f = flat(pdf_text(out))
    assert "van 01/03/2025 tot en met 30/04/2025" in f
    assert "14/03/2025 · Adviesgesprek" in f
    assert "Vraag per e-mail" not in f  # 05/01/2025
    assert "20/05/2025 · Focusgroep" not in f
    assert "Ondersteuningstraject" in f  # running since 01/02/2025


def test_unknown_government(sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotFoundError, match="Onbekend lokaal bestuur"):
        render_case_summary(sqlite_db, "Atlantis", folder / "x.pdf", exported_by="t")
    assert list(folder.iterdir()) == []


def test_unwritable_path(sqlite_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="bestaat niet"):
        render_case_summary(sqlite_db, "44021", tmp_path / "no" / "x.pdf", exported_by="t")
    with pytest.raises(ExportError, match="map"):
        render_case_summary(sqlite_db, "44021", tmp_path, exported_by="t")


def test_failed_export_leaves_no_half_pdf(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_two_governments(sqlite_db)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "keep.pdf"
    out.write_bytes(b"%PDF- the previous export")

    def boom(done: int, total: int) -> None:
        raise RuntimeError("disk full, say")

    with pytest.raises(RuntimeError):
        render_case_summary(sqlite_db, "44021", out, exported_by="t", progress=boom)
    assert [p.name for p in folder.iterdir()] == ["keep.pdf"]
    assert out.read_bytes() == b"%PDF- the previous export"


def test_government_without_history(sqlite_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    render_case_summary(sqlite_db, "Aalst", out, exported_by="t")
    check_pdf(out, tmp_path)
    f = flat(pdf_text(out))
    assert "Geen contactpersonen" in f and "Geen adviesgesprekken" in f
