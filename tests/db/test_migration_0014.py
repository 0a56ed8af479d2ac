"""Migration 0014: follow-up actions get ``archived``. A 0013 database holding an open
and a done action is upgraded on SQLite and PostgreSQL: both stay, with their text and
dates, not archived, and can then be archived; the daily counts' indexes hold
``archived``; a downgrade drops the column and gives the indexes back as they were."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, MetaData, Table, inspect
from sqlalchemy.orm import Session

from db.engine import build_engine
from db.migrate import current_revision, upgrade
from db.models import LocalGovernment
from db.session import Database
from supportdesk.services.follow_ups import archive_follow_up, get_follow_up
from tests.db.revisions import downgrade


def _columns(engine: Engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("follow_up_action")}


def _open_due(engine: Engine) -> list[str]:
    """The columns of the index the daily counts read."""
    indexes = inspect(engine).get_indexes("follow_up_action")
    return next(list(ix["column_names"]) for ix in indexes if ix["name"] == "ix_follow_up_open_due")


def test_upgrade_0013_to_0014_keeps_follow_ups_not_archived(old_engine: Engine):
    upgrade(old_engine, "0013")
    with Session(old_engine) as s, s.begin():
        gov = LocalGovernment(name="Łódź-Özdemir <&>", kind="municipality", nis_code="99999")
        s.add(gov)
        s.flush()
        gov_id = gov.id
    # the 0013 table, as it was (the model already has the new column)
    ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    now = datetime(2025, 1, 2, 3, 4, 5)
    with old_engine.begin() as conn:
        table = Table("follow_up_action", MetaData(), autoload_with=conn)
        for public_id, done in zip(ids, (None, date(2025, 2, 1)), strict=True):
            conn.execute(table.insert().values(
                public_id=public_id, created_at=now, created_by="", updated_at=now,
                updated_by="", version=1, description=f"Bellen 😀 {done}", notes="& <b>",
                due_date=date(2025, 1, 20), done_date=done, local_government_id=gov_id,
            ))  # fmt: skip
    assert "archived" not in _columns(old_engine)
    upgrade(old_engine, "0014")
    assert current_revision(old_engine) == "0014" and "archived" in _columns(old_engine)
    assert _open_due(old_engine) == ["done_date", "archived", "due_date"]
    db = Database(str(old_engine.url), old_engine)
    open_, done_ = (get_follow_up(db, public_id) for public_id in ids)
    assert open_.description == "Bellen 😀 None" and open_.done_date is None
    assert done_.done_date == date(2025, 2, 1) and done_.notes == "& <b>"
    assert not open_.archived and not done_.archived
    assert archive_follow_up(db, ids[0], open_.version).archived
    upgrade(old_engine, "head")


def test_downgrade_0014_drops_the_column(tmp_path: Path):
    engine = build_engine(f"sqlite:///{tmp_path / 'down.sqlite3'}")
    try:
        upgrade(engine, "0014")
        downgrade(engine, "0013")
        assert "archived" not in _columns(engine)
        assert _open_due(engine) == ["done_date", "due_date"]
    finally:
        engine.dispose()
