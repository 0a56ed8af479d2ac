"""The layout does each piece of work once: a paragraph of a long history is broken
into lines once (``long_text`` measures its pieces at the width the story gets), and a
heading kept with what follows is measured without ReportLab's deep copy of the frame.
Counted, not timed (the machine is shared); together these were a fifth of the case
summary of the busiest government at 100,000 talks.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph, Table, flowables

from supportdesk.reports.blocks import feedback_block, labelled_para, long_text
from supportdesk.reports.data.common import FeedbackRow
from supportdesk.reports.layout import ReportMeta, build_pdf, para, table
from supportdesk.reports.styles import shared_styles

TEXT = "Vraag <b>&amp;</b> Łukasz & Özdemir: een lange zin die over meerdere regels loopt. " * 6


def _story(entries: int) -> list[Flowable]:
    styles = shared_styles()
    story: list[Flowable] = []
    for i in range(entries):
        story.append(para(f"{i:03d} · Adviesgesprek · telefoon", styles.entry))  # keepWithNext
        story += labelled_para("Vraag", f"{i:03d} {TEXT}", styles)
        story += long_text(TEXT, styles.text, styles)
        if i % 10 == 0:
            story.append(para("Opvolgacties", styles.label))  # keepWithNext, then a table
            story.append(table(["Wat", "Wie"], [["bellen", "An"]], [0.7, 0.3], styles))
            # the "Feedback" label is kept with the line after it
            story += feedback_block([FeedbackRow(date(2026, 1, 2), 4, "Goed & <snel>")], styles)
    return story


def _build(tmp_path: Path, story: list[Flowable]) -> Path:
    meta = ReportMeta("t", "s", "tester", datetime(2026, 11, 29, 9, 0))
    return build_pdf(tmp_path / "work.pdf", meta, story)


def test_each_paragraph_is_broken_into_lines_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken: dict[int, int] = {}
    alive: list[Paragraph] = []  # an id is only unique while its paragraph lives
    original = Paragraph.breakLines

    def counting(self: Paragraph, *args: Any, **kwargs: Any) -> Any:
        broken[id(self)] = broken.get(id(self), 0) + 1
        alive.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    story = _story(60)
    out = _build(tmp_path, story)
    ours = [f for f in story if isinstance(f, Paragraph)]
    ours += [cell for f in story if isinstance(f, Table) for cell in f._cellvalues[0]]  # headers
    assert len(PdfReader(out).pages) > 3  # paragraphs split at page ends, too
    # measured when the story was made (long_text) or once in the layout, never twice
    assert max(broken.get(id(p), 0) for p in ours) == 1


def test_kept_headings_are_measured_without_copying_the_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copies = 0
    original = flowables.deepcopy

    def counting(value: Any, *args: Any) -> Any:
        nonlocal copies
        copies += 1
        return original(value, *args)

    monkeypatch.setattr(flowables, "deepcopy", counting)
    out = _build(tmp_path, _story(60))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert copies == 0
    for i in range(60):  # every heading printed, and just before its question
        assert f"{i:03d} · Adviesgesprek · telefoon" in text
