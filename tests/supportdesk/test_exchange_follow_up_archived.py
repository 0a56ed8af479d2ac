"""Export and import carry a follow-up action's ``archived`` (migration 0014): an
archived action comes back archived, on SQLite and PostgreSQL, byte for byte; an export
made before 0014 (no such column) imports with every action not archived."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from db.models import FollowUpAction
from db.session import Database
from supportdesk.exchange import export_json, import_document, parse_document
from supportdesk.services.follow_ups import archive_follow_up, get_follow_up
from tests.conftest import make_sqlite_db
from tests.supportdesk.queries._data import action


def _archived(db: Database) -> dict[str, bool]:
    with db.read() as s:
        rows = s.execute(select(FollowUpAction.public_id, FollowUpAction.archived))
        return {public_id: archived for public_id, archived in rows}


def test_archived_follow_ups_survive_export_and_import(
    sqlite_template: Path, tmp_path: Path, pg_db: Database
) -> None:
    src = make_sqlite_db(sqlite_template, tmp_path)
    (tmp_path / "dst").mkdir()
    dst = make_sqlite_db(sqlite_template, tmp_path / "dst")
    try:
        kept = action(src, "blijft open", None)
        gone = action(src, "gearchiveerd 😀 <&>", None)
        archive_follow_up(src, gone, get_follow_up(src, gone).version)
        first = export_json(src)
        rows = {r["public_id"]: r for r in json.loads(first)["tables"]["follow_up_action"]}
        assert rows[gone]["archived"] is True and rows[kept]["archived"] is False
        import_document(pg_db, parse_document(first))
        assert _archived(pg_db) == {kept: False, gone: True}
        assert export_json(pg_db) == first
        # an export from before 0014 has no "archived": every action comes in open
        doc = json.loads(first)
        for row in doc["tables"]["follow_up_action"]:
            del row["archived"]
        import_document(dst, doc)
        assert _archived(dst) == {kept: False, gone: False}
    finally:
        src.dispose()
        dst.dispose()
