"""The queries that gather what each report shows, as plain dataclasses.

No ReportLab here: the app can gather (and test) a report's content without loading
the PDF machinery. Every function opens one read-only unit of work.
"""

from supportdesk.reports.data.case import CaseSummaryData, case_summary_data
from supportdesk.reports.data.focus_group import FocusGroupData, focus_group_report_data
from supportdesk.reports.data.trajectory import TrajectoryData, trajectory_report_data
from supportdesk.reports.data.year import YearReportData, year_report_data

__all__ = [
    "CaseSummaryData",
    "FocusGroupData",
    "TrajectoryData",
    "YearReportData",
    "case_summary_data",
    "focus_group_report_data",
    "trajectory_report_data",
    "year_report_data",
]
