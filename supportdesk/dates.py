"""Reading a date as a Belgian user types it: day first, whatever the separator.

``parse_date(text, today)`` understands

- ``6/12/2026``, ``06/12/2026``, ``6-12-26``, ``6.12.2026``, ``6 12 2026`` (day, month,
  year; a two-digit year is this century's unless that is more than 50 years ahead);
- ``6/12`` (this year), ``06122026``, ``061226`` and ``0612`` (digits only);
- ``2026-12-06`` (ISO, as pasted from elsewhere);
- ``vandaag``/``today``, ``morgen``/``tomorrow``, ``gisteren``/``yesterday`` and
  ``+7``/``-3`` (days from today);
- nothing (``None``: no date).

Anything else raises ``DateInputError`` with a ``DateProblem`` saying why; a text is
never read as some other date than the one typed (31/02 is an error, not 3 March). The
interface turns the problem into words; this module holds no words, only the rules.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum

#: the first and last date a date field takes (older or later is a typing mistake)
MIN_DATE = date(1990, 1, 1)
MAX_DATE = date(2200, 12, 31)

_WORDS = {
    "vandaag": 0,
    "today": 0,
    "morgen": 1,
    "tomorrow": 1,
    "overmorgen": 2,
    "gisteren": -1,
    "yesterday": -1,
}
_SEPARATED = re.compile(r"(\d{1,2})\s*[/.\- ]\s*(\d{1,2})(?:\s*[/.\- ]\s*(\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_OFFSET = re.compile(r"([+-])\s*(\d{1,5})")
_DIGITS = re.compile(r"\d{4}|\d{6}|\d{8}")


class DateProblem(StrEnum):
    """Why a text is not a date."""

    UNREADABLE = "unreadable"  # not in any form above ("abc", "6/12/202")
    NO_SUCH_DAY = "no_such_day"  # the form is right, the day is not (31/02, 0/0)
    OUT_OF_RANGE = "out_of_range"  # a real date before MIN_DATE or after MAX_DATE


class DateInputError(ValueError):
    """``text`` is not a date, for the reason ``problem``."""

    def __init__(self, text: str, problem: DateProblem) -> None:
        super().__init__(f"{problem.value}: {text!r}")
        self.text = text
        self.problem = problem


def parse_date(text: str, today: date) -> date | None:
    """The date ``text`` stands for (``None`` when it is blank); see the module doc."""
    typed = text.strip()
    if not typed:
        return None
    lowered = typed.casefold()
    if lowered in _WORDS:
        return _checked(typed, today + timedelta(days=_WORDS[lowered]))
    if match := _OFFSET.fullmatch(typed):
        days = int(match.group(2)) * (1 if match.group(1) == "+" else -1)
        try:
            return _checked(typed, today + timedelta(days=days))
        except OverflowError:
            raise DateInputError(typed, DateProblem.OUT_OF_RANGE) from None
    if match := _ISO.fullmatch(typed):
        year, month, day = (int(g) for g in match.groups())
        return _made(typed, year, month, day)
    if match := _SEPARATED.fullmatch(typed):
        day, month = int(match.group(1)), int(match.group(2))
        year = _full_year(match.group(3), today)
        return _made(typed, year, month, day)
    if _DIGITS.fullmatch(typed):
        day, month = int(typed[:2]), int(typed[2:4])
        year = _full_year(typed[4:] or None, today)
        return _made(typed, year, month, day)
    raise DateInputError(typed, DateProblem.UNREADABLE)


def _full_year(digits: str | None, today: date) -> int:
    if digits is None:
        return today.year
    year = int(digits)
    if len(digits) == 4:
        return year
    century = today.year - today.year % 100
    return century + year if century + year <= today.year + 50 else century - 100 + year


def _made(text: str, year: int, month: int, day: int) -> date:
    try:
        value = date(year, month, day)
    except ValueError:
        raise DateInputError(text, DateProblem.NO_SUCH_DAY) from None
    return _checked(text, value)


def _checked(text: str, value: date) -> date:
    if not MIN_DATE <= value <= MAX_DATE:
        raise DateInputError(text, DateProblem.OUT_OF_RANGE)
    return value
