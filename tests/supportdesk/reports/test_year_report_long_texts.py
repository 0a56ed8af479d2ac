"""The year report with long texts in its tables: a signal / info-session / policy note
and a feedback text of 50,000 lines each go on in table rows below (``text_rows``),
are cut after the page limit with "(ingekort, zie de app)", and print exactly the start
of the text. Before, each was one giant table cell: the report did not finish in 120 s
(a case summary of the same talk took 2 s)."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from db.models import Feedback
from db.session import Database
from supportdesk.reports import render_year_report
from supportdesk.reports.blocks import MAX_PAGES_PER_TEXT, TRUNCATED
from tests.supportdesk.reports._fixtures import gent_phone_talk, pdf_text

LINES = 50_000
LINE = re.compile(r"(\w)(\d+)<b>&amp;</b>")


def numbered(tag: str) -> str:
    return "\n".join(f"{tag}{i}<b>&amp;</b>" for i in range(LINES))


def test_long_notes_and_feedback_in_the_year_report(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.write() as s:
        talk = gent_phone_talk(
            s,
            question="Vraag",
            signal=True,
            signal_note=numbered("s"),
            info_session_idea=True,
            info_session_note=numbered("i"),
            policy_dossier_input=True,
            policy_dossier_note=numbered("p"),
        )
        s.flush()
        s.add(
            Feedback(score=4, text=numbered("f"), given_on=date(2025, 6, 1), advice_talk_id=talk.id)
        )
    started = time.monotonic()
    out = render_year_report(sqlite_db, 2025, tmp_path / "jaar.pdf", exported_by="t")
    elapsed = time.monotonic() - started
    assert elapsed < 60, f"{elapsed:.0f} s"  # ~3 s here; the old code did not end in 120 s
    assert len(PdfReader(str(out)).pages) <= 4 * (MAX_PAGES_PER_TEXT + 3) + 10
    text = pdf_text(out)
    assert text.count(" ".join(TRUNCATED.split())) == 4
    for tag in "sipf":
        numbers = [int(n) for t, n in LINE.findall(text) if t == tag]
        assert numbers == list(range(len(numbers)))  # the start of the text, in order
        assert len(numbers) > 10 * 40  # many pages of it, not one line
