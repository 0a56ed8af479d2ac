"""Contact persons at a local government: add, edit, make inactive (never deleted), find by
e-mail, and merge two records of one person."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AdviceTalk,
    Attachment,
    ContactMoment,
    ContactPerson,
    Feedback,
    FocusGroupParticipant,
    LocalGovernment,
    Trajectory,
)
from db.session import Database
from supportdesk.codes import Attendance
from supportdesk.errors import ValidationError
from supportdesk.field_rules import rule
from supportdesk.queries.sorting import name_order
from supportdesk.search.folding import fold, folded_sql
from supportdesk.services._base import (
    check_version,
    edit_record,
    find_ref,
    get_record,
    new_record,
    read_record,
    sessionless,
    set_fields,
    touch,
    write,
)
from supportdesk.validation import Checker


@dataclass(frozen=True)
class ContactInput:
    local_government_id: str
    last_name: str
    first_name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactView:
    id: str
    version: int
    local_government_id: str
    local_government_name: str
    first_name: str
    last_name: str
    role: str
    email: str
    phone: str
    notes: str
    active: bool
    inactive_since: date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _view(c: ContactPerson) -> ContactView:
    return ContactView(
        id=c.public_id,
        version=c.version,
        local_government_id=c.local_government.public_id,
        local_government_name=c.local_government.name,
        first_name=c.first_name,
        last_name=c.last_name,
        role=c.role,
        email=c.email,
        phone=c.phone,
        notes=c.notes,
        active=c.active,
        inactive_since=c.inactive_since,
    )


def _apply(
    session: Session,
    c: ContactPerson,
    data: ContactInput,
    government: LocalGovernment | None = None,
) -> None:
    """Check every field (the government too, so all problems show at once), then fill."""
    chk = Checker()
    last = rule("contact_person", "last_name").apply(chk, data.last_name)
    first = rule("contact_person", "first_name").apply(chk, data.first_name)
    role = rule("contact_person", "role").apply(chk, data.role)
    email = rule("contact_person", "email").apply(chk, data.email)
    phone = rule("contact_person", "phone").apply(chk, data.phone)
    notes = rule("contact_person", "notes").apply(chk, data.notes)
    lg = government
    if lg is None or lg.public_id != data.local_government_id:
        lg = find_ref(
            chk, session, LocalGovernment, data.local_government_id, "local_government_id"
        )
    chk.raise_if_any()
    assert lg is not None
    c.local_government = lg
    c.first_name, c.last_name, c.role = first, last, role
    c.email, c.phone, c.notes = email, phone, notes


def create_contact(db: Database, data: ContactInput) -> ContactView:
    return new_record(db, ContactPerson(active=True), _apply, data, _view_of)


def update_contact(
    db: Database, public_id: str, data: ContactInput, expected_version: int | None
) -> ContactView:
    return edit_record(db, ContactPerson, public_id, expected_version, _apply, data, _view_of)


_view_of = sessionless(_view)


def set_contact_active(
    db: Database,
    public_id: str,
    active: bool,
    *,
    on: date | None = None,
    expected_version: int | None = None,
) -> ContactView:
    """Make a contact inactive (they left the job) or active again; history stays."""
    chk = Checker()
    flag = chk.flag("active", active)
    since = chk.date("inactive_since", on or date.today(), "De datum")
    chk.raise_if_any()
    values = {"active": flag, "inactive_since": None if flag else since}
    return set_fields(db, ContactPerson, public_id, values, expected_version, _view_of)


def get_contact(db: Database, public_id: str) -> ContactView:
    return read_record(db, ContactPerson, public_id, _view_of)


def list_contacts(db: Database, local_government_id: str) -> list[ContactView]:
    """A government's contacts, active ones first, then by name.

    Read as plain columns, not as ORM objects: the busiest government has hundreds of
    contacts, and its page opens on this list."""
    with db.read() as session:
        lg = get_record(session, LocalGovernment, local_government_id)
        c = ContactPerson
        rows = session.execute(
            select(
                c.public_id,
                c.version,
                c.first_name,
                c.last_name,
                c.role,
                c.email,
                c.phone,
                c.notes,
                c.active,
                c.inactive_since,
            )
            .where(c.local_government_id == lg.id)
            .order_by(c.active.desc(), name_order(c.last_name), name_order(c.first_name))
        )
        return [
            ContactView(
                id=pid,
                version=version,
                local_government_id=lg.public_id,
                local_government_name=lg.name,
                first_name=first,
                last_name=last,
                role=role,
                email=email,
                phone=phone,
                notes=notes,
                active=active,
                inactive_since=since,
            )
            for pid, version, first, last, role, email, phone, notes, active, since in rows
        ]


def find_contacts_by_email(db: Database, address: str) -> list[ContactView]:
    """Contact persons with this e-mail address (case ignored for every letter, not
    only ASCII: SQLite's lower() leaves "É" alone, so "Émile@…" stored and "émile@…"
    received did not match there, though they did on PostgreSQL), active ones first.
    The database narrows down by the folded address; Python then compares case-folded,
    so accents still count ("emile@" is another address than "émile@")."""
    wanted = address.strip()
    if not wanted:
        return []
    with db.read() as session:
        dialect = session.get_bind().dialect.name
        # an ASCII address: lower() is exact on both databases (and quicker than folding)
        narrow = (
            func.lower(ContactPerson.email) == wanted.lower()
            if wanted.isascii()
            else folded_sql(ContactPerson.email, dialect) == fold(wanted)
        )
        rows = session.scalars(
            select(ContactPerson)
            .where(narrow)
            .order_by(ContactPerson.active.desc(), ContactPerson.id)
        )
        key = unicodedata.normalize("NFC", wanted).casefold()
        return [
            _view(c)
            for c in rows
            if unicodedata.normalize("NFC", c.email.strip()).casefold() == key
        ]


@dataclass(frozen=True)
class MergeReport:
    """What a merge moved onto the kept person, per kind of link."""

    kept: ContactView
    removed_id: str
    moved: dict[str, int]


def _fill_from(keep: ContactPerson, other: ContactPerson) -> None:
    """Empty fields of the kept person take the other's value; notes are joined."""
    for attr in ("first_name", "role", "email", "phone"):
        if not getattr(keep, attr).strip() and getattr(other, attr).strip():
            setattr(keep, attr, getattr(other, attr))
    line = f"Samengevoegd met {other.full_name or other.last_name}"
    if other.email and other.email.lower() != keep.email.lower():
        line += f" ({other.email})"
    line += f" op {date.today().strftime('%d/%m/%Y')}."
    parts = [p for p in (keep.notes.strip(), other.notes.strip(), line) if p]
    keep.notes = "\n".join(parts)
    if other.active and not keep.active:
        keep.active, keep.inactive_since = True, None


