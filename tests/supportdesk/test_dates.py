"""Reading typed dates (supportdesk.dates): every form a Belgian user types, and the
texts that must be refused rather than read as some other date."""

from __future__ import annotations

from datetime import date

import pytest

from supportdesk.dates import MAX_DATE, MIN_DATE, DateInputError, DateProblem, parse_date

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6/12/2026", date(2026, 12, 6)),
        ("06/12/2026", date(2026, 12, 6)),
        ("06122026", date(2026, 12, 6)),
        ("061226", date(2026, 12, 6)),
        ("0612", date(2026, 12, 6)),
        ("6/12", date(2026, 12, 6)),
        ("6-12-26", date(2026, 12, 6)),
        ("6.12.2026", date(2026, 12, 6)),
        ("6 12 2026", date(2026, 12, 6)),
        (" 6 / 12 / 2026 ", date(2026, 12, 6)),
        ("2026-12-06", date(2026, 12, 6)),
        ("29/2/2028", date(2028, 2, 29)),
        ("1/1/99", date(1999, 1, 1)),  # more than 50 years ahead: last century
        ("1/1/76", date(2076, 1, 1)),
        ("vandaag", TODAY),
        ("Vandaag", TODAY),
        ("today", TODAY),
        ("morgen", date(2026, 11, 30)),
        ("TOMORROW", date(2026, 11, 30)),
        ("gisteren", date(2026, 11, 28)),
        ("+7", date(2026, 12, 6)),
        ("+ 7", date(2026, 12, 6)),
        ("-29", date(2026, 10, 31)),
        ("+0", TODAY),
    ],
)
def test_each_form_is_read_day_first(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_blank_is_no_date(text: str) -> None:
    assert parse_date(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/02/2026", DateProblem.NO_SUCH_DAY),
        ("31/02", DateProblem.NO_SUCH_DAY),
        ("29/2/2027", DateProblem.NO_SUCH_DAY),
        ("0/0", DateProblem.NO_SUCH_DAY),
        ("0/0/0000", DateProblem.NO_SUCH_DAY),
        ("32/1/2026", DateProblem.NO_SUCH_DAY),
        ("6/13/2026", DateProblem.NO_SUCH_DAY),
        ("00000000", DateProblem.NO_SUCH_DAY),
        ("2026-02-30", DateProblem.NO_SUCH_DAY),
        ("abc", DateProblem.UNREADABLE),
        ("6/dec/2026", DateProblem.UNREADABLE),
        ("zes december", DateProblem.UNREADABLE),
        ("6/12/202", DateProblem.UNREADABLE),
        ("6/12/20266", DateProblem.UNREADABLE),
        ("612026", DateProblem.NO_SUCH_DAY),  # six digits are ddmmyy: month 20
        ("6122026", DateProblem.UNREADABLE),  # seven digits: no form
        ("12", DateProblem.UNREADABLE),
        ("6/12/2026x", DateProblem.UNREADABLE),
        ("+", DateProblem.UNREADABLE),
        ("+7d", DateProblem.UNREADABLE),
        ("6//12", DateProblem.UNREADABLE),
        ("1/1/1900", DateProblem.OUT_OF_RANGE),
        ("1/1/2300", DateProblem.OUT_OF_RANGE),
        ("+99999", DateProblem.OUT_OF_RANGE),
        ("-99999", DateProblem.OUT_OF_RANGE),
    ],
)
def test_bad_text_is_refused_with_its_reason(text: str, problem: DateProblem) -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date(text, TODAY)
    assert caught.value.problem is problem
    assert caught.value.text == text.strip()


def test_the_range_ends_are_dates() -> None:
    assert parse_date("1/1/1990", TODAY) == MIN_DATE
    assert parse_date("31/12/2200", TODAY) == MAX_DATE


def test_this_year_follows_today() -> None:
    assert parse_date("6/12", date(2031, 1, 5)) == date(2031, 12, 6)
    assert parse_date("0612", date(2031, 1, 5)) == date(2031, 12, 6)
