"""Migration 0013: the index on the talk a trajectory started from. An older database
holding a talk and the trajectory started from it is upgraded on SQLite and PostgreSQL;
the talk still names its trajectory, and the index is there (and gone after a
downgrade)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from db.engine import build_engine
from db.migrate import current_revision, upgrade
from db.models import AdviceTalk, LocalGovernment, Trajectory
from db.session import Database
from supportdesk.services.advice import get_advice_talk
from tests.db.revisions import downgrade

INDEX = "ix_trajectory_origin_talk"


def _indexes(engine: Engine) -> set[str]:
    return {ix["name"] for ix in inspect(engine).get_indexes("trajectory") if ix["name"]}


def test_upgrade_0012_to_0013_keeps_the_talk_and_its_trajectory(old_engine: Engine):
    upgrade(old_engine, "0012")
    with Session(old_engine) as s, s.begin():
        gov = LocalGovernment(name="Łódź-Özdemir <&>", kind="municipality", nis_code="99999")
        talk = AdviceTalk(date=date(2025, 3, 4), local_government=gov, channel="phone",
                          question="Vraag 😀")  # fmt: skip
        s.add_all([gov, talk])
        s.flush()
        s.add(Trajectory(local_government=gov, title="Traject", origin_advice_talk_id=talk.id))
        s.flush()
        talk_id = talk.public_id
    assert INDEX not in _indexes(old_engine)
    upgrade(old_engine, "0013")
    assert current_revision(old_engine) == "0013" and INDEX in _indexes(old_engine)
    upgrade(old_engine, "head")  # the services read today's models (0014: follow-ups)
    db = Database(str(old_engine.url), old_engine)
    view = get_advice_talk(db, talk_id)
    with db.read() as s:
        expected = s.scalar(select(Trajectory.public_id).where(Trajectory.title == "Traject"))
    assert view.trajectory_id == expected and view.question == "Vraag 😀"


def test_downgrade_0013_drops_the_index(tmp_path: Path):
    engine = build_engine(f"sqlite:///{tmp_path / 'down.sqlite3'}")
    try:
        upgrade(engine, "0013")
        downgrade(engine, "0012")
        assert INDEX not in _indexes(engine)
    finally:
        engine.dispose()
