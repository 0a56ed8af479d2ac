"""Keeps ``search_document`` in step with the records, after every flush and in bulk.

An ``after_flush`` listener on the Session class looks at what the flush wrote: every
new, changed or deleted searchable record (and the parts that live in its document:
a government's former names, a trajectory's contact moments, a focus group's
participants and findings) has its document rebuilt in the same transaction. When a
name that other documents include changes (a government, contact, team member, theme
or tool), those documents are rebuilt too. On SQLite the triggers of migration 0002
carry each change into the FTS5 table; on PostgreSQL the generated ``tsv`` column does.

Writes made with Core statements (bulk inserts by the demo generator, an import) do
not pass through the listener: call ``reindex_all`` or ``refresh`` afterwards. A session
with ``session.info["search_index"] = False`` is skipped, for the same bulk cases.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from itertools import chain
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    case,
    delete,
    event,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Session, UOWTransaction

from db.models import (
    SearchDocument,
)
from db.session import Database
from supportdesk.search.dependents import CASCADES_TO_ACTIONS, DEPENDENTS, NAMES, PARTS
from supportdesk.search.documents import Selector, build, by_ids, by_range, run
from supportdesk.search.kinds import (
    FOLLOW_UP_ACTION,
    KIND_CODES,
    KIND_SLOTS,
    KINDS,
    TABLES,
    document_id,
)

CHUNK = 500  # ids per statement when refreshing after a flush
BULK_CHUNK = 2000  # records per step of reindex_all

#: the searchable kind of a mapped record, by the table it is mapped to
_SEARCHABLE: dict[Table, str] = {table: kind for kind, table in TABLES.items()}


sd = cast(Table, SearchDocument.__table__)

FTS_AUTOMERGE_DEFAULT = 4  # FTS5's own default
_FTS_AUTOMERGE = "INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', {})"


def _chunks(ids: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _sync(conn: Connection, kind: str, sel: Selector) -> int:
    """Rebuild the documents of the ``kind`` records picked by ``sel``; writes only the
    documents that changed (fewer FTS writes, less index fragmentation). Returns how
    many rows of search_document were written or deleted."""
    docs = build(conn, kind, sel)
    existing = {
        row.record_id: row
        for row in run(
            conn,
            sel,
            ("documents", kind),
            lambda s: select(
                sd.c.id, sd.c.record_id, sd.c.title, sd.c.title_folded, sd.c.body
            ).where(sd.c.kind == kind, s(sd.c.record_id)),
        )
    }
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for d in docs:
        old = existing.pop(d.record_id, None)
        values = {"title": d.title, "title_folded": d.title_folded, "body": d.body}
        doc_id = document_id(kind, d.record_id)
        if old is not None and old.id != doc_id:  # made before ids told the kind
            existing[d.record_id] = old
            old = None
        if old is None:
            inserts.append({"id": doc_id, "kind": kind, "record_id": d.record_id, **values})
        elif (old.title, old.title_folded, old.body) != (d.title, d.title_folded, d.body):
            updates.append({"doc_id": old.id, **{f"new_{k}": v for k, v in values.items()}})
    if existing:
        gone = [row.id for row in existing.values()]
        for part in _chunks(gone, CHUNK):
            conn.execute(delete(sd).where(sd.c.id.in_(part)))
    if updates:
        conn.execute(
            update(sd)
            .where(sd.c.id == bindparam("doc_id"))
            .values(
                title=bindparam("new_title"),
                title_folded=bindparam("new_title_folded"),
                body=bindparam("new_body"),
            ),
            updates,
        )
    if inserts:
        conn.execute(insert(sd), inserts)
    return len(inserts) + len(updates) + len(existing)


def refresh(conn: Connection, records: Mapping[str, Collection[int]]) -> int:
    """Bring the documents of these records (kind -> record ids) in step with them:
    rebuilt if the record exists, removed if it does not."""
    written = 0
    for kind, ids in records.items():
        for part in _chunks(sorted(ids), CHUNK):
            written += _sync(conn, kind, by_ids(part))
    return written


def _purge_orphans(conn: Connection, kind: str) -> None:
    table = TABLES[kind]
    conn.execute(delete(sd).where(sd.c.kind == kind, sd.c.record_id.not_in(select(table.c.id))))


def reindex_all(db: Database) -> int:
    """Rebuild every document in bulk (one transaction), then optimise the index.

    Only documents whose text changed are written, so running it on a sound index is
    cheap; on an empty one it indexes everything. Returns how many rows it wrote.
    """
    written = 0
    with db.write() as session:
        conn = session.connection()
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # No merging while thousands of documents arrive: the final 'optimize'
            # merges once (saves ~25% of the indexing time in measurements).
            conn.exec_driver_sql(_FTS_AUTOMERGE.format(0))
        # Documents from before ids told the kind: their ids may be wanted by others.
        code = case(KIND_CODES, value=sd.c.kind, else_=0)
        conn.execute(delete(sd).where(sd.c.id != sd.c.record_id * KIND_SLOTS + code))
        for kind in KINDS:
            table = TABLES[kind]
            ids = conn.scalars(select(table.c.id).order_by(table.c.id)).all()
            for part in _chunks(ids, BULK_CHUNK):
                written += _sync(conn, kind, by_range(part[0], part[-1]))
            _purge_orphans(conn, kind)
        if sqlite:
            conn.exec_driver_sql(_FTS_AUTOMERGE.format(FTS_AUTOMERGE_DEFAULT))
    optimize(db)
    return written


def optimize(db: Database) -> None:
    """Merge the FTS5 index into one segment (SQLite) or refresh statistics (PostgreSQL).

    Many small writes leave many small segments, which made queries up to 1.8x slower
    in measurements; merging them restores the speed of a fresh index.
    """
    with db.write() as session:
        conn = session.connection()
        if conn.dialect.name == "sqlite":
            merge_segments(conn)
        elif conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ANALYZE search_document")


#: SQLite's full-text tables: every document (0002/0009), the names only (0015)
FTS_TABLES = ("search_fts", "search_fts_names")


def merge_segments(conn: Connection) -> None:
    """Merge each full-text table into one segment (SQLite). Also what removes the terms
    of deleted documents from the file: a segment keeps them until it is merged."""
    for table in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def _ids_of(state: Any, attr: str) -> set[int]:
    """The current and previous values of an integer column of a flushed object."""
    values: set[int] = set()
    current = state.dict.get(attr)
    if current is not None:
        values.add(current)
    history = state.attrs[attr].history
    values.update(v for v in chain(history.deleted or (), history.unchanged or ()) if v is not None)
    return values


def _record_id(state: Any) -> int | None:
    value = state.dict.get("id")
    if value is None and state.identity:
        value = state.identity[0]
    return value if isinstance(value, int) else None


def touched_records(session: Session) -> tuple[dict[str, set[int]], dict[type, set[int]], bool]:
    """What a flush changed: documents to rebuild, names changed, follow-ups cascaded."""
    touched: dict[str, set[int]] = defaultdict(set)
    renamed: dict[type, set[int]] = defaultdict(set)
    cascades = False
    for obj in chain(session.new, session.dirty, session.deleted):
        cls = type(obj)
        state = inspect(obj)
        kind = _SEARCHABLE.get(state.mapper.local_table)
        if kind is not None:
            rid = _record_id(state)
            if rid is not None:
                touched[kind].add(rid)
        part = PARTS.get(cls)
        if part is not None:
            touched[part[0]].update(_ids_of(state, part[1]))
        names = NAMES.get(cls)
        persistent = obj not in session.new and obj not in session.deleted
        if names and persistent and any(state.attrs[a].history.has_changes() for a in names):
            rid = _record_id(state)
            if rid is not None:
                renamed[cls].add(rid)
        if obj in session.deleted and isinstance(obj, CASCADES_TO_ACTIONS):
            cascades = True
    return touched, renamed, cascades


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    """Rebuild the documents of what this flush wrote, in the same transaction."""
    if session.info.get("search_index", True) is False:
        return
    touched, renamed, cascades = touched_records(session)
    if not touched and not renamed and not cascades:
        return
    conn = session.connection()
    for cls, ids in renamed.items():
        for kind, stmt in DEPENDENTS[cls]:
            for part in _chunks(sorted(ids), CHUNK):
                touched[kind].update(conn.scalars(stmt(list(part))))
    refresh(conn, touched)
    if cascades:
        _purge_orphans(conn, FOLLOW_UP_ACTION)
