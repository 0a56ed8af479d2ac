"""A database failure while reading is the domain error a write gives, not a traceback.

The app's lists refresh through ``db.read()`` (services and queries alike); a lost
PostgreSQL connection or a failing file there must come out as ``StorageError`` with a
Dutch message the interface can show, as a failed save does.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import OperationalError

from supportdesk.errors import StorageError
from supportdesk.queries.local_governments import LocalGovernmentFilter, list_local_governments
from supportdesk.services.team import list_team_members
from tests.conftest import PG_ADMIN_URL


def _fail_next_statement(db, message):
    """The next statement fails as a dropped connection does (the driver's error)."""

    def fail(*_args):
        event.remove(db.engine, "before_cursor_execute", fail)
        raise OperationalError("SELECT ...", {}, Exception(message))

    event.listen(db.engine, "before_cursor_execute", fail)


def test_a_failing_read_in_a_service_is_a_storage_error(db):
    _fail_next_statement(db, "server closed the connection unexpectedly")
    with pytest.raises(StorageError, match="server closed the connection"):
        list_team_members(db)
    assert list_local_governments(db)  # the next read works again (seeded governments)


def test_a_failing_read_in_a_query_is_a_storage_error(db):
    _fail_next_statement(db, "disk I/O error")
    with pytest.raises(StorageError, match="disk I/O error"):
        list_local_governments(db, LocalGovernmentFilter())


def test_a_locked_database_while_reading_says_so(db):
    _fail_next_statement(db, "database is locked")
    with pytest.raises(StorageError, match="bezet door een andere gebruiker"):
        list_team_members(db)


def test_a_postgresql_connection_lost_during_a_read(pg_db):
    """The server ends the session between two statements of one read."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(StorageError) as caught, pg_db.read() as session:
            pid = session.scalar(text("SELECT pg_backend_pid()"))
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            session.scalar(text("SELECT 1"))
        assert caught.value.message.startswith("De database gaf een fout")
    finally:
        admin.dispose()
    assert list_local_governments(pg_db)  # a new connection serves the next read
