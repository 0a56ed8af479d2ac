"""How values are written on screen: Belgian dates (dd/mm/yyyy), durations, lists."""

from __future__ import annotations

from datetime import date, datetime

DATE_FORMAT = "dd/MM/yyyy"  # Qt's format string: the Belgian way, in every language
_PY_DATE = "%d/%m/%Y"


def format_date(value: date | datetime | None) -> str:
    """``04/03/2025`` for 4 March 2025; empty for no date."""
    if value is None:
        return ""
    return value.strftime(_PY_DATE)


def format_minutes(minutes: int | None) -> str:
    """``35 min``: the same in Dutch and English."""
    if minutes is None:
        return ""
    return f"{minutes} min"


def join(items: tuple[str, ...] | list[str]) -> str:
    return ", ".join(items)
