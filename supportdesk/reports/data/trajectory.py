"""What a trajectory report (and a case summary's trajectories) show."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db.models import (
    AdviceTalk,
    ContactMoment,
    ContactPerson,
    Feedback,
    FollowUpAction,
    LocalGovernment,
    Theme,
    Trajectory,
    contact_moment_contact,
    contact_moment_member,
    trajectory_coach,
    trajectory_contact,
    trajectory_theme,
)
from db.session import Database
from supportdesk.queries.sorting import name_order
from supportdesk.reports.data.common import (
    FeedbackRow,
    FollowUpRow,
    by_public_id,
    feedback_by,
    follow_ups_by,
    linked_names_by,
    member_names_by,
    person_name,
)


@dataclass(frozen=True)
class ContactMomentRow:
    date: date
    form: str
    contacts: list[str]
    team_members: list[str]
    notes: str


@dataclass(frozen=True)
class TrajectoryData:
    public_id: str
    title: str
    status: str
    local_government: str
    local_government_nis: str
    requested_on: date | None
    intake_on: date | None
    start_date: date | None
    planned_end_date: date | None
    end_date: date | None
    starting_position: str | None
    needs: str
    goals: str
    approach: str
    partner_involvement: str
    mediawijs_involved: bool
    notes: str
    origin_talk: date | None
    coaches: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    contact_moments: list[ContactMomentRow] = field(default_factory=list)
    follow_ups: list[FollowUpRow] = field(default_factory=list)
    feedback: list[FeedbackRow] = field(default_factory=list)

    @property
    def sort_date(self) -> date | None:
        """The date a history lists it under: when it started, else its first step."""
        return self.start_date or self.intake_on or self.requested_on


def load_trajectories(session: Session, ids: Select[Any]) -> list[TrajectoryData]:
    """Every trajectory whose id ``ids`` selects, with all it shows, in a few queries.

    Contact persons are only named when they belong to the trajectory's own local
    government, so a wrongly linked person of another government never leaks out.
    """
    rows = session.execute(
        select(Trajectory, LocalGovernment.name, LocalGovernment.nis_code, AdviceTalk.date)
        .join(LocalGovernment, LocalGovernment.id == Trajectory.local_government_id)
        .outerjoin(AdviceTalk, AdviceTalk.id == Trajectory.origin_advice_talk_id)
        .where(Trajectory.id.in_(ids))
    ).all()
    if not rows:
        return []
    coaches = member_names_by(session, trajectory_coach, "trajectory_id", ids)
    themes = linked_names_by(session, trajectory_theme, "trajectory_id", Theme, "theme_id", ids)
    contacts: dict[int, list[str]] = defaultdict(list)
    for tid, first, last in session.execute(
        select(
            trajectory_contact.c.trajectory_id, ContactPerson.first_name, ContactPerson.last_name
        )
        .join(ContactPerson, ContactPerson.id == trajectory_contact.c.contact_person_id)
        .join(Trajectory, Trajectory.id == trajectory_contact.c.trajectory_id)
        .where(
            trajectory_contact.c.trajectory_id.in_(ids),
            ContactPerson.local_government_id == Trajectory.local_government_id,
        )
        .order_by(name_order(ContactPerson.last_name), name_order(ContactPerson.first_name))
    ):
        contacts[tid].append(person_name(first, last))
    moments = _contact_moments(session, ids)
    follow_ups = follow_ups_by(session, FollowUpAction.trajectory_id, ids)
    feedback = feedback_by(session, Feedback.trajectory_id, ids)
    out = []
    for t, lg_name, nis, origin in rows:
        out.append(
            TrajectoryData(
                public_id=t.public_id,
                title=t.title,
                status=t.status,
                local_government=lg_name,
                local_government_nis=nis or "",
                requested_on=t.requested_on,
                intake_on=t.intake_on,
                start_date=t.start_date,
                planned_end_date=t.planned_end_date,
                end_date=t.end_date,
                starting_position=t.starting_position,
                needs=t.needs,
                goals=t.goals,
                approach=t.approach,
                partner_involvement=t.partner_involvement,
                mediawijs_involved=t.mediawijs_involved,
                notes=t.notes,
                origin_talk=origin,
                coaches=coaches.get(t.id, []),
                contacts=contacts.get(t.id, []),
                themes=themes.get(t.id, []),
                contact_moments=moments.get(t.id, []),
                follow_ups=follow_ups.get(t.id, []),
                feedback=feedback.get(t.id, []),
            )
        )
    return out


def _contact_moments(session: Session, ids: Select[Any]) -> dict[int, list[ContactMomentRow]]:
    moment_ids = select(ContactMoment.id).where(ContactMoment.trajectory_id.in_(ids))
    members = member_names_by(session, contact_moment_member, "contact_moment_id", moment_ids)
    people: dict[int, list[str]] = defaultdict(list)
    for mid, first, last in session.execute(
        select(
            contact_moment_contact.c.contact_moment_id,
            ContactPerson.first_name,
            ContactPerson.last_name,
        )
        .join(ContactPerson, ContactPerson.id == contact_moment_contact.c.contact_person_id)
        .join(ContactMoment, ContactMoment.id == contact_moment_contact.c.contact_moment_id)
        .join(Trajectory, Trajectory.id == ContactMoment.trajectory_id)
        .where(
            contact_moment_contact.c.contact_moment_id.in_(moment_ids),
            ContactPerson.local_government_id == Trajectory.local_government_id,
        )
        .order_by(name_order(ContactPerson.last_name), name_order(ContactPerson.first_name))
    ):
        people[mid].append(person_name(first, last))
    out: dict[int, list[ContactMomentRow]] = defaultdict(list)
    for m in session.scalars(
        select(ContactMoment)
        .where(ContactMoment.trajectory_id.in_(ids))
        .order_by(ContactMoment.date, ContactMoment.id)
    ):
        out[m.trajectory_id].append(
            ContactMomentRow(m.date, m.form, people.get(m.id, []), members.get(m.id, []), m.notes)
        )
    return out


def trajectory_report_data(db: Database, trajectory_id: str) -> TrajectoryData:
    """One trajectory by public id (NotFoundError when there is none)."""
    with db.read() as session:
        t = by_public_id(session, Trajectory, trajectory_id, "Onbekend traject")
        return load_trajectories(session, select(Trajectory.id).where(Trajectory.id == t.id))[0]
