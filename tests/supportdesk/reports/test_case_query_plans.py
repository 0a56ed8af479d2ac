"""The case summary's statements are driven by the government's own rows: none walks
the government's contacts probing a list of every talk id for each one (at 100,000
talks that was 640 x 1,700 probes, 0.6 s, in one statement)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from db.session import Database
from supportdesk.reports.data import case_summary_data
from tests.supportdesk.reports._fixtures import build_two_governments


def test_talk_contacts_are_found_from_the_talks(sqlite_db: Database) -> None:
    build_two_governments(sqlite_db)
    statements: list[tuple[str, Any]] = []

    def remember(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        statements.append((statement, params))

    event.listen(sqlite_db.engine, "before_cursor_execute", remember)
    try:
        data = case_summary_data(sqlite_db, "44021")
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", remember)
    assert any(t.contacts for t in data.advice_talks)
    joined = [
        (sql, params)
        for sql, params in statements
        if "advice_talk_contact" in sql and "contact_person" in sql
    ]
    assert joined
    with sqlite_db.engine.connect() as conn:
        for sql, params in joined:
            plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
            assert "LIST SUBQUERY" not in " ".join(plan), plan
            assert plan[0].startswith("SEARCH advice_talk "), plan
