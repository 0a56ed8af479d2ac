"""Dutch labels for the stored codes, and dates the Belgian way (dd/mm/yyyy).

The database keeps short English codes (``db.enums``); what a reader of a PDF
sees is the team's own Dutch word (``supportdesk.labels``). An unknown code prints as
itself rather than vanishing, so a value added later never makes a report fail.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from supportdesk.labels import (
    ATTENDANCE,
    CHANNELS,
    CONTACT_FORMS,
    FOCUS_GROUP_STATUSES,
    INDICATORS,
    LG_KINDS,
    STARTING_POSITIONS,
    TRAJECTORY_STATUSES,
)
from supportdesk.labels import PLAN_ITEMS as INDICATOR_PLAN_ITEMS
from supportdesk.reports.language import tr

# The words per code are ``supportdesk.labels``'s tables (one per code set), named here
# for the report modules.
__all__ = [
    "ATTENDANCE",
    "CHANNELS",
    "CONTACT_FORMS",
    "FOCUS_GROUP_STATUSES",
    "INDICATORS",
    "INDICATOR_PLAN_ITEMS",
    "LG_KINDS",
    "MONTHS",
    "STARTING_POSITIONS",
    "TRAJECTORY_STATUSES",
    "exported_line",
    "fmt_date",
    "fmt_datetime",
    "fmt_long_date",
    "fmt_score",
    "label",
    "yes_no",
]

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def label(table: Mapping[Any, str], code: str | None, empty: str = "—") -> str:
    """The word for ``code`` in the report's language; the code itself when unknown;
    ``empty`` for none."""
    if not code:
        return tr(empty)
    return tr(table.get(code, code))


def fmt_date(value: date | datetime | None, empty: str = "—") -> str:
    """dd/mm/yyyy, as Belgian readers expect."""
    if value is None:
        return empty
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def fmt_datetime(value: datetime) -> str:
    return f"{fmt_date(value)} {value.hour:02d}:{value.minute:02d}"


def exported_line(at: datetime, by: str) -> str:
    """When and by whom, for a report's facts: 27/11/2026 14:05 door An."""
    return tr("{when} door {who}").format(when=fmt_datetime(at), who=by)


def fmt_long_date(value: date) -> str:
    """27 november 2026: for title pages."""
    month = tr(MONTHS[value.month - 1])
    return tr("{day} {month} {year}").format(day=value.day, month=month, year=value.year)


def yes_no(value: bool) -> str:
    return tr("ja") if value else tr("nee")


def fmt_score(value: float | None) -> str:
    """A mean score with a decimal comma: 4,3."""
    if value is None:
        return "—"
    return f"{value:.1f}".replace(".", ",")
