"""How values are written on screen: Belgian dates (dd/mm/yyyy), durations, lists."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QLocale

from supportdesk.services.attachment_files import format_size

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


def format_file_size(size: int) -> str:
    """``4,2 kB`` in Dutch, ``4.2 kB`` in English: the interface language's decimal sign."""
    return format_size(size, QLocale().decimalPoint() or ",")


_PLACE = re.compile(r"%(\d)")


def fill_in(template: str, *values: str) -> str:
    """``template`` with %1, %2, … replaced in one pass, so a value that itself holds
    "%2" (a file named "verslag%2.pdf") is shown as typed, not filled in again."""
    return _PLACE.sub(
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m.group(0),
        template,
    )
