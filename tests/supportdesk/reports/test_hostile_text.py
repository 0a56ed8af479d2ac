"""Text no layout expects: one endless word, hundreds of lines, a feedback longer than a
page inside a table cell, markup everywhere. The export must still succeed and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.models import Feedback, FollowUpAction, Trajectory
from db.session import Database
from supportdesk.reports import render_case_summary, render_trajectory_report, render_year_report
from tests.supportdesk.reports._fixtures import check_pdf, flat, gent_phone_talk, pdf_text

WORD = "Łukasz" * 800  # one 4,800-character word
LINES = "\n".join(f"regel {i} <b>&amp;</b> </para>" for i in range(150))
LONG = " ".join(["Een feedback die langer is dan een hele pagina & meer <i>."] * 120)


def test_hostile_text_prints(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.write() as s:
        talk = gent_phone_talk(
            s,
            question=WORD,
            advice=LINES,
            notes="\x00\x07\x1b[31m\u2028\ufeff\U0001f600\U000e0041",
            signal=True,
            signal_note=LONG,
        )
        lg = talk.local_government
        traj = Trajectory(
            local_government=lg,
            title=WORD[:300],
            status="running",
            start_date=date(2025, 1, 1),
            needs=LINES,
        )
        s.add_all([talk, traj])
        s.flush()
        s.add(FollowUpAction(description=LONG, advice_talk=talk, local_government=lg))
        s.add(Feedback(score=3, text=LONG, given_on=date(2025, 6, 1), trajectory=traj))
        traj_id = traj.public_id
    for name, render in {
        "case": lambda out: render_case_summary(sqlite_db, "44021", out, exported_by=WORD[:50]),
        "traj": lambda out: render_trajectory_report(sqlite_db, traj_id, out, exported_by="t"),
        "year": lambda out: render_year_report(sqlite_db, 2025, out, exported_by="t"),
    }.items():
        out = tmp_path / f"{name}.pdf"
        render(out)
        check_pdf(out, tmp_path)
        text = flat(pdf_text(out))
        assert "regel 149 <b>&amp;</b> </para>" in text or name == "year"
        assert "Een feedback die langer is dan een hele pagina & meer <i>." in text
