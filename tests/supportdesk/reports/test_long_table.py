"""Long lists are laid out one page-sized table at a time (``LongTable``), and the
pages come out exactly as one big ``Table`` made them: same text on every page, same
pixels (header repeated, zebra stripes continuing, tall rows split over pages)."""

from __future__ import annotations

import random
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from supportdesk.reports import layout
from supportdesk.reports.layout import ReportMeta, build_pdf, gap, table
from supportdesk.reports.long_table import LongTable
from supportdesk.reports.styles import shared_styles

META = ReportMeta("Lijst", "Lange lijst", "Łukasz", datetime(2026, 1, 2, 3, 4, 5))
WORDS = [
    "de",
    "gemeente",
    "digitale",
    "inclusie",
    "Özdemir",
    "Łukasz",
    "<b>vet</b>",
    "&",
    "café",
    "€",
    "vraag",
]


def _rows(n: int, seed: int, tall: bool) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        size = rng.choice([1, 2, 3, 12, 40]) if i % 7 else 1
        if tall and i % 97 == 13:
            size = 1400  # a row taller than a page
        text = " ".join(rng.choice(WORDS) for _ in range(size))
        rows.append([f"{i:05d}", rng.choice(WORDS), text])
    return rows


def _story(rows: list[list[str]], split_rows: bool) -> list[Flowable]:
    styles = shared_styles()
    long_list = table(
        ["Nr", "Woord", "Tekst"], rows, [0.12, 0.2, 0.68], styles, split_rows=split_rows
    )
    long_list.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "RIGHT")]))
    return [
        Paragraph("Voor de lijst", styles.h1),
        gap(40),
        long_list,
        gap(2),
        Paragraph("Na", styles.text),
    ]


def _pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


WIDTH_PX = 249  # an A4 page at 30 dpi


def _pixels(path: Path, tmp: Path) -> list[bytes]:
    out = tmp / path.stem
    out.mkdir()
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(path), str(out / "p")], check=True)
    return [p.read_bytes() for p in sorted(out.glob("p-*.pgm"))]


@pytest.mark.slow
@pytest.mark.parametrize(("split_rows", "n"), [(False, 700), (True, 400)])
def test_long_table_pages_equal_one_big_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_rows: bool, n: int
) -> None:
    rows = _rows(n, seed=n, tall=split_rows)
    story = _story(rows, split_rows)
    assert isinstance(story[2], LongTable)
    chunked = build_pdf(tmp_path / "chunked.pdf", META, story)

    monkeypatch.setattr(layout, "LONG_LIST_ROWS", 10**9)
    story = _story(rows, split_rows)
    assert isinstance(story[2], Table)
    whole = build_pdf(tmp_path / "whole.pdf", META, story)

    pages = _pages(chunked)
    assert len(pages) > 10
    assert pages == _pages(whole)
    assert all(f"{i:05d}" in "".join(pages) for i in range(n))
    if split_rows:
        # After a row split inside a cell, ReportLab's own pieces start drawing extra
        # column rules on later pages; ours keep the table's style: text only.
        return
    # Pixels too, but for one line: on later pages ReportLab's pieces stroke the rule
    # under the repeated header twice (a slightly darker anti-aliased edge).
    for ours, theirs in zip(_pixels(chunked, tmp_path), _pixels(whole, tmp_path), strict=True):
        assert len(ours) == len(theirs)
        differ = [i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
        assert len(differ) <= WIDTH_PX, len(differ)


def test_short_lists_stay_one_table() -> None:
    story = _story(_rows(layout.LONG_LIST_ROWS, seed=1, tall=False), split_rows=False)
    assert isinstance(story[2], Table)


def test_long_table_refuses_row_commands() -> None:
    story = _story(_rows(100, seed=2, tall=False), split_rows=False)
    with pytest.raises(ValueError, match="whole-column"):
        story[2].setStyle([("BACKGROUND", (0, 3), (-1, 3), "red")])


def test_each_page_lays_out_a_page_of_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cost per page does not grow with the rows still to come (no quadratic)."""
    sizes: list[int] = []
    real = Table.__init__

    def counting(self: Table, data: list[object], *args: object, **kwargs: object) -> None:
        sizes.append(len(data))
        real(self, data, *args, **kwargs)

    monkeypatch.setattr(Table, "__init__", counting)
    rows = _rows(3000, seed=3, tall=False)
    for row in rows:
        row[2] = row[2][:20]
    story = _story(rows, split_rows=False)
    # A heading kept with the list: ReportLab measures both in an endless height.
    styles = shared_styles()
    story += [
        Paragraph("Nog een lijst", styles.h1),
        table(["Nr"], [[str(i)] for i in range(3000)], [1.0], styles),
    ]
    build_pdf(tmp_path / "many.pdf", META, story)
    assert max(sizes) < 200  # never the whole list (3,000 rows)
    assert sum(sizes) < 6 * (len(rows) + 3000)


def test_user_text_paragraphs_break_lines_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    styles = shared_styles()
    p = layout.para(" ".join(WORDS * 30), styles.cell)
    calls: list[object] = []
    real = Paragraph.breakLines

    def counting(self: Paragraph, width: object) -> object:
        calls.append(width)
        return real(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    first = p.wrap(200, 1000)
    assert p.wrap(200, 50) == first and len(calls) == 1
    narrower = p.wrap(150, 1000)
    assert narrower[1] > first[1] and len(calls) == 2
    parts = p.split(150, narrower[1] / 2)
    assert len(parts) == 2
    assert sum(part.wrap(150, 1000)[1] for part in parts) == narrower[1]
