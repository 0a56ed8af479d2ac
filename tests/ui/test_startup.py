"""Starting the app: a database that cannot be opened, the language. (The welcome and
the demo database: tests/ui/welcome.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from ui import startup
from ui.app import open_db
from ui.i18n import choose_language, install_translation, remove_translation


def test_foreign_file_asks_and_another_file_opens(tmp_path, monkeypatch):
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is no database at all" * 100)
    good = tmp_path / "good.sqlite3"
    asked = []

    def ask(location, exc):
        asked.append((location, startup.problem_text(exc)))
        return startup.OPEN

    monkeypatch.setattr(startup, "ask_database_problem", ask)
    monkeypatch.setattr(startup, "choose_file", lambda mode: str(good))
    db = startup.open_with_recovery(str(bad), open_db)
    assert db is not None
    try:
        assert asked and asked[0][0] == str(bad)
        assert "niet geopend" in asked[0][1] or "geen SupportDesk" in asked[0][1]
        assert good.exists()
    finally:
        db.dispose()


def test_quit_when_the_user_gives_up(tmp_path, monkeypatch):
    bad = tmp_path / "x.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(startup, "ask_database_problem", lambda location, exc: startup.QUIT)
    assert startup.open_with_recovery(str(bad), open_db) is None


def test_cancelled_file_dialog_asks_again(tmp_path, monkeypatch):
    bad = tmp_path / "x.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    answers = iter([startup.OPEN, startup.QUIT])
    monkeypatch.setattr(startup, "ask_database_problem", lambda location, exc: next(answers))
    monkeypatch.setattr(startup, "choose_file", lambda mode: "")
    assert startup.open_with_recovery(str(bad), open_db) is None


@pytest.mark.parametrize(
    ("cli", "setting", "expected"), [("en", "nl", "en"), (None, "en", "en"), ("nl", "en", "nl")]
)
def test_language_choice(ctx, cli, setting, expected):
    settings = ctx.settings()
    settings.setValue("ui/language", setting)
    assert choose_language(cli, settings) == expected


def test_english_translation_loads(qapp):
    translators = install_translation("en")
    try:
        assert translators, "supportdesk_en.qm could not be built or loaded"
        assert QCoreApplication.translate("Navigation", "Lokale besturen") == "Local governments"
    finally:
        remove_translation(translators)
    assert QCoreApplication.translate("Navigation", "Lokale besturen") == "Lokale besturen"


def test_missing_qm_is_built_from_the_ts(tmp_path):
    """A fresh clone has the .ts only: the .qm is built at start."""
    from ui.i18n import TS_FILE, ensure_qm

    ts = tmp_path / "supportdesk_en.ts"
    ts.write_bytes(TS_FILE.read_bytes())
    qm = tmp_path / "supportdesk_en.qm"
    assert ensure_qm(ts, qm)
    assert qm.exists() and qm.stat().st_size > 1000
