"""What the app reads before its window is painted, in Core statements on ``db.tables``
(the ORM loads after the first paint): whether anyone joined the team yet (the welcome)
and the name of the team member chosen as "me" (stamped on what is saved)."""

from __future__ import annotations

from sqlalchemy import select

from db.session import Database
from db.tables.team import team_member


def has_team_members(db: Database) -> bool:
    """Whether anyone is on the team yet (a new database has nobody: the welcome shows)."""
    with db.read_connection() as conn:
        return conn.scalar(select(team_member.c.id).limit(1)) is not None


def member_name(db: Database, public_id: str) -> str | None:
    """The name of the team member (active or not) with ``public_id``; None if nobody."""
    with db.read_connection() as conn:
        stmt = select(team_member.c.name).where(team_member.c.public_id == public_id)
        return conn.scalar(stmt)
