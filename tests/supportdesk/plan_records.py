"""Records made through the services, as the app makes them, for the tests of what
counts for the plan (test_what_counts, test_known_answers): talks of Gent, trajectories
of Leuven, focus groups; and the consistency check those tests end with."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.migrate import schema_state
from db.models import LocalGovernment
from db.session import Database
from supportdesk.integrity import check_database
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group
from supportdesk.services.trajectories import TrajectoryInput, create_trajectory


def government(db: Database, name: str) -> str:
    """The id of the government called exactly ``name``."""
    with db.read() as s:
        found = s.scalar(select(LocalGovernment.public_id).where(LocalGovernment.name == name))
    assert found is not None
    return found


def talk(db: Database, day: date, channel: str = "phone", question: str = "Vraag") -> str:
    """A talk of Gent on ``day``."""
    return create_advice_talk(
        db, AdviceTalkInput(day, government(db, "Gent"), channel, question)
    ).id


def trajectory(db: Database, status: str, title: str, **dates: date | None) -> str:
    """A trajectory of Leuven in ``status`` with ``dates`` (start_date, intake_on, …)."""
    data = TrajectoryInput(local_government_id=government(db, "Leuven"), title=title, **dates)  # type: ignore[arg-type]
    return create_trajectory(db, data, status=status).id


def focus_group(db: Database, day: date, topic: str, status: str = "held") -> str:
    return create_focus_group(db, FocusGroupInput(day, topic), status=status).id


def assert_check_clean(db: Database) -> None:
    """``supportdesk check`` finds nothing wrong."""
    report = check_database(db.engine, schema_state(db.engine))
    assert report.ok, report.problems
