"""Starting the desktop app: QApplication, translations, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from db.session import Database
from ui.context import AppContext


def open_db(url_or_path: str | None) -> Database:
    """Check, back up and open (migrate, seed) the database; a damaged one with backups
    first gets the offer to restore the newest (``ui.safety.damaged``); otherwise raises
    ``DatabaseProblem`` or the typed errors of ``db.migrate``."""
    from ui.safety.damaged import open_checked

    return open_checked(url_or_path)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("SupportDesk")
    app.setApplicationName("SupportDesk")
    app.setApplicationDisplayName("SupportDesk")
    return app


def run_app(db_arg: str | None, language: str | None = None) -> int:
    """Open the app on ``db_arg`` (path or URL; default database when None).

    ``language`` ("nl"/"en", from ``--language``) wins over the setting and the system.
    A database that cannot be opened leads to a question (another file, a new one, or
    quit), not a crash; an empty database is offered demo data once.
    """
    app = create_application()
    from ui.i18n import choose_language, install_translation

    translators = install_translation(choose_language(language))
    from ui.main_window import MainWindow
    from ui.startup import offer_demo, open_with_recovery

    db = open_with_recovery(db_arg, open_db)
    if db is None:
        return 1
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.show()
    QTimer.singleShot(0, lambda: offer_demo(ctx, window))
    code = app.exec()
    db.dispose()
    del translators
    return code
