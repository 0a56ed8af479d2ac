"""A local government's case summary holds nothing of another local government but the
names of governments that took part in the same focus group (issue 5, point 6).

Proof on demo data: every person, note, question, advice, follow-up action and
feedback gets a marker naming the government it belongs to; a summary may show only
its own government's markers.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, literal, select, update

from db.models import (
    AdviceTalk,
    ContactMoment,
    ContactPerson,
    Feedback,
    FocusGroup,
    FollowUpAction,
    ToolFinding,
    Trajectory,
)
from db.session import Database
from supportdesk.demo import generate_demo
from supportdesk.reports import render_case_summary
from tests.supportdesk.reports._fixtures import pdf_text

MARK = re.compile(r"\[L(\d+)\]")


def _mark_everything(db: Database) -> None:
    def tag(owner: object) -> object:
        return literal(" [L") + func.cast(owner, ContactPerson.last_name.type) + literal("]")

    with db.write() as s:
        s.execute(
            update(ContactPerson).values(
                last_name=ContactPerson.last_name + tag(ContactPerson.local_government_id),
                role=ContactPerson.role + tag(ContactPerson.local_government_id),
            )
        )
        s.execute(
            update(AdviceTalk).values(
                question=AdviceTalk.question + tag(AdviceTalk.local_government_id),
                advice=AdviceTalk.advice + tag(AdviceTalk.local_government_id),
                notes=AdviceTalk.notes + tag(AdviceTalk.local_government_id),
                signal_note=AdviceTalk.signal_note + tag(AdviceTalk.local_government_id),
            )
        )
        s.execute(
            update(Trajectory).values(
                needs=Trajectory.needs + tag(Trajectory.local_government_id),
                notes=Trajectory.notes + tag(Trajectory.local_government_id),
            )
        )
        owner = (
            select(Trajectory.local_government_id)
            .where(Trajectory.id == ContactMoment.trajectory_id)
            .scalar_subquery()
        )
        s.execute(update(ContactMoment).values(notes=ContactMoment.notes + tag(owner)))
        talk_owner = (
            select(AdviceTalk.local_government_id)
            .where(AdviceTalk.id == FollowUpAction.advice_talk_id)
            .scalar_subquery()
        )
        traj_owner = (
            select(Trajectory.local_government_id)
            .where(Trajectory.id == FollowUpAction.trajectory_id)
            .scalar_subquery()
        )
        fu_owner = func.coalesce(FollowUpAction.local_government_id, talk_owner, traj_owner, 0)
        s.execute(
            update(FollowUpAction).values(description=FollowUpAction.description + tag(fu_owner))
        )
        fb_owner = func.coalesce(
            Feedback.local_government_id,
            select(Trajectory.local_government_id)
            .where(Trajectory.id == Feedback.trajectory_id)
            .scalar_subquery(),
            0,
        )
        s.execute(update(Feedback).values(text=Feedback.text + tag(fb_owner)))
        # What belongs to a focus group as a whole is no single government's: 0.
        s.execute(
            update(FocusGroup).values(
                notes=FocusGroup.notes + tag(0), new_tool_needs=FocusGroup.new_tool_needs + tag(0)
            )
        )
        s.execute(update(ToolFinding).values(findings=ToolFinding.findings + tag(0)))


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    generate_demo(sqlite_db, scale=1, today=date(2025, 11, 20))
    _mark_everything(sqlite_db)
    return sqlite_db


def test_summary_shows_only_its_own_government(demo_db: Database, tmp_path: Path) -> None:
    from db.models import FocusGroupParticipant, LocalGovernment

    with demo_db.read() as s:
        active = select(AdviceTalk.local_government_id).union(
            select(Trajectory.local_government_id),
            select(FocusGroupParticipant.local_government_id),
            select(ContactPerson.local_government_id),
        )
        governments = s.execute(
            select(LocalGovernment.id, LocalGovernment.public_id, LocalGovernment.name).where(
                LocalGovernment.id.in_(active)
            )
        ).all()
        in_groups = set(s.scalars(select(FocusGroupParticipant.local_government_id)))
    assert len(governments) >= 10
    checked_group_member = False
    own_seen = 0
    for lg_id, public_id, name in governments:
        out = tmp_path / f"{lg_id}.pdf"
        render_case_summary(demo_db, public_id, out, exported_by="test")
        text = pdf_text(out)
        found = {int(m) for m in MARK.findall(text)}
        assert found <= {lg_id}, f"{name}: markers of {found - {lg_id}} leaked"
        own_seen += lg_id in found
        if lg_id in in_groups:
            checked_group_member = True
            assert "Andere deelnemende besturen" in " ".join(text.split())
    assert checked_group_member
    # The markers do print: the test would catch a leak.
    assert own_seen >= len(governments) * 0.8
