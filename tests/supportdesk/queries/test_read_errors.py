"""Every list a page refreshes gives the domain error when the database fails during
the read (a lost connection, a damaged file), not a driver traceback (issue 11 point 2).
``tests/supportdesk/services/test_read_errors.py`` covers the services and a real
PostgreSQL connection ended by the server."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from supportdesk.errors import StorageError
from supportdesk.queries import (
    advice_talks,
    focus_groups,
    follow_ups,
    local_governments,
    overview,
    status,
    trajectories,
)

READS = {
    "advice_talks_page": lambda db: advice_talks.advice_talks_page(db),
    "count_advice_talks": lambda db: advice_talks.count_advice_talks(db, cap=500),
    "local_governments_page": lambda db: local_governments.local_governments_page(db),
    "trajectories_page": lambda db: trajectories.trajectories_page(db),
    "focus_groups_page": lambda db: focus_groups.focus_groups_page(db),
    "follow_up_groups": lambda db: follow_ups.follow_up_groups(db),
    "follow_up_rows": lambda db: follow_ups.follow_up_rows(db, "overdue", 0),
    "overdue_count": lambda db: follow_ups.overdue_count(db),
    "recent_activity": lambda db: overview.recent_activity(db),
    "has_user_records": lambda db: status.has_user_records(db),
}


def _fail_next_statement(db, message):
    def fail(*_args):
        event.remove(db.engine, "before_cursor_execute", fail)
        raise OperationalError("SELECT ...", {}, Exception(message))

    event.listen(db.engine, "before_cursor_execute", fail)


@pytest.mark.parametrize("read", sorted(READS))
def test_a_lost_connection_during_a_list_read_is_a_storage_error(db, read):
    _fail_next_statement(db, "server closed the connection unexpectedly")
    with pytest.raises(StorageError, match="server closed the connection"):
        READS[read](db)
    READS[read](db)  # the next read works again