# Which of two answers to one invitation a merge keeps: having come beats having sent
# word, which beats staying away, which beats no answer (as the timeline ranks them).
_A = Attendance
_ATTENDANCE_RANK: dict[str, int] = {_A.PRESENT: 3, _A.EXCUSED: 2, _A.ABSENT: 1, _A.INVITED: 0}


def merge_in_session(session: Session, keep: ContactPerson, other: ContactPerson) -> dict[str, int]:
    """Move every link of ``other`` to ``keep`` and remove ``other``, inside the caller's
    transaction (the import's merge uses it too). Returns the links moved per kind."""
    if keep.id == other.id:
        raise ValidationError.single("contact_id", "Kies twee verschillende contactpersonen.")
    moved: dict[str, int] = {}
    linked: tuple[type[Any], ...] = (AdviceTalk, Trajectory, ContactMoment)
    for model in linked:
        rows = session.scalars(
            select(model).where(model.contacts.any(ContactPerson.id == other.id))
        )
        count = 0
        for record in rows:
            people = [p for p in record.contacts if p.id != other.id]
            if all(p.id != keep.id for p in people):
                people.append(keep)
            record.contacts = people
            touch(record)
            count += 1
        moved[model.__table__.name] = count
    count = 0
    for part in session.scalars(
        select(FocusGroupParticipant).where(FocusGroupParticipant.contact_person_id == other.id)
    ):
        twin = session.scalar(
            select(FocusGroupParticipant).where(
                FocusGroupParticipant.focus_group_id == part.focus_group_id,
                FocusGroupParticipant.local_government_id == part.local_government_id,
                FocusGroupParticipant.contact_person_id == keep.id,
            )
        )
        if twin is None:
            part.contact_person = keep
        else:  # both were invited to the same group: one row stays, the better answer wins
            if _ATTENDANCE_RANK.get(part.attendance, 0) > _ATTENDANCE_RANK.get(twin.attendance, 0):
                twin.attendance = part.attendance
            session.delete(part)
        count += 1
    moved["focus_group_participant"] = count
    count = 0
    for fb in session.scalars(select(Feedback).where(Feedback.contact_person_id == other.id)):
        fb.contact_person_id = keep.id
        count += 1
    moved["feedback"] = count
    count = 0
    for a in session.scalars(select(Attachment).where(Attachment.contact_person_id == other.id)):
        a.contact_person_id = keep.id
        count += 1
    moved["attachment"] = count
    _fill_from(keep, other)
    touch(keep)
    session.flush()
    session.delete(other)
    session.flush()
    return moved


def merge_contacts(
    db: Database,
    keep_id: str,
    other_id: str,
    *,
    keep_version: int | None = None,
    other_version: int | None = None,
) -> MergeReport:
    """Two records of one person become one: every talk, trajectory, contact moment,
    focus-group attendance, feedback and file of ``other`` moves to ``keep``; empty
    fields of ``keep`` take ``other``'s values; ``other`` is removed. One transaction;
    the change log records each moved link, the filled fields and the removal."""
    with write(db) as session:
        keep = get_record(session, ContactPerson, keep_id)
        other = get_record(session, ContactPerson, other_id)
        check_version(keep, keep_version)
        check_version(other, other_version)
        moved = merge_in_session(session, keep, other)
        return MergeReport(_view(keep), other_id, moved)


def fill_contact(
    session: Session,
    c: ContactPerson,
    data: ContactInput,
    government: LocalGovernment | None = None,
) -> None:
    """Check ``data`` and fill ``c`` inside the caller's transaction (a bulk import, which
    passes the ``government`` it already loaded, saving a query per row)."""
    _apply(session, c, data, government)
