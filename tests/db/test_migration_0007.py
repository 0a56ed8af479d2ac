"""Migration 0007: attachments. A database at 0006 holding a government, a contact person,
an advice talk and a trajectory is upgraded; every row stays, files can then be added
to those old records (bytes round-trip exactly, also NUL and 0xFF), the one-owner rule
holds, and downgrading to 0006 drops the tables again. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from db.migrate import current_revision, upgrade
from db.session import Database
from supportdesk.services.attachments import (
    NewFile,
    add_attachments,
    attachment_content,
    list_attachments,
)
from tests.db.revisions import downgrade
from tests.db.test_migration_0006 import _insert

BLOB = bytes(range(256)) * 3 + b"\x00end"


def test_upgrade_0006_to_0007_keeps_records_and_takes_files(old_engine: Engine) -> None:
    upgrade(old_engine, "0006")
    with old_engine.begin() as conn:
        _insert(conn, "local_government", id=1, name="Borsbeek Ærø", kind="municipality")
        _insert(conn, "contact_person", id=1, local_government_id=1, last_name="Özdemir")
        _insert(
            conn,
            "advice_talk",
            id=1,
            date=date(2025, 3, 1),
            local_government_id=1,
            channel="email",
            question="Łukasz <&> vraagt",
            archived=False,
        )
        _insert(conn, "trajectory", id=1, local_government_id=1, status="running")
    upgrade(old_engine, "0007")
    assert current_revision(old_engine) == "0007"
    with old_engine.connect() as conn:
        assert conn.scalar(text("SELECT question FROM advice_talk")) == "Łukasz <&> vraagt"
        assert conn.scalar(text("SELECT last_name FROM contact_person")) == "Özdemir"
        talk = conn.scalar(text("SELECT public_id FROM advice_talk"))
        traject = conn.scalar(text("SELECT public_id FROM trajectory"))
    upgrade(old_engine)  # on to the newest revision, which the services expect
    db = Database(url=str(old_engine.url), engine=old_engine, actor="test")
    [a] = add_attachments(db, "advice_talk", talk, [NewFile("mail.eml", BLOB)])
    add_attachments(db, "trajectory", traject, [NewFile("plan.pdf", b"%PDF-1.4")])
    assert attachment_content(db, a.id) == BLOB
    assert [v.file_name for v in list_attachments(db, "advice_talk", talk)] == ["mail.eml"]
    with pytest.raises(IntegrityError), old_engine.begin() as conn:  # two owners: refused
        conn.execute(
            text(
                "INSERT INTO attachment (public_id, created_at, created_by, updated_at,"
                " updated_by, version, file_name, media_type, size, sha256, advice_talk_id,"
                " trajectory_id) VALUES ('x', '2025-01-01', '', '2025-01-01', '', 1, 'a', '',"
                " 1, '', 1, 1)"
            )
        )
    downgrade(old_engine, "0006")
    tables = set(inspect(old_engine).get_table_names())
    assert "attachment" not in tables and "attachment_content" not in tables
    with old_engine.connect() as conn:
        assert conn.scalar(text("SELECT question FROM advice_talk")) == "Łukasz <&> vraagt"
