"""Export and import of the action plan's records (issue 14): a demo with every new kind
round-trips to the same bytes, on SQLite and into PostgreSQL; an export from before
migration 0012 imports as that migration upgrades."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from db.session import Database
from supportdesk.demo import generate_demo
from supportdesk.exchange import export_document, export_json, import_document, parse_document
from supportdesk.indicators import year_plan_figures
from supportdesk.services.activities import ActivityInput, create_activity, list_activity_kinds
from supportdesk.services.plan import list_plan_items, set_report_text
from tests.conftest import make_sqlite_db

TODAY = date(2026, 11, 27)
PLAN_TABLES = (
    "activity_kind",
    "activity",
    "activity_member",
    "activity_theme",
    "activity_participant",
    "publication",
    "article_good_practice",
    "network_membership",
    "plan_item",
    "plan_item_activity_kind",
)


@pytest.fixture
def filled(sqlite_template: Path, tmp_path: Path) -> Any:
    (tmp_path / "src").mkdir()
    db = make_sqlite_db(sqlite_template, tmp_path / "src")
    generate_demo(db, today=TODAY)
    kind = next(k.id for k in list_activity_kinds(db) if k.code == "info_session")
    create_activity(
        db,
        ActivityInput(
            kind,
            date(2026, 3, 13),
            "Łukasz <b>&amp;</b> 🙂",
            start_time=time(13, 30),
            end_time=time(16, 0),
            participant_count=23,
            participant_hours=50.25,
            feedback_score=4.3,
        ),
        status="held",
    )
    item = next(i for i in list_plan_items(db, 2026) if i.key == "info_sessions")
    set_report_text(db, item.id, "Twee sessies <EAA>\nmet 57,5 uur")
    yield db
    db.dispose()


def _empty(sqlite_template: Path, folder: Path) -> Database:
    folder.mkdir()
    return make_sqlite_db(sqlite_template, folder)


def test_every_new_kind_round_trips_to_the_same_bytes(
    filled: Database, sqlite_template: Path, tmp_path: Path, pg_db: Database
) -> None:
    first = export_json(filled)
    doc = json.loads(first)
    for table in PLAN_TABLES:
        assert doc["tables"][table], f"the demo has no {table}"
    empty = _empty(sqlite_template, tmp_path / "dst")
    try:
        summary = import_document(empty, parse_document(first))
        assert all(summary.counts[t] == len(doc["tables"][t]) for t in PLAN_TABLES)
        assert export_json(empty) == first
        assert year_plan_figures(empty, 2026, TODAY) == year_plan_figures(filled, 2026, TODAY)
    finally:
        empty.dispose()
    import_document(pg_db, parse_document(first))
    assert export_json(pg_db) == first


def test_an_export_from_before_the_plan_imports_with_the_seeded_plan(
    filled: Database, sqlite_template: Path, tmp_path: Path
) -> None:
    doc = export_document(filled)
    old = {
        "format": doc["format"],
        "format_version": doc["format_version"],
        "schema_revision": "0011",
        "tables": {k: v for k, v in doc["tables"].items() if k not in PLAN_TABLES},
    }
    old["tables"]["follow_up_action"] = [
        {k: v for k, v in r.items() if k != "activity_id"}
        for r in old["tables"]["follow_up_action"]
        if r["activity_id"] is None
    ]
    empty = _empty(sqlite_template, tmp_path / "old")
    try:
        import_document(empty, old)
        years = {i.year for y in (2025, 2026) for i in list_plan_items(empty, y) if i.id}
        assert years == {2025, 2026}  # the seeded plan for 2025 and the document's year
        kept = {t["indicator"]: t["value"] for t in doc["tables"]["target"] if t["year"] == 2026}
        figures = {f.item.key: f for f in year_plan_figures(empty, 2026, TODAY)}
        assert figures["advice_talks"].target == kept["advice_talks"]
        assert len(list_activity_kinds(empty)) == 8
    finally:
        empty.dispose()
