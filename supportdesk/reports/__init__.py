"""PDF reports: a local government's case summary, a trajectory report, a focus-group
report and the year report. Made by the core, so the app and the command line alike
call these four functions (no Qt here).

ReportLab costs ~0.15 s to import, so it is imported only when a PDF is made: the names
here import their report module on first call (the type checker sees the module's own
function and signature), and importing this package at app start loads nothing heavy.

Every function writes to a temporary file beside ``out_path`` and renames it at the
end (a failed export leaves no half PDF); raises ``NotFoundError`` for an unknown
subject and ``ExportError`` when the file cannot be written. ``progress(done, total)``
is called from the calling thread while the PDF is laid out.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportdesk.reports.errors import ExportError

Progress = Callable[[int, int], None]

__all__ = [
    "ExportError",
    "render_case_summary",
    "render_focus_group_report",
    "render_trajectory_report",
    "render_year_report",
]


def _on_first_call(module: str, name: str) -> Callable[..., Path]:
    """``supportdesk.reports.<module>.<name>``, imported when it is first called."""

    def call(*args: Any, **kwargs: Any) -> Path:
        function = getattr(importlib.import_module(f"supportdesk.reports.{module}"), name)
        result: Path = function(*args, **kwargs)
        return result

    call.__name__ = call.__qualname__ = name
    return call


if TYPE_CHECKING:
    from supportdesk.reports.case_summary import render_case_summary
    from supportdesk.reports.focus_group_report import render_focus_group_report
    from supportdesk.reports.trajectory_report import render_trajectory_report
    from supportdesk.reports.year_report import render_year_report
else:
    #: the case summary of a local government (public id, NIS code or exact name),
    #: optionally limited to a date range
    render_case_summary = _on_first_call("case_summary", "render_case_summary")
    #: one trajectory (by public id) in depth
    render_trajectory_report = _on_first_call("trajectory_report", "render_trajectory_report")
    #: one focus group (by public id), in the version for participants or internal
    render_focus_group_report = _on_first_call("focus_group_report", "render_focus_group_report")
    #: the year report against the action plan's targets
    render_year_report = _on_first_call("year_report", "render_year_report")
