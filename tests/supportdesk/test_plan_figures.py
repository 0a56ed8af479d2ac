"""Every item of a year's plan counted in one SQL statement: held activities (a number
or participant hours), publications, milestones, and the three figures of before
exactly as ``year_indicators`` counts them."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from db.session import Database
from supportdesk.demo import generate_demo
from supportdesk.indicators import (
    plan_item_months,
    plan_item_records,
    year_indicators,
    year_plan_figures,
)
from supportdesk.services.activities import (
    ActivityInput,
    add_attendee,
    create_activity,
    list_activity_kinds,
)
from supportdesk.services.publications import PublicationInput, create_publication
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, LEUVEN, lg_id

TODAY = date(2025, 6, 30)


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db)
    return db


def _kind(db, code):  # type: ignore[no-untyped-def]
    return next(k.id for k in list_activity_kinds(db) if k.code == code)


def _figures(db, year=2025):  # type: ignore[no-untyped-def]
    return {f.item.key: f for f in year_plan_figures(db, year, today=TODAY)}


def test_a_held_info_session_of_23_for_2_5_hours_gives_57_5_participant_hours(db):
    session = create_activity(
        db,
        ActivityInput(
            _kind(db, "info_session"),
            date(2025, 3, 13),
            "De European Accessibility Act",
            start_time=time(13, 30),
            end_time=time(16, 0),
            participant_count=23,
        ),
        status="held",
    )
    for nis in (GENT, ANTWERPEN, LEUVEN):
        add_attendee(db, session.id, lg_id(db, nis))
    figures = _figures(db)
    assert figures["info_session_hours"].value == Decimal("57.5")
    assert figures["info_session_hours"].target == 100
    assert figures["info_session_hours"].reached is False
    assert figures["info_sessions"].value == 1
    records = plan_item_records(db, 2025, "info_session_hours", today=TODAY)
    assert [(r.title, r.participants, r.participant_hours) for r in records] == [
        ("De European Accessibility Act", 23, Decimal("57.5"))
    ]
    assert records[0].government == "3 lokale besturen"
    months = plan_item_months(db, 2025, today=TODAY)
    assert months["info_session_hours"][2] == Decimal("57.5")  # March
    assert sum(months["info_session_hours"]) == Decimal("57.5")
    assert "publication_update" not in months  # a milestone has no monthly figure


def test_only_what_happened_counts(db):
    kind = _kind(db, "thematic_training")

    def training(day, status="held", **extra):  # type: ignore[no-untyped-def]
        data = ActivityInput(kind, day, "Toegankelijke websites", duration_minutes=360, **extra)
        return create_activity(db, data, status=status)

    training(date(2025, 2, 3), participant_count=20)  # 120 h
    training(date(2025, 5, 6), participant_count=10, participant_hours=45.5)  # left early
    training(date(2024, 12, 31), participant_count=99)  # last year
    planned = training(date.today() + timedelta(days=30), status="planned", participant_count=5)
    training(date(2025, 4, 1), status="planned", participant_count=7)  # to confirm
    figures = {f.item.key: f for f in year_plan_figures(db, 2025, today=TODAY)}
    assert figures["thematic_training_hours"].value == Decimal("165.5")
    assert figures["thematic_training_hours"].reached is True  # target 160
    assert figures["thematic_trainings"].value == 2
    assert figures["thematic_trainings"].attention == 1
    this_year = {f.item.key: f for f in year_plan_figures(db, planned.date.year)}
    assert this_year["thematic_trainings"].planned >= 1


def test_publications_and_milestones(db):
    gent = lg_id(db, GENT)
    for month in (1, 2, 3):
        create_publication(
            db,
            PublicationInput(
                "good_practice", date(2025, month, 5), f"Praktijk {month}", local_government_id=gent
            ),
        )
    create_publication(db, PublicationInput("newsletter", date(2025, 9, 1), "September"))
    figures = _figures(db)
    assert figures["good_practices"].value == 3 and figures["good_practices"].reached is False
    assert figures["newsletters"].value == 0 and figures["newsletters"].planned == 1
    assert figures["publication_update"].value is None
    assert figures["publication_update"].reached is False
    records = plan_item_records(db, 2025, "good_practices", today=TODAY)
    assert [r.government for r in records] == ["Gent"] * 3


def test_the_three_figures_of_before_are_unchanged_and_all_in_one_statement(demo_db):
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    today = date.today()
    for year in (today.year - 1, today.year):
        old = {i.key: i for i in year_indicators(demo_db, year, today)}
        event.listen(demo_db.engine, "before_cursor_execute", count)
        try:
            figures = {f.item.key: f for f in year_plan_figures(demo_db, year, today)}
        finally:
            event.remove(demo_db.engine, "before_cursor_execute", count)
        for key, indicator in old.items():
            f = figures[key]
            assert (f.value, f.target, f.planned, f.attention) == (
                indicator.value,
                indicator.target,
                indicator.planned,
                indicator.attention,
            ), key
        counting = [s for s in statements if "count(" in s.lower()]
        assert len(counting) == 1, counting
        statements.clear()


def test_the_months_add_up_to_the_year(demo_db):
    for year in (date.today().year - 1, date.today().year):
        months = plan_item_months(demo_db, year)
        for f in year_plan_figures(demo_db, year):
            if f.item.is_milestone:
                continue
            assert len(months[f.item.key]) == 12
            assert sum(months[f.item.key]) == f.value, f.item.key


def test_each_record_counts_in_the_month_of_its_day(db):
    """The months are added up from the days (``plan_item_months`` groups by day): the
    first and last day of a month fall in that month, 31 December in December, a
    trajectory started the year before in January, participant hours summed over the
    sessions of a month; a day after today is not counted yet."""
    from tests.supportdesk.queries._data import talk, trajectory

    today = date(2025, 12, 31)
    for day in (date(2025, 1, 1), date(2025, 1, 31), date(2025, 2, 1), date(2025, 12, 31)):
        talk(db, "Gent", day)
    talk(db, "Gent", date(2024, 12, 31))  # last year
    trajectory(db, "Al bezig", start_date=date(2024, 11, 5))
    trajectory(db, "Nieuw", start_date=date(2025, 4, 30))
    info = _kind(db, "info_session")
    for day, people in ((date(2025, 3, 1), 23), (date(2025, 3, 31), 1)):
        create_activity(
            db,
            ActivityInput(info, day, "Sessie", start_time=time(13, 30), end_time=time(16, 0),
                          participant_count=people),
            status="held",
        )  # fmt: skip
    months = plan_item_months(db, 2025, today=today)
    assert months["advice_talks"] == [2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert months["trajectories"] == [1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    assert months["info_session_hours"][2] == Decimal("60")  # 57.5 + 2.5
    assert months["info_session_hours"][3] == 0
    assert months["info_sessions"][2] == 2
    assert plan_item_months(db, 2025, today=date(2025, 12, 30))["advice_talks"][11] == 0
    assert plan_item_months(db, 2024, today=today)["advice_talks"][11] == 1
