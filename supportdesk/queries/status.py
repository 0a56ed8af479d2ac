"""What the app asks about a database as a whole when it starts."""

from __future__ import annotations

from sqlalchemy import select

from db.reference import REFERENCE_ACTOR
from db.session import Database
from supportdesk.bulk import REFERENCE_TABLES, record_tables


def has_user_records(db: Database) -> bool:
    """True once the team made anything (untouched reference data does not count): the
    app offers demo data only on a database without any.

    The same rule as ``supportdesk.bulk.user_record_count``, but it stops at the first
    record found (one indexed lookup per table) instead of counting them all, which
    takes a noticeable moment at start on a database with 100,000 talks.
    """
    with db.read() as session:
        for table in record_tables():
            query = select(1).select_from(table)
            if table.name in REFERENCE_TABLES:
                if "created_by" not in table.c:
                    continue  # aliases follow their municipality
                query = query.where((table.c.created_by != REFERENCE_ACTOR) | (table.c.version > 1))
            if session.execute(query.limit(1)).first() is not None:
                return True
    return False
