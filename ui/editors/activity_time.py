"""Times and hours as an activity's form reads and writes them.

A clock time is typed as ``14:00``, ``14.30``, ``14u30``, ``1430``, ``14u`` or ``9``; a duration
or a number of participant hours as ``2,5``, ``2.5`` or ``2:30`` (hours and minutes); a
feedback score as ``4,3``. Numbers are shown with the interface language's decimal sign
(``57,5`` in Dutch, ``57.5`` in English). What cannot be read is a ``ValueError`` whose
message says how to write it; the form shows it beside the field and keeps the text.
The core checks the rest (an end before the start, a negative number).
"""

from __future__ import annotations

import re
from datetime import time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

_CLOCK = re.compile(
    r"^\s*(?:(\d{1,2})(\d{2})|(\d{1,2})\s*(?:[:.uUhH]\s*(\d{2})?)?)\s*$"
)  # 1330 / 930 (hours and minutes without a separator), 13:30, 13.30, 13u30, 13u, 13
_HOURS_MINUTES = re.compile(r"^\s*(-?)\s*(\d{1,5})\s*:\s*(\d{2})\s*$")
# at most two decimals: "1.250" / "1,250" (a thousand two hundred and fifty to many
# readers) is refused rather than read as 1.25
_NUMBER = re.compile(r"^\s*(-?)\s*(\d{0,7})(?:[.,](\d{1,2}))?\s*$")


def parse_clock(text: str) -> time | None:
    """``14:30`` (also ``14.30``, ``14u30``, ``1430``, ``14u``, ``14``); None when empty."""
    if not text.strip():
        return None
    match = _CLOCK.match(text)
    if match is None:
        raise ValueError(QCoreApplication.translate("ActivityTime", "Schrijf een uur als 14:30."))
    hours = int(match.group(1) or match.group(3))
    minutes = int(match.group(2) or match.group(4) or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(
            QCoreApplication.translate("ActivityTime", "Geen bestaand uur: schrijf het als 14:30.")
        )
    return time(hours, minutes)


def clock_text(value: time | None) -> str:
    """``14:30``; empty for None."""
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


def parse_decimal(text: str) -> Decimal | None:
    """``2,5`` or ``2.5`` as a number (negative numbers are read: the core refuses them
    with its own message); None for an empty field."""
    if not text.strip():
        return None
    match = _NUMBER.match(text)
    if match is None or not (match.group(2) or match.group(3)):
        raise ValueError(QCoreApplication.translate("ActivityTime", "Schrijf een getal, bv. 2,5."))
    number = Decimal(f"{match.group(2) or 0}.{match.group(3) or 0}")
    return -number if match.group(1) else number


def parse_hours(text: str) -> Decimal | None:
    """A number of hours: ``2,5``, ``2.5`` or ``2:30`` are 2.5; None for an empty field."""
    clock = _HOURS_MINUTES.match(text)
    if clock is not None:
        hours = Decimal(clock.group(2)) + Decimal(clock.group(3)) / 60
        return -hours if clock.group(1) else hours
    try:
        return parse_decimal(text)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("ActivityTime", "Schrijf een aantal uren als 2,5 of 2:30.")
        ) from None


def parse_minutes(text: str) -> int | None:
    """Whole minutes of a number of hours typed (``2,5`` is 150); None when empty."""
    hours = parse_hours(text)
    return None if hours is None else int((hours * 60).to_integral_value())


def parse_count(text: str) -> int | None:
    """A whole number as typed (``23``, ``-3``); None for an empty field."""
    if not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("ActivityTime", "Schrijf een geheel getal, bv. 23.")
        ) from None


def number_text(value: Decimal | float | int | None) -> str:
    """``57,5`` (``57.5`` in English), ``2`` for 2.0, ``2,25``; empty for None."""
    if value is None:
        return ""
    text = f"{Decimal(str(value)):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint() or ",")


def minutes_text(minutes: int | None) -> str:
    """Minutes as hours: ``2,5`` for 150; empty for None."""
    return "" if minutes is None else number_text(Decimal(minutes) / 60)
