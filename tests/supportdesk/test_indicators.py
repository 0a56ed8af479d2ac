"""The year's figures against the plan: what counts, at the edges of the year."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from db.models import AdviceTalk, FocusGroup, LocalGovernment, Target, Trajectory
from db.session import Database
from supportdesk.indicators import (
    ADVICE_TALKS,
    FOCUS_GROUPS,
    TRAJECTORIES,
    Indicator,
    indicator_records,
    year_indicators,
)


def figures(db: Database, year: int) -> dict[str, tuple[int, int | None]]:
    return {i.key: (i.value, i.target) for i in year_indicators(db, year)}


def lg_id(db: Database, name: str) -> int:
    with db.read() as s:
        found = s.scalar(select(LocalGovernment.id).where(LocalGovernment.name == name))
    assert found is not None
    return found


def add(db: Database, *objs: object) -> None:
    with db.write() as s:
        s.add_all(objs)


def talk(lg: int, day: date, channel: str = "phone", question: str = "Vraag") -> AdviceTalk:
    return AdviceTalk(local_government_id=lg, date=day, channel=channel, question=question)


def test_empty_year_shows_the_targets(db: Database) -> None:
    result = year_indicators(db, 2025)
    assert [i.key for i in result] == [ADVICE_TALKS, TRAJECTORIES, FOCUS_GROUPS]
    assert figures(db, 2025) == {
        ADVICE_TALKS: (0, 8),
        TRAJECTORIES: (0, 3),
        FOCUS_GROUPS: (0, 1),
    }
    assert all(i.reached is False for i in result)
    assert figures(db, 2031) == {
        ADVICE_TALKS: (0, None),
        TRAJECTORIES: (0, None),
        FOCUS_GROUPS: (0, None),
    }
    assert Indicator(ADVICE_TALKS, 0, None).reached is None


def test_advice_talks_exclude_mail_only_answers_and_other_years(db: Database) -> None:
    gent = lg_id(db, "Gent")
    add(
        db,
        talk(gent, date(2025, 1, 1), "phone", "Eerste"),
        talk(gent, date(2025, 12, 31), "on_site", "Laatste"),
        talk(gent, date(2025, 6, 1), "online"),
        talk(gent, date(2025, 6, 2), "email", "Enkel per mail beantwoord"),
        talk(gent, date(2024, 12, 31), "phone", "Vorig jaar"),
        talk(gent, date(2026, 1, 1), "phone", "Volgend jaar"),
    )
    assert figures(db, 2025)[ADVICE_TALKS] == (3, 8)
    assert figures(db, 2024)[ADVICE_TALKS] == (1, None)
    records = indicator_records(db, 2025, ADVICE_TALKS)
    assert [(r.date, r.title, r.government) for r in records] == [
        (date(2025, 1, 1), "Eerste", "Gent"),
        (date(2025, 6, 1), "Vraag", "Gent"),
        (date(2025, 12, 31), "Laatste", "Gent"),
    ]
    assert all(r.kind == "advice_talk" and len(r.id) == 36 for r in records)


def test_archived_talks_still_count(db: Database) -> None:
    gent = lg_id(db, "Gent")
    t = talk(gent, date(2025, 3, 3))
    t.archived = True
    add(db, t)
    assert figures(db, 2025)[ADVICE_TALKS] == (1, 8)


@pytest.mark.parametrize(
    ("start", "end", "counts"),
    [
        (date(2024, 12, 15), None, True),  # started last December, still running
        (date(2024, 12, 15), date(2025, 1, 1), True),  # ended on New Year's Day
        (date(2024, 3, 1), date(2024, 12, 31), False),  # ended the day before
        (date(2025, 12, 31), None, True),  # started on the last day
        (date(2026, 1, 1), None, False),  # starts next year
        (date(2023, 1, 1), date(2026, 6, 30), True),  # spans the whole year
        (None, None, False),  # a request without a start date has not started
        (None, date(2025, 5, 1), False),  # no start: not counted, whatever the end
    ],
)
def test_trajectories_running_in_the_year(
    db: Database, start: date | None, end: date | None, counts: bool
) -> None:
    add(
        db,
        Trajectory(
            local_government_id=lg_id(db, "Leuven"),
            title="Traject",
            status="running" if end is None else "finished",
            start_date=start,
            end_date=end,
        ),
    )
    assert figures(db, 2025)[TRAJECTORIES] == (1 if counts else 0, 3)
    records = indicator_records(db, 2025, TRAJECTORIES)
    assert [(r.title, r.government, r.date) for r in records] == (
        [("Traject", "Leuven", start)] if counts else []
    )


def test_focus_groups_held_in_the_year(db: Database) -> None:
    add(
        db,
        FocusGroup(date=date(2025, 1, 1), topic="Beeldbank", status="held"),
        FocusGroup(date=date(2025, 11, 20), topic="Cyberveiligheid voor starters", status="held"),
        FocusGroup(date=date(2024, 12, 31), topic="Vorig jaar", status="held"),
    )
    assert figures(db, 2025)[FOCUS_GROUPS] == (2, 1)
    assert [r.title for r in indicator_records(db, 2025, FOCUS_GROUPS)] == [
        "Beeldbank",
        "Cyberveiligheid voor starters",
    ]


def test_targets_are_per_year_and_editable(db: Database) -> None:
    with db.write() as s:
        s.execute(
            update(Target)
            .where(Target.year == 2025, Target.indicator == ADVICE_TALKS)
            .values(value=12)
        )
        s.add(Target(year=2026, indicator=FOCUS_GROUPS, value=2))
    assert figures(db, 2025)[ADVICE_TALKS] == (0, 12)
    assert figures(db, 2026) == {
        ADVICE_TALKS: (0, None),
        TRAJECTORIES: (0, None),
        FOCUS_GROUPS: (0, 2),
    }


def test_unknown_indicator_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="unknown indicator"):
        indicator_records(db, 2025, "newsletters")
