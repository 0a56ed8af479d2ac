"""A contact person's data: export everything that names them, or erase them.

Contact persons are personal data (GDPR). A person can ask what the team keeps about
them, and ask to be forgotten.

Export gathers the person's own record, every record linked to them (advice talks,
trajectories, contact moments, focus groups, feedback), every record whose text
mentions their name, e-mail or phone, and the change-log entries about them.

Erasure replaces their name and details, but keeps their row and its links, so every
count (advice talks with a contact, attendance of focus groups) and so every indicator
stays the same. Text elsewhere that mentions their full name, e-mail or phone has those
words replaced. The change log gets one "erase" entry that says which fields were
erased but not what they held, and every older entry is rewritten so that none keeps
the erased values. On SQLite the freed space is zeroed (``secure_delete``) and the WAL
emptied, so the values are gone from the file as well; backups made before the erasure
still hold them until rotation removes them (see the README).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, Text, literal, or_, select
from sqlalchemy.orm import Session

from db.base import Base, RecordMixin
from db.models import (
    AdviceTalk,
    ChangeLogEntry,
    ContactMoment,
    ContactPerson,
    Feedback,
    FocusGroupParticipant,
    Trajectory,
)
from db.session import Database
from supportdesk.safety.audit import (
    REDACT_KEY,
    REDACTED,
    decode_changes,
    plain,
    record_history,
)
from supportdesk.search.folding import contains_folded, fold, folded_sql, replace_folded
from supportdesk.search.indexer import merge_segments
from supportdesk.services._base import check_version, get_record, write
from supportdesk.services.person_files import (
    export_row,
    person_attachments,
    remove_person_attachments,
)

PERSON_FIELDS = ("first_name", "last_name", "role", "email", "phone", "notes")
ERASED_NAME = "Gewiste contactpersoon"
EXPORT_FORMAT = "supportdesk-person/1"
MIN_TERM = 5  # shorter words are too common to replace in someone else's text
_NOT_TEXT = (
    "public_id",
    "created_by",
    "updated_by",
)  # shorter words are too common to replace in someone else's text


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure did: the person, how many other records and log entries."""

    contact_id: str
    records_changed: int
    log_entries_rewritten: int


def _record_classes() -> list[type[Any]]:
    return [
        m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, RecordMixin) and hasattr(m.class_, "__table__")
    ]


def _text_columns(cls: type[Any]) -> list[str]:
    return [
        c.key
        for c in cls.__table__.columns
        if isinstance(c.type, String | Text)
        and c.key not in ("public_id", "created_by", "updated_by")
    ]


def terms_of(c: ContactPerson) -> list[str]:
    """The words that name this person in someone else's text: full name, e-mail, phone."""
    terms = []
    if c.first_name.strip() and c.last_name.strip():
        terms.append(f"{c.first_name.strip()} {c.last_name.strip()}")
    for value in (c.email, c.phone):
        if len(value.strip()) >= MIN_TERM:
            terms.append(value.strip())
    return terms


def _like_folded(term: str) -> str:
    """A LIKE pattern that every text naming ``term`` matches once folded: the folded
    words in order with anything between them (Python then checks the words exactly)."""
    parts = [
        p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for p in fold(term).split()
    ]
    return "%" + "%".join(parts) + "%"


def _folded_match(column: Any, terms: list[str], dialect: str) -> Any:
    folded = folded_sql(column, dialect)
    return or_(*(folded.like(literal(_like_folded(t)), escape="\\") for t in terms))


def _mentions(session: Session, terms: list[str], skip: RecordMixin) -> list[tuple[Any, str]]:
    """Records (and the field) whose text names one of ``terms``, compared folded."""
    terms = [t for t in terms if fold(t).split()]
    if not terms:
        return []
    dialect = session.get_bind().dialect.name
    found: list[tuple[Any, str]] = []
    for cls in _record_classes():
        cols = _text_columns(cls)
        if not cols:
            continue
        cond = or_(*(_folded_match(getattr(cls, k), terms, dialect) for k in cols))
        for obj in session.scalars(select(cls).where(cond)):
            if obj is skip:
                continue
            for k in cols:
                value = getattr(obj, k)
                if isinstance(value, str) and contains_folded(value, terms):
                    found.append((obj, k))
    return found


def _row(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"table": obj.__table__.name, "id": obj.public_id}
    for col in obj.__table__.columns:
        if col.key not in ("id", "public_id") and not col.foreign_keys:
            out[col.key] = plain(getattr(obj, col.key))
    return out


