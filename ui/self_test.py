"""``supportdesk --self-test``: does this installation work on this computer?

For administrators after installing (and for CI on the wheel and the frozen bundle).
Opens a database the way the app does: checked, backed up, then migrated, so
``--self-test --db OLD`` is how an upgrade is tried; without ``--db`` a new database in
a temporary folder, so the user's data is never touched. Then builds the main window in
the chosen language (English by default, so the translation is exercised), shows it,
opens Help > Over SupportDesk, and checks the shipped fonts and icon. One line per
check on stdout, exit code 1 if any failed. Runs without a display (Qt's offscreen
platform) when there is none.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CHECKS_FAILED = 1


def _no_display() -> bool:
    return (
        sys.platform not in ("win32", "darwin")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run_self_test(db_arg: str | None, language: str | None = None) -> int:
    if _no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="supportdesk-self-test-") as tmp:
        target = db_arg or str(Path(tmp) / "self-test.sqlite3")
        return _run(target, language or "en")


def _run(target: str, language: str) -> int:
    from PySide6.QtCore import QCoreApplication

    from supportdesk import __version__
    from supportdesk.database import database_revision, head_revision
    from supportdesk.errors import DomainError
    from supportdesk.reports.styles import register_fonts
    from supportdesk.safety.startup import open_safely
    from ui.app import create_application
    from ui.app_icon import app_icon
    from ui.context import AppContext
    from ui.i18n import install_translation

    failures: list[str] = []

    def check(name: str, test: Callable[[], object]) -> None:
        try:
            result = test()
        except Exception as exc:  # a self-test reports every failure, then exits 1
            result = f"{type(exc).__name__}: {exc}"
        if result is True:
            print(f"ok    {name}")
        else:
            print(f"FOUT  {name}: {result}")
            failures.append(name)

    app = create_application([sys.argv[0]])
    print(f"SupportDesk {__version__}, Qt-platform {app.platformName()}")
    translators = install_translation(language)
    try:
        opened = open_safely(target, actor="self-test")
    except DomainError as exc:  # newer, foreign, damaged: the app's own message
        print(f"supportdesk: {exc.message}", file=sys.stderr)
        return CHECKS_FAILED
    db = opened.db
    if opened.backup is not None:
        print(f"ok    backup before opening: {opened.backup}")
    try:
        from ui.about_dialog import AboutDialog
        from ui.main_window import MainWindow

        check(
            "schema up to date",
            lambda: database_revision(db) == head_revision() or database_revision(db),
        )
        expected_file = {"en": "&File", "nl": "&Bestand"}[language]
        window = MainWindow(AppContext(db))
        window.show()
        app.processEvents()
        check("window shown", lambda: window.isVisible() or "not visible")
        check(
            f"interface language {language}",
            lambda: window.file_menu.title() == expected_file or window.file_menu.title(),
        )
        about = AboutDialog(db, window)
        about.show()
        app.processEvents()
        check(
            "about dialog: version and schema revision",
            lambda: (
                (about.version_label.text(), about.revision_label.text())
                == (__version__, head_revision())
                or (about.version_label.text(), about.revision_label.text())
            ),
        )
        check("icon", lambda: not app_icon().isNull() or "no icon")
        check("PDF fonts", lambda: len(register_fonts()) > 1000 or "too few glyphs")
        about.hide()
        window.hide()  # not close(): a self-test must not store window geometry
        window.deleteLater()
        app.processEvents()
    finally:
        db.dispose()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    if failures:
        print(f"self-test: {len(failures)} check(s) failed", file=sys.stderr)
        return CHECKS_FAILED
    print("self-test: in orde")
    return 0
