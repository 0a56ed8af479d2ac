"""The focus-group report (both versions) with long texts in the fields it printed as
one paragraph: a tool's findings and the need for new tools, 50,000 lines each, are cut
after the page limit with "(ingekort, zie de app)" and print exactly the start of the
text. Before, each was one ReportLab paragraph: the report did not finish in 120 s."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import FocusGroup, Tool, ToolFinding
from db.session import Database
from supportdesk.reports import render_focus_group_report
from supportdesk.reports.blocks import TRUNCATED
from tests.supportdesk.reports._fixtures import pdf_text

LINE = re.compile(r"(\w)(\d+)<b>&amp;</b>")


def numbered(tag: str) -> str:
    return "\n".join(f"{tag}{i}<b>&amp;</b>" for i in range(50_000))


@pytest.mark.parametrize("audience", ["internal", "participants"])
def test_long_findings_and_needs(sqlite_db: Database, tmp_path: Path, audience: str) -> None:
    with sqlite_db.write() as s:
        tool = s.scalars(select(Tool).limit(1)).one()
        group = FocusGroup(
            topic="Lange teksten",
            date=date(2025, 3, 1),
            status="held",
            new_tool_needs=numbered("n"),
        )
        s.add(group)
        s.flush()
        s.add(ToolFinding(focus_group_id=group.id, tool_id=tool.id, findings=numbered("f")))
        group_id = group.public_id
    started = time.monotonic()
    out = render_focus_group_report(
        sqlite_db, group_id, tmp_path / "fg.pdf", exported_by="t", audience=audience
    )
    elapsed = time.monotonic() - started
    assert elapsed < 60, f"{elapsed:.0f} s"  # ~2 s here; the old code did not end in 120 s
    text = pdf_text(out)
    assert text.count(" ".join(TRUNCATED.split())) == 2
    for tag in "nf":
        numbers = [int(n) for t, n in LINE.findall(text) if t == tag]
        assert numbers == list(range(len(numbers)))  # the start of the text, in order
        assert len(numbers) > 10 * 40
