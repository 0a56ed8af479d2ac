"""Contact persons at a local government: add, edit, make inactive (never deleted)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db.models import ContactPerson, LocalGovernment
from db.session import Database
from supportdesk.services._base import check_version, get_record, get_ref, write
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


def _apply(session: object, c: ContactPerson, data: ContactInput, lg: LocalGovernment) -> None:
    chk = Checker()
    last = chk.required("last_name", data.last_name, "De familienaam")
    first = chk.line("first_name", data.first_name, max_len=100)
    chk.line("last_name", data.last_name, max_len=100)
    role = chk.line("role", data.role, max_len=200)
    email = chk.email("email", data.email)
    phone = chk.line("phone", data.phone, max_len=50)
    notes = chk.text("notes", data.notes)
    chk.raise_if_any()
    c.local_government = lg
    c.first_name, c.last_name, c.role = first, last, role
    c.email, c.phone, c.notes = email, phone, notes


def create_contact(db: Database, data: ContactInput) -> ContactView:
    with write(db) as session:
        lg = get_ref(session, LocalGovernment, data.local_government_id, "local_government_id")
        c = ContactPerson()
        _apply(session, c, data, lg)
        session.add(c)
        session.flush()
        return _view(c)


def update_contact(
    db: Database, public_id: str, data: ContactInput, expected_version: int | None
) -> ContactView:
    with write(db) as session:
        c = get_record(session, ContactPerson, public_id)
        check_version(c, expected_version)
        lg = get_ref(session, LocalGovernment, data.local_government_id, "local_government_id")
        _apply(session, c, data, lg)
        session.flush()
        return _view(c)


def set_contact_active(
    db: Database,
    public_id: str,
    active: bool,
    *,
    on: date | None = None,
    expected_version: int | None = None,
) -> ContactView:
    """Make a contact inactive (they left the job) or active again; history stays."""
    with write(db) as session:
        c = get_record(session, ContactPerson, public_id)
        check_version(c, expected_version)
        c.active = active
        c.inactive_since = None if active else (on or date.today())
        session.flush()
        return _view(c)


def get_contact(db: Database, public_id: str) -> ContactView:
    with db.read() as session:
        return _view(get_record(session, ContactPerson, public_id))


def list_contacts(db: Database, local_government_id: str) -> list[ContactView]:
    """A government's contacts, active ones first, then by name."""
    with db.read() as session:
        lg = get_record(session, LocalGovernment, local_government_id)
        rows = session.scalars(
            select(ContactPerson)
            .where(ContactPerson.local_government_id == lg.id)
            .order_by(ContactPerson.active.desc(), ContactPerson.last_name, ContactPerson.first_name)
        )
        return [_view(c) for c in rows]
