"""Whether the search index must be built before a database is used: asked at every
open (``supportdesk.database``), so it reads with Core only (no indexer, no ORM)."""

from __future__ import annotations

from sqlalchemy import Connection, select

from db.tables.search import search_document as sd
from supportdesk.search.kinds import KIND_CODES, KINDS, TABLES, document_id


def index_needs_building(conn: Connection) -> bool:
    """True when the index must be built: no document exists while searchable records
    do (a database from revision 0001, or filled with Core), or the documents predate
    ids that tell their kind (checked on the newest one)."""
    newest = conn.execute(
        select(sd.c.id, sd.c.kind, sd.c.record_id).order_by(sd.c.id.desc()).limit(1)
    ).first()
    if newest is not None:
        return bool(
            newest.kind not in KIND_CODES or newest.id != document_id(newest.kind, newest.record_id)
        )
    return any(
        conn.execute(select(TABLES[kind].c.id).limit(1)).first() is not None for kind in KINDS
    )
