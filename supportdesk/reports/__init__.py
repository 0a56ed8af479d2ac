"""PDF reports: a local government's case summary, a trajectory report, a focus-group
report and the year report. Made by the core, so the app and the command line alike
call these four functions (no Qt here).

ReportLab costs ~0.15 s to import, so it is imported only when a PDF is made: these
wrappers import the report modules on first call, and importing this package at app
start loads nothing heavy.

Every function writes to a temporary file beside ``out_path`` and renames it at the
end (a failed export leaves no half PDF); raises ``NotFoundError`` for an unknown
subject and ``ExportError`` when the file cannot be written. ``progress(done, total)``
is called from the calling thread while the PDF is laid out.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from db.session import Database
from supportdesk.reports.errors import ExportError

Progress = Callable[[int, int], None]

__all__ = [
    "ExportError",
    "render_case_summary",
    "render_focus_group_report",
    "render_trajectory_report",
    "render_year_report",
]


def render_case_summary(
    db: Database,
    local_government: str,
    out_path: str | os.PathLike[str],
    *,
    exported_by: str,
    date_from: date | None = None,
    date_to: date | None = None,
    progress: Progress | None = None,
    exported_at: datetime | None = None,
) -> Path:
    """The case summary of a local government (public id, NIS code or exact name),
    optionally limited to a date range."""
    from supportdesk.reports import case_summary

    return case_summary.render_case_summary(
        db,
        local_government,
        out_path,
        exported_by=exported_by,
        date_from=date_from,
        date_to=date_to,
        progress=progress,
        exported_at=exported_at,
    )


def render_trajectory_report(
    db: Database,
    trajectory_id: str,
    out_path: str | os.PathLike[str],
    *,
    exported_by: str,
    progress: Progress | None = None,
    exported_at: datetime | None = None,
) -> Path:
    """One trajectory (by public id) in depth."""
    from supportdesk.reports import trajectory_report

    return trajectory_report.render_trajectory_report(
        db,
        trajectory_id,
        out_path,
        exported_by=exported_by,
        progress=progress,
        exported_at=exported_at,
    )


def render_focus_group_report(
    db: Database,
    focus_group_id: str,
    out_path: str | os.PathLike[str],
    *,
    exported_by: str,
    progress: Progress | None = None,
    exported_at: datetime | None = None,
    audience: str = "participants",
) -> Path:
    """One focus group (by public id): participants, findings, needs, follow-up; the
    version ``participants`` (default) or ``internal`` (see ``focus_group_report``)."""
    from supportdesk.reports import focus_group_report

    return focus_group_report.render_focus_group_report(
        db,
        focus_group_id,
        out_path,
        exported_by=exported_by,
        progress=progress,
        exported_at=exported_at,
        audience=audience,
    )


def render_year_report(
    db: Database,
    year: int,
    out_path: str | os.PathLike[str],
    *,
    exported_by: str,
    progress: Progress | None = None,
    exported_at: datetime | None = None,
) -> Path:
    """The year report against the action plan's targets."""
    from supportdesk.reports import year_report

    return year_report.render_year_report(
        db, year, out_path, exported_by=exported_by, progress=progress, exported_at=exported_at
    )
