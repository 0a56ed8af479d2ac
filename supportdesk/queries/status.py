"""What the app asks about a database as a whole when it starts."""

from __future__ import annotations

from db.session import Database
from supportdesk.bulk import user_record_count


def has_user_records(db: Database) -> bool:
    """True once the team made anything (reference data alone does not count): the app
    offers demo data only on a database without any."""
    with db.read() as session:
        return user_record_count(session.connection()) > 0