def export_person(db: Database, contact_id: str) -> dict[str, Any]:
    """Everything the database holds that names this contact person, as plain data."""
    with db.read() as session:
        c = get_record(session, ContactPerson, contact_id)
        linked: list[Any] = []
        linked += session.scalars(
            select(AdviceTalk).where(AdviceTalk.contacts.any(ContactPerson.id == c.id))
        )
        linked += session.scalars(
            select(Trajectory).where(Trajectory.contacts.any(ContactPerson.id == c.id))
        )
        linked += session.scalars(
            select(ContactMoment).where(ContactMoment.contacts.any(ContactPerson.id == c.id))
        )
        linked += session.scalars(
            select(FocusGroupParticipant).where(FocusGroupParticipant.contact_person_id == c.id)
        )
        linked += session.scalars(select(Feedback).where(Feedback.contact_person_id == c.id))
        files = [export_row(session, a, c) for a in person_attachments(session, c, linked)]
        mentioned: dict[tuple[str, str], tuple[Any, list[str]]] = {}
        for obj, field in _mentions(session, terms_of(c), c):
            mentioned.setdefault((obj.__table__.name, obj.public_id), (obj, []))[1].append(field)
        person = _row(c)
        person["local_government"] = c.local_government.name
        data: dict[str, Any] = {
            "format": EXPORT_FORMAT,
            "exported_on": date.today().isoformat(),
            "person": person,
            "linked_records": [_row(o) for o in linked],
            "attachments": files,  # of those records and from or about the person, base64
            "mentioned_in": [
                {**_row(o), "mentioning_fields": sorted(fields)} for o, fields in mentioned.values()
            ],
        }
    data["change_log"] = [
        {
            "at": e.at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "changes": {ch.field: [ch.old, ch.new] for ch in e.changes},
        }
        for e in record_history(db, contact_id, resolve_names=False)
    ]
    return data


def export_person_json(db: Database, contact_id: str) -> str:
    """``export_person`` as readable JSON text (UTF-8, names as typed)."""
    return json.dumps(export_person(db, contact_id), ensure_ascii=False, indent=2)


def _scrub_value(value: Any, terms: list[str]) -> Any:
    if isinstance(value, list):
        return [_scrub_value(v, terms) for v in value]
    if isinstance(value, str) and terms:
        return replace_folded(value, terms, REDACTED)
    return value


def _scrub_log(session: Session, c: ContactPerson, terms: list[str]) -> int:
    """Rewrite change-log entries so that none keeps an erased value. Returns the count."""
    terms = [t for t in terms if fold(t).split()]
    dialect = session.get_bind().dialect.name
    cond = [ChangeLogEntry.record_id == c.public_id]
    if terms:
        # (the log's JSON is written with ensure_ascii=False: names appear as typed)
        cond.append(_folded_match(ChangeLogEntry.changes, terms, dialect))
    rewritten = 0
    for entry in session.scalars(select(ChangeLogEntry).where(or_(*cond))):
        changes = decode_changes(entry.changes)
        own = entry.record_id == c.public_id and entry.table_name == "contact_person"
        new: dict[str, Any] = {}
        for field, pair in changes.items():
            if own and field in PERSON_FIELDS and entry.action != "erase":
                new[field] = [REDACTED if v not in (None, "") else v for v in pair]
            else:
                new[field] = _scrub_value(pair, terms)
        text = json.dumps(new, ensure_ascii=False, sort_keys=True)
        if text != entry.changes:
            entry.changes = text
            rewritten += 1
    return rewritten


def erase_person(
    db: Database, contact_id: str, expected_version: int | None = None
) -> ErasureReport:
    """Erase a contact person's name and details; keep their row, links and counts.

    One transaction: the person, the texts that mention them and the change log are
    rewritten together or not at all.
    """
    with write(db) as session:
        conn = session.connection()
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
        c = get_record(session, ContactPerson, contact_id)
        check_version(c, expected_version)
        terms = terms_of(c)
        redact: dict[tuple[str, str], str] = session.info.setdefault(REDACT_KEY, {})
        redact[("contact_person", c.public_id)] = "erase"
        changed = 0
        for obj, field in _mentions(session, terms, c):
            setattr(obj, field, replace_folded(getattr(obj, field), terms, REDACTED))
            redact[(obj.__table__.name, obj.public_id)] = "erase"
            changed += 1
        for a in remove_person_attachments(session, c):  # files from or about them
            redact[("attachment", a.public_id)] = "erase"
            changed += 1
        c.first_name, c.last_name = "", ERASED_NAME
        c.role = c.email = c.phone = c.notes = ""
        if c.active:
            c.active = False
            c.inactive_since = date.today()
        session.flush()  # writes the "erase" entries (values redacted by the listener)
        rewritten = _scrub_log(session, c, terms)
        session.flush()
        public_id = c.public_id
    if db.is_sqlite:
        _purge_sqlite(db)
    return ErasureReport(public_id, changed, rewritten)


def _purge_sqlite(db: Database) -> None:
    """Drop what SQLite keeps of the old values: FTS segments, freed pages, the WAL.

    ``secure_delete`` zeroes what a connection deletes, but it is per connection and the
    merge of the search index's segments may run on another pooled one; pages freed or
    left partly used can then keep old terms. VACUUM rewrites the file from the live
    rows only (a few seconds on a big database; an erasure is rare), and the WAL is
    emptied after it.
    """
    with db.write() as session:
        conn = session.connection()
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        merge_segments(conn)  # both full-text tables: the names one too
    raw = db.engine.raw_connection()  # outside SQLAlchemy's BEGIN: VACUUM needs no transaction
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
