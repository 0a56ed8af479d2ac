"""The change log writer: a Session flush listener, and reading a record's history.

Every flush that creates, changes, archives or deletes a record (anything with
``RecordMixin``) adds one ``change_log`` row per record, in the same transaction as the
change itself: a save and its log entry are kept or lost together. Registering happens
on import (``supportdesk.database`` imports this module), for every Session.

What is logged: each changed column as ``{field: [old, new]}``; a foreign key as the
public id of the record it names (the same ids the services take), a many-to-many
collection as the list of public ids before and after. Bookkeeping columns (id, version,
created/updated stamps) are left out: the entry itself says who and when.

Reference data loaded at start (``db.reference``) is not logged: it is no one's change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Connection, Table, event, insert, inspect, select
from sqlalchemy.orm import ColumnProperty, RelationshipProperty, Session
from sqlalchemy.orm.attributes import PASSIVE_NO_INITIALIZE, get_history

from db.base import Base, RecordMixin
from db.models import ChangeLogEntry
from db.reference import REFERENCE_ACTOR
from db.session import Database, default_actor

SKIPPED_FIELDS = frozenset(
    {"id", "public_id", "version", "created_at", "created_by", "updated_at", "updated_by"}
)
# Fields whose flip is an archive (or un-archive) rather than a plain change.
ARCHIVE_FIELDS = {"archived": True, "active": False}  # field -> value that means archived
REDACTED = "[gewist]"

# session.info key: {(table, public_id): action} for records whose entry must hold no
# values (an erasure writes what changed, never what was there).
REDACT_KEY = "audit_redact"
# session.info key: set False to write no entries (restoring an import keeps its own log).
ENABLED_KEY = "audit_enabled"

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def plain(value: Any) -> Any:
    """A JSON-safe form of a column value (dates as ISO text)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


