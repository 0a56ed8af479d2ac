"""Contact moments (contactmomenten) of a trajectory: date, form, who took part, notes.

A moment has its own version; adding or editing one does not change the trajectory's
version, so the trajectory form and the moments list can be saved independently.
The functions are also available from ``supportdesk.services.trajectories``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from db.enums import CONTACT_FORMS
from db.models import ContactMoment, TeamMember, Trajectory
from db.session import Database
from supportdesk.field_rules import rule
from supportdesk.services._base import (
    Ref,
    change_record,
    contacts_of,
    delete_record,
    find_refs,
    get_record,
    read_record,
    refs,
    sessionless,
    write,
)
from supportdesk.validation import Checker


@dataclass(frozen=True)
class ContactMomentInput:
    date: date
    form: str
    contact_ids: tuple[str, ...] = ()
    team_member_ids: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ContactMomentView:
    id: str
    version: int
    trajectory_id: str
    date: date
    form: str
    contacts: tuple[Ref, ...]
    team_members: tuple[Ref, ...]
    notes: str


def contact_moment_view(m: ContactMoment) -> ContactMomentView:
    return ContactMomentView(
        id=m.public_id,
        version=m.version,
        trajectory_id=m.trajectory.public_id,
        date=m.date,
        form=m.form,
        contacts=refs(m.contacts),
        team_members=refs(m.team_members),
        notes=m.notes,
    )


_view_of = sessionless(contact_moment_view)


def _apply(session: Session, m: ContactMoment, t: Trajectory, data: ContactMomentInput) -> None:
    chk = Checker()
    when = chk.date("date", data.date)
    form = chk.choice("form", data.form, CONTACT_FORMS, "vorm van contact")
    notes = rule("contact_moment", "notes").apply(chk, data.notes)
    contacts = contacts_of(chk, session, data.contact_ids, t.local_government, "contact_ids")
    members = find_refs(chk, session, TeamMember, data.team_member_ids, "team_member_ids")
    chk.raise_if_any()
    assert when is not None
    m.date, m.form, m.notes = when, form, notes
    m.contacts, m.team_members = contacts, members


def add_contact_moment(
    db: Database, trajectory_id: str, data: ContactMomentInput
) -> ContactMomentView:
    with write(db) as session, session.no_autoflush:
        t = get_record(session, Trajectory, trajectory_id)
        m = ContactMoment()
        _apply(session, m, t, data)
        m.trajectory = t
        session.add(m)
        session.flush()
        return contact_moment_view(m)


def update_contact_moment(
    db: Database, public_id: str, data: ContactMomentInput, expected_version: int | None
) -> ContactMomentView:

    def change(session: Session, m: ContactMoment) -> None:
        with session.no_autoflush:
            _apply(session, m, m.trajectory, data)

    return change_record(
        db,
        ContactMoment,
        public_id,
        expected_version,
        change,
        _view_of,
    )


def remove_contact_moment(
    db: Database, public_id: str, expected_version: int | None = None
) -> None:
    delete_record(db, ContactMoment, public_id, expected_version)


def get_contact_moment(db: Database, public_id: str) -> ContactMomentView:
    return read_record(db, ContactMoment, public_id, _view_of)
