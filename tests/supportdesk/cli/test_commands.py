"""The commands doing their work: demo, export, import, search, stats, check, backup."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

import main
from db.models import AdviceTalk
from db.session import connect
from supportdesk.cli.app import COMMAND_MODULES, build_parser
from tests.supportdesk.cli.conftest import Run


def test_every_command_is_registered() -> None:
    parser = build_parser()
    for name in ("demo", "export", "import_", "search", "stats", "check", "backup"):
        assert name in COMMAND_MODULES
    help_text = parser.format_help()
    for command in ("demo", "export", "import", "search", "stats", "check", "backup"):
        assert command in help_text


def test_demo_export_import_export(cli: Callable[..., Run], tmp_path: Path, db_file: Path) -> None:
    r = cli("--db", str(db_file), "demo")
    assert r.code == 0 and "40 adviesgesprekken" in r.out, r.err
    out1 = tmp_path / "one.json"
    assert cli("--db", str(db_file), "export", "--out", str(out1)).code == 0
    target = tmp_path / "new" / "shared.sqlite3"
    target.parent.mkdir()
    r = cli("--db", str(target), "import", str(out1))
    assert r.code == 0 and "geïmporteerd" in r.out, r.err
    out2 = tmp_path / "two.json"
    assert cli("--db", str(target), "export", "--out", str(out2)).code == 0
    assert out1.read_bytes() == out2.read_bytes()
    # Without --out the document goes to stdout.
    r = cli("--db", str(target), "export")
    assert r.out.encode() == out1.read_bytes()


def test_search_and_stats(cli: Callable[..., Run], db_file: Path) -> None:
    cli("--db", str(db_file), "demo")
    r = cli("--db", str(db_file), "search", "digihelpers", "--json")
    assert r.code == 0
    hits = json.loads(r.out)
    assert hits and {"kind", "id", "title", "subtitle", "score"} <= set(hits[0])
    r = cli("--db", str(db_file), "search", "digihelpers")
    assert r.code == 0 and "[" in r.out
    r = cli("--db", str(db_file), "search", "zzzzqqq")
    assert r.code == 0 and "Niets gevonden" in r.out
    r = cli("--db", str(db_file), "stats", "--year", "2025", "--json")
    assert r.code == 0
    data = json.loads(r.out)
    assert data["year"] == 2025
    by_key = {i["key"]: i for i in data["indicators"]}
    assert by_key["advice_talks"]["target"] == 8
    r = cli("--db", str(db_file), "stats", "--year", "2025")
    assert r.code == 0 and "Adviesgesprekken" in r.out


def test_check_passes_on_a_sound_database(cli: Callable[..., Run], db_file: Path) -> None:
    cli("--db", str(db_file), "demo")
    r = cli("--db", str(db_file), "check")
    assert r.code == 0 and "In orde" in r.out, r.out
    r = cli("--db", str(db_file), "check", "--json")
    assert json.loads(r.out)["ok"] is True


def test_check_finds_inconsistent_rows(cli: Callable[..., Run], db_file: Path) -> None:
    cli("--db", str(db_file), "demo")
    with sqlite3.connect(db_file) as conn:
        conn.execute(
            "UPDATE advice_talk SET channel = 'duif' WHERE id = (SELECT MIN(id) FROM advice_talk)"
        )
        # Python's sqlite3 leaves foreign keys off, as a hand edit would.
        conn.execute(
            "UPDATE contact_person SET local_government_id = 999999"
            " WHERE id = (SELECT MIN(id) FROM contact_person)"
        )
    conn.close()
    r = cli("--db", str(db_file), "check")
    assert r.code == 1
    assert "onbekend kanaal" in r.out and "foreign_key_check" in r.out
    assert len(r.err.strip().splitlines()) == 1


def test_check_reports_an_old_schema(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    from db.migrate import upgrade

    db = connect(str(path))
    upgrade(db.engine, "0001")
    db.dispose()
    r = cli("--db", str(path), "check")
    assert r.code == 1 and "schemaversie 0001" in r.out


def test_backup_while_another_connection_writes(
    cli: Callable[..., Run], tmp_path: Path, db_file: Path
) -> None:
    cli("--db", str(db_file), "demo")
    # Someone has the database open with a write transaction in progress.
    holder = sqlite3.connect(db_file, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE advice_talk SET question = 'half geschreven'")
    copy = tmp_path / "copy.sqlite3"
    result: list[Run] = []
    t = threading.Thread(
        target=lambda: result.append(cli("--db", str(db_file), "backup", str(copy)))
    )
    t.start()
    t.join(timeout=60)
    holder.execute("ROLLBACK")
    holder.close()
    assert result and result[0].code == 0, result
    db = connect(str(copy))
    with db.read() as s:
        questions = set(s.scalars(select(AdviceTalk.question)))
    db.dispose()
    assert len(questions) > 1 and "half geschreven" not in questions
    assert cli("--db", str(copy), "check").code == 0


def test_no_command_opens_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a command the same executable opens the desktop app (patched here)."""
    import ui.app

    calls: list[tuple[object, object]] = []

    def fake_run_app(db: str | None, language: str | None = None) -> int:
        calls.append((db, language))
        return 0

    monkeypatch.setattr(ui.app, "run_app", fake_run_app)
    # A screen to open on, whatever the machine running the tests has: without one
    # main says to use the command line instead (tests/packaging/test_entry.py), and
    # only tests/ui/conftest.py, when collected, sets QT_QPA_PLATFORM for the run.
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main.main(["--db", "x.sqlite3", "--language", "en"]) == 0
    assert calls == [("x.sqlite3", "en")]
