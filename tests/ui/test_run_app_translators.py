"""run_app takes its translators away on every way out, a refused start too: run again in
the same process (as the tests do), it starts from no translation (a Dutch Qt translator
left behind made an English screen say "Sluiten")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui import startup
from ui.app import run_app
from ui.i18n import install_translation, remove_translation


def _close_word() -> str:
    return QCoreApplication.translate("QPlatformTheme", "Close")


def test_a_refused_start_leaves_no_translator_behind(qapp, tmp_path: Path, monkeypatch):
    before = _close_word()
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("gewoon tekst, geen databank", encoding="utf-8")
    monkeypatch.setattr(startup, "ask_database_problem", lambda *_a: startup.QUIT)
    assert run_app(str(not_a_database), language="nl") == 1
    assert _close_word() == before  # Qt's Dutch "Sluiten" did not stay installed
    translators = install_translation("en")
    try:
        assert _close_word() == "Close"
    finally:
        remove_translation(translators)
