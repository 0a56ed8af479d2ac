"""The lists as real .xlsx and .csv files, read back: typed cells, header, freeze,
filter, widths; BOM and delimiter; text exactly as typed; every row, in the page's order."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime

import openpyxl
import pytest

from supportdesk.queries.advice_talks import AdviceTalkFilter, list_advice_talks
from supportdesk.safety.output_files import OutputRefused, check_output
from supportdesk.tables import advice_talks, write_table, xlsx
from tests.supportdesk.tables.conftest import FORMULA, HOSTILE

HEADERS = [
    "Datum",
    "Lokaal bestuur",
    "Kanaal",
    "Duur",
    "Vraag",
    "Thema's",
    "Medewerkers",
    "Open acties",
    "Vlaggen",
]


def _write(db, path, **kw):
    delimiter = kw.pop("delimiter", ";")
    table = advice_talks.table(db, **kw)
    return write_table(table, check_output(path), delimiter=delimiter)


@pytest.mark.parametrize("fast", [True, False], ids=["own-row-loop", "openpyxl-row-loop"])
def test_xlsx_typed_cells_header_freeze_filter_and_widths(db, talks, tmp_path, monkeypatch, fast):
    monkeypatch.setattr(xlsx, "FAST_ROWS", fast)
    out = tmp_path / "gesprekken.xlsx"
    assert _write(db, out) == 5
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    assert ws["A1"].font.b  # a bold header
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I6"
    # newest first, as the page; real dates shown the Belgian way; numbers as numbers
    assert [r[0] for r in rows[1:]] == [
        datetime(2025, 3, 4),
        datetime(2025, 3, 1),
        datetime(2025, 2, 1),
        datetime(2025, 1, 15),
        datetime(2024, 12, 31),
    ]
    assert ws["A2"].is_date and ws["A2"].number_format == "dd/mm/yyyy"
    assert ws["D2"].value == 35 and ws["D2"].data_type == "n"
    assert ws["D2"].number_format == '0" min"'
    assert ws["H2"].value == 0 and ws["H2"].data_type == "n"
    first = rows[1]
    assert first[1] == "Gent" and first[2] == "e-mail"
    assert first[4] == HOSTILE  # the first line of the question, exactly
    assert first[6] == "Ann Özdemir" and first[8] == "signaal"
    # text that looks like a formula or an error value stays text
    by_question = {r[4]: r for r in rows[1:]}
    assert ws.cell(row=[r[4] for r in rows].index(FORMULA) + 1, column=5).data_type == "s"
    assert FORMULA in by_question and "#N/A" in by_question and "-min ervoor" in by_question
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert widths["A"] >= 10 and widths["E"] > widths["D"]
    assert all(6 <= w <= 60 for w in widths.values())


def test_xlsx_control_characters_do_not_break_the_file(db, talks, tmp_path):
    from sqlalchemy import update

    from db.models import AdviceTalk

    with db.write() as s:
        s.execute(update(AdviceTalk).values(question="bel\x07l\x1ben"))
    out = tmp_path / "x.xlsx"
    _write(db, out)
    ws = openpyxl.load_workbook(out).active
    assert ws["E2"].value == "bel\ufffdl\ufffden"


def test_csv_bom_semicolon_and_exact_text(db, talks, tmp_path):
    out = tmp_path / "gesprekken.csv"
    assert _write(db, out) == 5
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents right
    assert b"\r\n" in raw
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == HEADERS
    assert len(rows) == 6
    assert rows[1][0] == "04/03/2025" and rows[1][3] == "35" and rows[1][7] == "0"
    assert rows[1][4] == HOSTILE  # with its ";", "," and quotes
    questions = [r[4] for r in rows[1:]]
    assert "'" + FORMULA in questions  # Excel would run it: guarded in CSV only
    assert "'-min ervoor" in questions
    assert "#N/A" in questions


def test_csv_with_commas_and_iso_dates(db, talks, tmp_path):
    out = tmp_path / "gesprekken.csv"
    _write(db, out, delimiter=",")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == HEADERS
    assert rows[1][0] == "2025-03-04" and rows[1][4] == HOSTILE


def test_every_row_in_the_page_order_not_just_a_page(db, talks, tmp_path, monkeypatch):
    monkeypatch.setattr(advice_talks, "CHUNK", 2)  # five rows: three queries
    f = AdviceTalkFilter(local_government_id=talks["gent"])
    table = advice_talks.table(db, f, sort="duration", descending=False)
    rows = list(table.rows)
    expected = list_advice_talks(db, f, sort="duration", descending=False, limit=None)
    assert [r[4] for r in rows] == [r.question.splitlines()[0] for r in expected]
    assert table.total == len(rows) == 3
    assert [r[3] for r in rows] == [5, 10, 35]
    monkeypatch.setattr(advice_talks, "CHUNK", 1)
    everything = advice_talks.table(db, sort="date", descending=False)
    assert [r[0] for r in everything.rows] == sorted(
        [
            date(2025, 3, 4),
            date(2025, 2, 1),
            date(2024, 12, 31),
            date(2025, 1, 15),
            date(2025, 3, 1),
        ]
    )


def test_an_existing_file_a_symlink_or_a_wrong_name_changes_nothing(db, talks, tmp_path):
    tmp_path = tmp_path / "out"  # beside the database otherwise
    tmp_path.mkdir()
    existing = tmp_path / "al.xlsx"
    existing.write_bytes(b"mine")
    with pytest.raises(OutputRefused, match="bestaat al"):
        _write(db, existing)
    assert existing.read_bytes() == b"mine"
    assert _write(db, check_output(existing, force=True)) == 5
    assert openpyxl.load_workbook(existing).active.max_row == 6
    assert os.stat(existing).st_mode & 0o777 == 0o600

    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / "link.csv"
    link.symlink_to(victim)
    with pytest.raises(OutputRefused, match="symbolische koppeling"):
        _write(db, check_output(link, force=True))
    assert victim.read_text() == "keep" and link.is_symlink()

    from supportdesk.errors import DomainError

    with pytest.raises(DomainError, match=r"\.xlsx.*\.csv"):
        _write(db, tmp_path / "lijst.txt")
    with pytest.raises(OutputRefused, match="bestaat niet"):
        _write(db, tmp_path / "nergens" / "lijst.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["al.xlsx", "link.csv", "victim.txt"]


def test_a_failure_midway_leaves_no_file(db, talks, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    table = advice_talks.table(db)
    first = list(table.rows)[:2]

    def broken():
        yield from first
        raise RuntimeError("database gone")

    table.rows = broken()
    with pytest.raises(RuntimeError):
        write_table(table, check_output(tmp_path / "half.xlsx"))
    assert list(tmp_path.iterdir()) == []
