"""Migration 0011: the tool catalogue's kind becomes a code (the old free text kept as
``kind_detail``), the planned flag becomes a status, themes and tools get a position
in the order they were added, organisations may say what they are. An older database
holding data is upgraded on SQLite and PostgreSQL; what was there is all still there."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text

from db.engine import build_engine
from db.migrate import current_revision, upgrade
from db.models import LocalGovernment, Theme, Tool
from db.session import Database
from supportdesk.integrity import RULES
from tests.db.old_rows import insert, record_columns
from tests.db.revisions import downgrade

OLD_TOOLS = [
    # name, free-text kind, planned
    ("Digitale inclusie voor lokale besturen", "beleidstool", False),
    ("Werken met vrijwillige digihelpers", "inspiratiegids", False),
    ("Digitale Inclusie in Vlaanderen", "publicatie", False),
    ("Cyberveiligheid voor digitale starters", "tool (gepland)", True),
    ("Özdemir's <handleiding> & co", "Handleiding", False),
    ("Zonder soort", "", False),
]
THEMES = ["Zwalm-thema", "Ærø-thema", "Digibanken"]


def _record(**values: Any) -> dict[str, Any]:
    return {**record_columns(datetime(2025, 1, 2, 3, 4, 5), "test"), **values}


def _fill(engine: Engine) -> None:
    with engine.begin() as conn:
        for name, kind, planned in OLD_TOOLS:
            insert(
                conn,
                "tool",
                _record(name=name, kind=kind, description="", planned=planned, archived=False),
            )
        for name in THEMES:
            insert(conn, "theme", _record(name=name, description="", archived=False))
        insert(
            conn,
            "local_government",
            _record(name="Mediawijs", kind="organisation", notes="", archived=False),
        )


def test_upgrade_0010_to_0011_keeps_every_tool_and_theme(old_engine: Engine):
    upgrade(old_engine, "0010")
    _fill(old_engine)
    upgrade(old_engine, "0011")
    assert current_revision(old_engine) == "0011"
    assert "planned" not in {c["name"] for c in inspect(old_engine).get_columns("tool")}
    db = Database(str(old_engine.url), old_engine)
    with db.read() as s:
        tools = s.query(Tool).order_by(Tool.position).all()
        got = [(t.name, t.kind, t.kind_detail, t.status, t.position) for t in tools]
        themes = [(t.name, t.position) for t in s.query(Theme).order_by(Theme.position)]
        org = s.query(LocalGovernment).one()
        assert (org.name, org.kind, org.organisation_kind) == ("Mediawijs", "organisation", None)
        assert all(t.owner == "" and t.link == "" and t.version == 1 for t in tools)
    assert got == [
        ("Digitale inclusie voor lokale besturen", "tool", "beleidstool", "available", 1),
        ("Werken met vrijwillige digihelpers", "guide", "inspiratiegids", "available", 2),
        ("Digitale Inclusie in Vlaanderen", "publication", "publicatie", "available", 3),
        ("Cyberveiligheid voor digitale starters", "tool", "tool (gepland)", "in_development", 4),
        ("Özdemir's <handleiding> & co", "guide", "Handleiding", "available", 5),
        ("Zonder soort", "tool", "", "available", 6),
    ]
    assert themes == [(name, i) for i, name in enumerate(THEMES, start=1)]
    # the stored codes are ones the integrity check knows
    with db.read() as s:
        for _check, message, query in RULES:
            if message.startswith(("tools ", "organisaties ")):
                assert s.execute(query()).all() == [], message
    upgrade(old_engine, "head")


def test_downgrade_0011_gives_the_flag_and_the_text_back(tmp_path: Path):
    engine = build_engine(f"sqlite:///{tmp_path / 'down.sqlite3'}")
    try:
        upgrade(engine, "0010")
        _fill(engine)
        upgrade(engine, "0011")
        downgrade(engine, "0010")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT name, kind, planned FROM tool ORDER BY id")).all()
        assert [(n, k, bool(p)) for n, k, p in rows] == [
            (n, k or "tool", p) for n, k, p in OLD_TOOLS
        ]
        assert "position" not in {c["name"] for c in inspect(engine).get_columns("theme")}
    finally:
        engine.dispose()
