"""One trajectory in depth, for the coach and the local government it supports."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Unpack

from reportlab.platypus import Flowable, Paragraph

from db.session import Database
from supportdesk.reports.blocks import trajectory_body
from supportdesk.reports.data.trajectory import TrajectoryData, trajectory_report_data
from supportdesk.reports.labels import exported_line
from supportdesk.reports.language import tr
from supportdesk.reports.layout import (
    ExportOptions,
    fields,
    gap,
    render_report,
)
from supportdesk.reports.styles import Styles
from supportdesk.reports.text import esc


def build_trajectory_report(
    t: TrajectoryData, styles: Styles, *, exported_by: str, exported_at: datetime
) -> list[Flowable]:
    title = t.title or tr("Ondersteuningstraject")
    who = t.local_government + (f" ({t.local_government_nis})" if t.local_government_nis else "")
    return [
        Paragraph(esc(title), styles.title),
        Paragraph(f"{esc(tr('Ondersteuningstraject op maat'))} · {esc(who)}", styles.subtitle),
        fields(
            [
                ("Lokaal bestuur", who),
                ("Geëxporteerd", exported_line(exported_at, exported_by)),
                ("Referentie", t.public_id),
            ],
            styles,
        ),
        gap(2),
        Paragraph(tr("Het traject"), styles.h1),
        *trajectory_body(t, styles, exported_at.date()),
    ]


def render_trajectory_report(
    db: Database,
    trajectory_id: str,
    out_path: str | os.PathLike[str],
    **options: Unpack[ExportOptions],
) -> Path:
    """Write the report of the trajectory with this public id."""
    return render_report(
        out_path,
        lambda: trajectory_report_data(db, trajectory_id),
        build_trajectory_report,
        _titles,
        **options,
    )


def _titles(t: TrajectoryData) -> tuple[str, str]:
    name = t.title or tr("Ondersteuningstraject")
    kind = tr("Ondersteuningstraject")
    return f"{kind} {t.local_government}: {name}", f"{kind} {t.local_government} · {name}"
