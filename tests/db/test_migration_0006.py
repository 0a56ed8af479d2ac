"""Migration 0006: focus groups get a status; stopped-before-start trajectories are mended.

A database at revision 0005 holding focus groups (yesterday, today, tomorrow) with their
participants, organisers and findings, and trajectories (one stopped before its planned
start), is upgraded; every row stays, past and today's focus groups become "held",
future ones "planned", and ``supportdesk check`` finds nothing wrong. Runs on SQLite and,
when ``SUPPORTDESK_TEST_PG`` is set, on PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    MetaData,
    text,
)

from db.migrate import current_revision, upgrade
from tests.db.old_rows import record_columns
from tests.db.revisions import assert_clean_at_newest

STAMP = datetime(2025, 1, 1, 9, 0)


def _filler(column: Any) -> Any:
    kind = column.type
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, DateTime):
        return STAMP
    if isinstance(kind, Date):
        return STAMP.date()
    if isinstance(kind, Integer):
        return 1
    return ""


def _insert(conn: Connection, table: str, **values: object) -> None:
    """One row; columns not given get a plain value when they may not be empty."""
    meta = MetaData()
    meta.reflect(conn, only=[table])
    row: dict[str, Any] = {**record_columns(STAMP, "x"), **values}
    for column in meta.tables[table].columns:
        if column.name not in row and not column.nullable and not column.primary_key:
            row[column.name] = _filler(column)
    conn.execute(meta.tables[table].insert(), row)


def test_upgrade_0005_to_0006_keeps_focus_groups_and_gives_them_a_status(
    old_engine: Engine,
) -> None:
    upgrade(old_engine, "0005")
    today = date.today()
    with old_engine.begin() as conn:
        _insert(conn, "local_government", id=1, name="Ærø Kommune", kind="municipality")
        _insert(conn, "team_member", id=1, name="Łukasz", active=True)
        _insert(conn, "tool", id=1, name="Zelfscan", active=True)
        for fid, day in ((1, today - timedelta(days=1)), (2, today), (3, today + timedelta(1))):
            _insert(
                conn,
                "focus_group",
                id=fid,
                date=day,
                topic=f"fg{fid}",
                place="",
                online=False,
                new_tool_needs="",
                notes="Özdemir <&>",
                archived=False,
            )
            _insert(
                conn,
                "focus_group_participant",
                id=fid,
                focus_group_id=fid,
                local_government_id=1,
                attendance="present",
            )
            _insert(conn, "tool_finding", id=fid, focus_group_id=fid, tool_id=1, findings="ok")
            conn.execute(
                text(
                    "INSERT INTO focus_group_member (focus_group_id, team_member_id) VALUES (:f, 1)"
                ),
                {"f": fid},
            )
        common = dict(
            local_government_id=1,
            title="",
            needs="",
            goals="",
            approach="",
            partner_involvement="",
            mediawijs_involved=False,
            feedback_expected=True,
            notes="",
        )
        _insert(
            conn,
            "trajectory",
            id=1,
            status="stopped",
            start_date=date(2025, 5, 1),
            end_date=date(2025, 3, 1),
            **common,
        )
        _insert(
            conn,
            "trajectory",
            id=2,
            status="stopped",
            start_date=date(2025, 1, 1),
            end_date=date(2025, 3, 1),
            **common,
        )
    upgrade(old_engine, "0006")
    assert current_revision(old_engine) == "0006"
    with old_engine.connect() as conn:
        statuses = dict(conn.execute(text("SELECT id, status FROM focus_group")).all())
        assert statuses == {1: "held", 2: "held", 3: "planned"}
        assert conn.scalar(text("SELECT notes FROM focus_group WHERE id = 1")) == "Özdemir <&>"
        for table in ("focus_group_participant", "tool_finding", "focus_group_member"):
            assert conn.scalar(text(f"SELECT count(*) FROM {table}")) == 3, table
        starts = dict(conn.execute(text("SELECT id, start_date FROM trajectory")).all())
        assert starts[1] is None  # stopped without starting
        assert str(starts[2]) == "2025-01-01"
    assert_clean_at_newest(old_engine)
