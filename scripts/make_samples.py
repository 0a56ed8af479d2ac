"""Make the sample PDFs in docs/samples/ from demo data, and a PNG of a page of each.

    .venv/bin/python scripts/make_samples.py

The demo generator fills a fresh database (fixed seed and date, so the samples are
the same each time); ReportLab's invariant mode keeps the files byte-stable, so a
sample only changes in git when a report's layout does. Look at every page before
committing: ``pdftoppm -r 60 -png docs/samples/<name>.pdf /tmp/page``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab import rl_config  # noqa: E402
from sqlalchemy import case, func, select  # noqa: E402

from db import models as m  # noqa: E402
from db.migrate import open_database  # noqa: E402
from db.session import Database  # noqa: E402
from supportdesk.demo import DEFAULT_SEED, generate_demo  # noqa: E402
from supportdesk.reports import (  # noqa: E402
    render_case_summary,
    render_focus_group_report,
    render_trajectory_report,
    render_year_report,
)

OUT = ROOT / "docs" / "samples"
TODAY = date(2025, 11, 20)
EXPORTED_AT = datetime(2025, 11, 20, 10, 0)
WHO = "An Peeters (demo)"


def pick_government(db: Database) -> str:
    """The government whose history shows the most kinds of record: advice talks, a
    trajectory and a focus group if one has them all, then the most talks."""
    with db.read() as s:
        lg = m.LocalGovernment.id

        def count(model: Any, column: Any) -> Any:
            return select(func.count()).where(column == lg).scalar_subquery()

        talks = count(m.AdviceTalk, m.AdviceTalk.local_government_id)
        tracks = count(m.Trajectory, m.Trajectory.local_government_id)
        groups = count(m.FocusGroupParticipant, m.FocusGroupParticipant.local_government_id)
        kinds = (
            case((talks > 0, 1), else_=0)
            + case((tracks > 0, 1), else_=0)
            + case((groups > 0, 1), else_=0)
        )
        nis = s.scalar(
            select(m.LocalGovernment.nis_code)
            .where(m.LocalGovernment.nis_code.is_not(None))
            .order_by(kinds.desc(), talks.desc(), m.LocalGovernment.nis_code)
            .limit(1)
        )
        return str(nis)


def pick_trajectory(db: Database) -> str:
    """The trajectory with the most contact moments."""
    with db.read() as s:
        moments = (
            select(func.count())
            .where(m.ContactMoment.trajectory_id == m.Trajectory.id)
            .scalar_subquery()
        )
        return str(
            s.scalar(
                select(m.Trajectory.public_id).order_by(moments.desc(), m.Trajectory.id).limit(1)
            )
        )


def pick_focus_group(db: Database) -> str:
    with db.read() as s:
        return str(s.scalar(select(m.FocusGroup.public_id).order_by(m.FocusGroup.date).limit(1)))


def png(pdf: Path, page: int = 1) -> Path:
    """Page ``page`` of ``pdf`` as PNG beside it (for the README)."""
    stem = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    return stem.with_suffix(".png")


def main() -> None:
    rl_config.invariant = 1  # no creation date or random ids: the same bytes each run
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="supportdesk-samples-"))
    try:
        db = open_database(str(work / "demo.sqlite3"), actor=WHO)
        generate_demo(db, scale=1, seed=DEFAULT_SEED, today=TODAY)
        made = [
            render_case_summary(
                db,
                pick_government(db),
                OUT / "dossieroverzicht.pdf",
                exported_by=WHO,
                exported_at=EXPORTED_AT,
            ),
            render_trajectory_report(
                db,
                pick_trajectory(db),
                OUT / "traject.pdf",
                exported_by=WHO,
                exported_at=EXPORTED_AT,
            ),
            render_focus_group_report(
                db,
                pick_focus_group(db),
                OUT / "focusgroep.pdf",
                exported_by=WHO,
                exported_at=EXPORTED_AT,
            ),
            render_year_report(
                db, TODAY.year, OUT / "jaarrapport.pdf", exported_by=WHO, exported_at=EXPORTED_AT
            ),
        ]
        db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for pdf in made:
        print(f"{pdf.relative_to(ROOT)}  ->  {png(pdf).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
