"""Small helpers that put follow-up actions and their records straight into a test
database (the services' own tests cover the services; these tests are about queries)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.models import (
    AdviceTalk,
    FocusGroup,
    FollowUpAction,
    LocalGovernment,
    TeamMember,
    Trajectory,
)
from db.session import Database


def government(db: Database, name: str = "Gent") -> str:
    with db.read() as session:
        return session.scalars(
            select(LocalGovernment.public_id).where(LocalGovernment.name == name)
        ).one()


def member(db: Database, name: str) -> str:
    with db.write() as session:
        m = TeamMember(name=name)
        session.add(m)
        session.flush()
        return m.public_id


def talk(
    db: Database, lg_name: str = "Gent", day: date = date(2025, 3, 12), question: str = "Vraag"
) -> str:
    with db.write() as session:
        lg = session.scalars(select(LocalGovernment).where(LocalGovernment.name == lg_name)).one()
        t = AdviceTalk(date=day, local_government=lg, channel="phone", question=question)
        session.add(t)
        session.flush()
        return t.public_id


def trajectory(db: Database, title: str, lg_name: str = "Brugge", **dates: date) -> str:
    with db.write() as session:
        lg = session.scalars(select(LocalGovernment).where(LocalGovernment.name == lg_name)).one()
        t = Trajectory(title=title, local_government=lg, status="running", **dates)
        session.add(t)
        session.flush()
        return t.public_id


def focus_group(db: Database, topic: str, day: date, status: str = "held") -> str:
    with db.write() as session:
        f = FocusGroup(topic=topic, date=day, status=status)
        session.add(f)
        session.flush()
        return f.public_id


def action(
    db: Database,
    description: str,
    due: date | None,
    *,
    owner: str | None = None,
    done: date | None = None,
    talk_id: str | None = None,
    trajectory_id: str | None = None,
    focus_group_id: str | None = None,
    lg_name: str | None = "Gent",
) -> str:
    with db.write() as session, session.no_autoflush:
        a = FollowUpAction(description=description, due_date=due, done_date=done)
        if owner:
            a.owner = session.scalars(select(TeamMember).where(TeamMember.public_id == owner)).one()
        if talk_id:
            a.advice_talk = session.scalars(
                select(AdviceTalk).where(AdviceTalk.public_id == talk_id)
            ).one()
            a.local_government = a.advice_talk.local_government
        elif trajectory_id:
            a.trajectory = session.scalars(
                select(Trajectory).where(Trajectory.public_id == trajectory_id)
            ).one()
            a.local_government = a.trajectory.local_government
        elif focus_group_id:
            a.focus_group = session.scalars(
                select(FocusGroup).where(FocusGroup.public_id == focus_group_id)
            ).one()
        elif lg_name:
            a.local_government = session.scalars(
                select(LocalGovernment).where(LocalGovernment.name == lg_name)
            ).one()
        session.add(a)
        session.flush()
        return a.public_id
