"""Reading a year's plan takes a fixed number of statements, not one per item for its
activity kinds (the Overzicht and ``supportdesk stats`` read the ~20 items at every
start; issue 15)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from db.session import Database
from supportdesk.plan_items import read_year


def test_a_years_plan_is_read_in_a_few_statements(sqlite_db: Database) -> None:
    seen: list[str] = []

    def remember(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not statement.startswith(("BEGIN", "ROLLBACK")):
            seen.append(statement)

    with sqlite_db.read() as session:
        assert read_year(session, 2025)  # the seeded plan
        event.listen(sqlite_db.engine, "before_cursor_execute", remember)
        try:
            session.expire_all()
            items = read_year(session, 2025)
        finally:
            event.remove(sqlite_db.engine, "before_cursor_execute", remember)
    assert len(items) > 10
    assert any(item.activity_kinds for item in items)
    assert len(seen) <= 3, seen  # items, their kinds, the targets
