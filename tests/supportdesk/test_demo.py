"""Demo data: realistic, deterministic, refuses a database with records, passes `check`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import build_engine
from db.migrate import schema_state
from db.models import (
    AdviceTalk,
    ContactPerson,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    Trajectory,
    partnership_member,
)
from db.session import Database
from supportdesk.bulk import NotEmptyError, user_record_count
from supportdesk.demo import generate_demo
from supportdesk.exchange import export_json
from supportdesk.integrity import check_database
from supportdesk.search import search
from tests.conftest import make_sqlite_db

TODAY = date(2026, 11, 27)


def _count(db: Database, query: object) -> int:
    with db.read() as s:
        return int(s.scalar(query) or 0)  # type: ignore[call-overload]


def test_demo_fills_a_realistic_year(db: Database) -> None:
    summary = generate_demo(db, today=TODAY)
    assert summary.advice_talks == 40
    with db.read() as s:
        channels = set(s.scalars(select(AdviceTalk.channel)))
        assert "email" in channels and len(channels) >= 3
        assert s.scalar(select(func.count()).where(AdviceTalk.signal.is_(True))) >= 1
        statuses = set(s.scalars(select(Trajectory.status)))
        assert statuses == {"request", "intake", "running", "finished", "stopped"}
        attendance = set(s.scalars(select(FocusGroupParticipant.attendance)))
        assert attendance == {"invited", "present", "absent", "excused"}
        overdue = s.scalar(
            select(func.count()).where(
                FollowUpAction.done_date.is_(None), FollowUpAction.due_date < TODAY
            )
        )
        assert overdue and overdue >= 1
        municipalities = s.scalar(
            select(func.count(func.distinct(ContactPerson.local_government_id)))
        )
        assert municipalities is not None and municipalities >= 24  # dozens
        assert s.scalar(select(func.count()).select_from(partnership_member)) >= 4
        years = {d.year for d in s.scalars(select(AdviceTalk.date))}
        assert years == {2025, 2026}
        assert s.scalar(select(func.max(AdviceTalk.date))) <= TODAY
        assert "Mediawijs" in set(s.scalars(select(LocalGovernment.name)))
    report = _check(db)
    assert report.ok, report.problems
    # The search index was rebuilt: a municipality with talks is found by its talks too.
    assert any(h.kind == "advice_talk" for h in search(db, "digihelpers", limit=200))


def _check(db: Database):  # type: ignore[no-untyped-def]
    engine = build_engine(db.url)
    try:
        return check_database(engine, schema_state(engine))
    finally:
        engine.dispose()


def test_demo_refuses_a_database_with_records(sqlite_db: Database) -> None:
    generate_demo(sqlite_db, today=TODAY)
    before = export_json(sqlite_db)
    with pytest.raises(NotEmptyError):
        generate_demo(sqlite_db, today=TODAY)
    assert export_json(sqlite_db) == before


def test_reference_data_alone_is_empty(sqlite_db: Database) -> None:
    with sqlite_db.read() as s:
        assert user_record_count(s.connection()) == 0


def test_same_seed_same_data_and_scale_multiplies(sqlite_template: Path, tmp_path: Path) -> None:
    a = make_sqlite_db(sqlite_template, tmp_path / "a")
    b = make_sqlite_db(sqlite_template, tmp_path / "b")
    c = make_sqlite_db(sqlite_template, tmp_path / "c")
    try:
        generate_demo(a, today=TODAY, seed=7)
        generate_demo(b, today=TODAY, seed=7)
        assert export_json(a) == export_json(b)
        summary = generate_demo(c, today=TODAY, scale=3)
        assert summary.advice_talks == 120
        assert summary.counts["trajectory"] == 18
        assert summary.counts["focus_group"] == 6
        assert _check(c).ok
    finally:
        for d in (a, b, c):
            d.dispose()


@pytest.fixture(autouse=True)
def _folders(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
