"""The trajectories needing attention (the navigation bar's count, read at every start
and after every save) look up each trajectory's own follow-up actions: SQLite must not
answer the "open overdue action" probe with the index of every open action by due date,
which walked all the database's overdue actions once per trajectory (at 100,000 talks
15,000 x 15,000 rows: the start hung for minutes on that one count)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event

from db.session import Database
from supportdesk.queries.trajectories import TrajectoryFilter, count_trajectories


def test_attention_count_probes_each_trajectorys_own_actions(sqlite_db: Database) -> None:
    statements: list[tuple[str, Any]] = []

    def remember(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        statements.append((statement, params))

    today = date(2025, 6, 1)
    event.listen(sqlite_db.engine, "before_cursor_execute", remember)
    try:
        for attention in ("any", "overdue"):
            count_trajectories(sqlite_db, TrajectoryFilter(attention=attention, today=today))
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", remember)
    counted = [(sql, params) for sql, params in statements if "follow_up_action" in sql]
    assert len(counted) == 2
    with sqlite_db.engine.connect() as conn:
        for sql, params in counted:
            plan = " | ".join(
                row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
            )
            assert "ix_follow_up_open_due" not in plan, plan
            assert "SEARCH follow_up_action USING" in plan and "trajectory_id=?" in plan, plan
