"""Starting the desktop app: QApplication, translations, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from db.session import Database
from ui.context import AppContext


def open_db(url_or_path: str | None) -> Database:
    from supportdesk.database import open_app_database

    return open_app_database(url_or_path)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("SupportDesk")
    app.setApplicationName("SupportDesk")
    app.setApplicationDisplayName("SupportDesk")
    return app


def run_app(db_arg: str | None, language: str | None = None) -> int:
    """Open the app on ``db_arg`` (path or URL; default database when None)."""
    app = create_application()
    from ui.main_window import MainWindow

    db = open_db(db_arg)
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.show()
    code = app.exec()
    db.dispose()
    return code
