"""Remembered number formatting writes exactly the pages ReportLab's own would."""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib import rl_accel
from reportlab.pdfgen import canvas, textobject

from supportdesk.reports import pdf_numbers
from supportdesk.reports.layout import build_pdf
from tests.supportdesk.reports.test_long_table import META, _rows, _story


def test_remembered_results_equal_the_original() -> None:
    original = getattr(rl_accel.fp_str, "original", rl_accel.fp_str)
    fast = pdf_numbers.remembering(original)
    rng = random.Random(4)
    values = [0, 1e-9, -0.0, 0.5, -0.25, 1 / 3, 12.0, 595.2756, -1234.5678, 1e7, 2**40]
    values += [rng.uniform(-1000, 1000) for _ in range(500)]
    for v in values:
        assert fast(v) == original(v) == fast(v)
        assert fast(v, 2 * v, 0) == original(v, 2 * v, 0)
    assert fast([1.5, 2.25]) == original([1.5, 2.25])  # a list: passed through


def _contents(path: Path) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(str(path)).pages]


def test_pages_are_byte_for_byte_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = _story(_rows(150, seed=9, tall=False), split_rows=False)
    ours = build_pdf(tmp_path / "ours.pdf", META, story)
    assert hasattr(canvas.fp_str, "original") and hasattr(textobject.fp_str, "original")
    original = canvas.fp_str.original
    for module in [rl_accel, *map(importlib.import_module, pdf_numbers._MODULES)]:
        monkeypatch.setattr(module, "fp_str", original)
    monkeypatch.setattr(pdf_numbers, "install", lambda: None)
    story = _story(_rows(150, seed=9, tall=False), split_rows=False)
    theirs = build_pdf(tmp_path / "theirs.pdf", META, story)
    assert _contents(ours) == _contents(theirs)
    assert len(_contents(ours)) > 3