class _Refs:
    """Integer foreign keys to public ids, looked up once per flush."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cache: dict[tuple[str, int], str | None] = {}

    def public_id(self, column: Column[Any], value: Any) -> Any:
        if value is None:
            return None
        fk = next(iter(column.foreign_keys))
        table = fk.column.table
        if not isinstance(table, Table) or "public_id" not in table.c:
            return plain(value)
        key = (table.name, int(value))
        if key not in self.cache:
            self.cache[key] = self.conn.execute(
                select(table.c.public_id).where(fk.column == value)
            ).scalar()
        return self.cache[key]


def _ids(objs: Any) -> list[Any]:
    """Public ids; rows without one (a government's former names) by their name."""
    return [getattr(o, "public_id", None) or getattr(o, "name", None) for o in objs]


def _logged_collection(prop: RelationshipProperty[Any]) -> bool:
    """A many-to-many collection, or the rows a record owns that have no public id of
    their own (a government's former names): both are part of the record's fields."""
    if prop.secondary is not None:
        return True
    return bool(prop.uselist) and not issubclass(prop.mapper.class_, RecordMixin)


def _fields(obj: RecordMixin, refs: _Refs, mode: str) -> dict[str, list[Any]]:
    """The changed fields of ``obj``: mode "create", "change" or "delete"."""
    state = inspect(obj)
    mapper = state.mapper
    changes: dict[str, list[Any]] = {}
    for prop in mapper.iterate_properties:
        key = prop.key
        if key in SKIPPED_FIELDS:
            continue
        if isinstance(prop, ColumnProperty):
            column = prop.columns[0]
            if not isinstance(column, Column):
                continue
            hist = get_history(obj, key, passive=PASSIVE_NO_INITIALIZE)
            current = state.dict.get(key)
            if mode == "create":
                old, new = None, current
            elif mode == "delete":
                old = hist.deleted[0] if hist.deleted else current
                new = None
            else:
                if not hist.added and not hist.deleted:
                    continue
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else current
            if column.foreign_keys:
                old, new = refs.public_id(column, old), refs.public_id(column, new)
            else:
                old, new = plain(old), plain(new)
            if mode != "change" and old in (None, "") and new in (None, ""):
                continue
            if old != new or mode != "change":
                changes[key] = [old, new]
        elif isinstance(prop, RelationshipProperty) and _logged_collection(prop):
            hist = get_history(obj, key, passive=PASSIVE_NO_INITIALIZE)
            if not hist.added and not hist.deleted and mode == "change":
                continue
            before = _ids(list(hist.unchanged or ()) + list(hist.deleted or ()))
            after = _ids(list(hist.unchanged or ()) + list(hist.added or ()))
            if mode == "create":
                before = []
            if mode == "delete":
                after = []
            if before != after:
                changes[key] = [before, after]
    return changes


def _action(changes: dict[str, list[Any]]) -> str:
    for field, archived_value in ARCHIVE_FIELDS.items():
        if field in changes:
            old, new = changes[field]
            if new == archived_value and old != archived_value:
                return "archive"
            if old == archived_value and new != archived_value:
                return "unarchive"
    return "change"


def _redact(changes: dict[str, list[Any]]) -> dict[str, list[Any]]:
    return {f: [REDACTED if old is not None else None, new] for f, (old, new) in changes.items()}


@event.listens_for(Session, "after_flush")
def _write_change_log(session: Session, _ctx: object) -> None:
    """One change_log row per created, changed or deleted record of this flush."""
    actor = session.info.get("actor") or default_actor()
    if actor == REFERENCE_ACTOR or session.info.get(ENABLED_KEY) is False:
        return
    redact: dict[tuple[str, str], str] = session.info.get(REDACT_KEY, {})
    conn = session.connection()
    refs = _Refs(conn)
    # Microseconds kept (unlike the record stamps): entries order by time, also after an
    # export and import, which orders rows without public id by their columns.
    now = datetime.now(UTC).replace(tzinfo=None)
    rows: list[dict[str, Any]] = []

    def add(obj: RecordMixin, action: str, changes: dict[str, list[Any]]) -> None:
        table = obj.__table__.name
        override = redact.get((table, obj.public_id))
        if override:
            action, changes = override, _redact(changes)
        rows.append(
            {
                "at": now,
                "actor": actor,
                "table_name": table,
                "record_id": obj.public_id,
                "action": action,
                "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
            }
        )

    for obj in session.new:
        if isinstance(obj, RecordMixin):
            add(obj, "create", _fields(obj, refs, "create"))
    for obj in session.dirty:
        if isinstance(obj, RecordMixin) and obj not in session.deleted:
            changes = _fields(obj, refs, "change")
            if changes:
                add(obj, _action(changes), changes)
    for obj in session.deleted:
        if isinstance(obj, RecordMixin):
            add(obj, "delete", _fields(obj, refs, "delete"))
    if rows:
        conn.execute(insert(ChangeLogEntry), rows)


# --- reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One field of an entry: its name, the value before and after, as stored."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ChangeLogView:
    """One change-log entry as the interface and the export show it."""

    id: int
    at: datetime
    actor: str
    table_name: str
    record_id: str
    action: str
    changes: tuple[Change, ...]


def decode_changes(text: str) -> dict[str, list[Any]]:
    """The ``changes`` JSON of an entry; an unreadable one reads as no fields."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _view(e: ChangeLogEntry, names: dict[str, str]) -> ChangeLogView:
    def named(v: Any) -> Any:
        if isinstance(v, list):
            return [named(x) for x in v]
        if isinstance(v, str) and v in names:
            return names[v]
        return v

    changes = tuple(
        Change(field, named(pair[0]), named(pair[1]))
        for field, pair in sorted(decode_changes(e.changes).items())
        if isinstance(pair, list) and len(pair) == 2
    )
    return ChangeLogView(e.id, e.at, e.actor, e.table_name, e.record_id, e.action, changes)


def _record_classes() -> list[type[Any]]:
    return [
        m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, RecordMixin) and hasattr(m.class_, "__table__")
    ]


def names_for(session: Session, public_ids: set[str]) -> dict[str, str]:
    """Display names of the records with these public ids (for showing references)."""
    from supportdesk.services._base import display_name

    wanted = {p for p in public_ids if isinstance(p, str) and _UUID.match(p)}
    found: dict[str, str] = {}
    for cls in _record_classes():
        if not wanted - found.keys():
            break
        for obj in session.scalars(select(cls).where(cls.public_id.in_(wanted - found.keys()))):
            found[obj.public_id] = display_name(obj)
    return found


def _referenced(entries: list[ChangeLogEntry]) -> set[str]:
    out: set[str] = set()
    for e in entries:
        for pair in decode_changes(e.changes).values():
            for side in pair if isinstance(pair, list) else []:
                for v in side if isinstance(side, list) else [side]:
                    if isinstance(v, str):
                        out.add(v)
    return out


def record_history(
    db: Database, record_id: str, *, resolve_names: bool = True
) -> list[ChangeLogView]:
    """What happened to one record (by public id), oldest first.

    With ``resolve_names`` references show the name of the record they point to, as it
    is now (a deleted record keeps its id).
    """
    with db.read() as session:
        entries = list(
            session.scalars(
                select(ChangeLogEntry)
                .where(ChangeLogEntry.record_id == record_id)
                .order_by(ChangeLogEntry.at, ChangeLogEntry.id)
            )
        )
        names = names_for(session, _referenced(entries)) if resolve_names else {}
        return [_view(e, names) for e in entries]


def recent_changes(db: Database, limit: int = 100) -> list[ChangeLogView]:
    """The newest entries of the whole log, newest first."""
    with db.read() as session:
        entries = list(
            session.scalars(
                select(ChangeLogEntry)
                .order_by(ChangeLogEntry.at.desc(), ChangeLogEntry.id.desc())
                .limit(limit)
            )
        )
        return [_view(e, {}) for e in entries]
