"""Migration 0010: two indexes for the Lokale besturen list's last contact. An older
database holding data is upgraded on SQLite and PostgreSQL; afterwards the list sorted
by last contact gives the same dates as the per-government computation, and the indexes
are there (and gone again after a downgrade)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session

from db.engine import build_engine
from db.migrate import current_revision, upgrade
from db.models import (
    ContactMoment,
    FocusGroup,
    FocusGroupParticipant,
    LocalGovernment,
    Trajectory,
)
from db.session import Database
from supportdesk.queries.local_governments import _last_contacts, list_local_governments
from tests.db.revisions import downgrade

NEW = {
    "contact_moment": "ix_contact_moment_trajectory_date",
    "focus_group_participant": "ix_focus_group_participant_lg_attendance",
}


def _fill(engine: Engine) -> None:
    """Governments reached through contact moments and focus groups (present, invited,
    absent), one through both, one never contacted."""
    with Session(engine) as s, s.begin():
        # Plain SQL with the columns of 0009 (the model has later ones: migration 0011)
        for i, n in enumerate(["Özdemir-Gem", "Łódź-Gem", "Ærø", "Nooit"]):
            s.execute(
                text(
                    "INSERT INTO local_government (name, kind, nis_code, notes, archived, "
                    "public_id, created_at, created_by, updated_at, updated_by, version) "
                    "VALUES (:name, 'municipality', :nis, '', false, :pid, :at, 't', :at, 't', 1)"
                ),
                {"name": n, "nis": f"9{i:04d}", "pid": str(uuid.uuid4()), "at": datetime.now()},
            )
        govs = list(
            s.scalars(
                select(LocalGovernment.id)
                .where(LocalGovernment.nis_code.like("9%"))
                .order_by(LocalGovernment.nis_code)
            )
        )
        traj = Trajectory(local_government_id=govs[0], title="Traject")
        s.add(traj)
        s.flush()
        for d in (date(2024, 3, 1), date(2025, 6, 30), date(2023, 1, 1)):
            s.add(ContactMoment(trajectory_id=traj.id, date=d, form="visit"))
        for d, who, attendance in (
            (date(2025, 9, 1), 1, "present"),
            (date(2026, 1, 5), 1, "invited"),  # not a contact
            (date(2025, 2, 2), 2, "present"),
            (date(2025, 12, 1), 0, "present"),
            (date(2026, 2, 2), 2, "absent"),
        ):
            group = FocusGroup(date=d, topic=f"Focus {d}", status="held")
            s.add(group)
            s.flush()
            s.add(
                FocusGroupParticipant(
                    focus_group_id=group.id,
                    local_government_id=govs[who],
                    attendance=attendance,
                )
            )


def _indexes(engine: Engine, table: str) -> set[str]:
    return {ix["name"] for ix in inspect(engine).get_indexes(table) if ix["name"]}


def test_upgrade_0009_to_0010_with_data_gives_the_same_last_contacts(old_engine: Engine):
    upgrade(old_engine, "0009")
    _fill(old_engine)
    for table, name in NEW.items():
        assert name not in _indexes(old_engine, table)
    upgrade(old_engine, "0010")
    assert current_revision(old_engine) == "0010"
    for table, name in NEW.items():
        assert name in _indexes(old_engine, table)
    db = Database(str(old_engine.url), old_engine)
    with db.read() as s:
        last = _last_contacts()
        each = dict(
            s.execute(
                select(LocalGovernment.name, last.c.d).outerjoin(
                    last, last.c.lg_id == LocalGovernment.id
                )
            ).all()
        )
    assert each == {
        "Özdemir-Gem": date(2025, 12, 1),
        "Łódź-Gem": date(2025, 9, 1),
        "Ærø": date(2025, 2, 2),
        "Nooit": None,
    }
    upgrade(old_engine, "head")  # the list reads today's models (0014: follow-ups)
    mine = [g for g in list_local_governments(db, sort="last_contact") if g.nis_code[:1] == "9"]
    assert [(g.name, g.last_contact) for g in mine] == [
        ("Ærø", date(2025, 2, 2)),
        ("Łódź-Gem", date(2025, 9, 1)),
        ("Özdemir-Gem", date(2025, 12, 1)),
        ("Nooit", None),
    ]
    newest_first = list_local_governments(db, sort="last_contact", descending=True)
    assert [g.name for g in newest_first if g.nis_code[:1] == "9"] == [
        "Özdemir-Gem",
        "Łódź-Gem",
        "Ærø",
        "Nooit",
    ]


def test_downgrade_0010_drops_the_indexes(tmp_path: Path):
    engine = build_engine(f"sqlite:///{tmp_path / 'down.sqlite3'}")
    try:
        upgrade(engine, "0010")
        downgrade(engine, "0009")
        for table, name in NEW.items():
            assert name not in _indexes(engine, table)
    finally:
        engine.dispose()
