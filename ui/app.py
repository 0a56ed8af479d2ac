"""Starting the desktop app: QApplication, translations, the database, the main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui import start_collection
from ui.context import AppContext

if TYPE_CHECKING:
    from supportdesk.database import Database
    from supportdesk.safety.startup import Opened
    from ui.main_window import MainWindow
    from ui.safety.start_check import StartChecker


def open_db(url_or_path: str | None) -> Database:
    """Check, back up and open (migrate, seed) the database; a damaged one with backups
    first gets the offer to restore the newest (``ui.safety.damaged``); otherwise raises
    ``DatabaseProblem`` or the typed errors of ``db.migrate``."""
    from ui.safety.damaged import open_checked

    return open_checked(url_or_path)


def open_for_window(url_or_path: str | None) -> Opened:
    """As ``open_db``, but only the cheap checks run before the window (a file that is
    no database, truncated, foreign or newer is still refused); the quick check and the
    start backup of ``Opened.checks_pending`` are for ``show_and_check``."""
    from ui.safety.damaged import open_checked_deferred

    return open_checked_deferred(url_or_path)


def build_window(ctx: AppContext) -> MainWindow:
    """The main window as the app starts it: its first page's figures and the
    navigation counts are read once it has been painted (``show_and_check``)."""
    from ui.main_window import MainWindow

    return MainWindow(ctx, defer_first_page=True)


def show_and_check(window: MainWindow, ctx: AppContext, opened: Opened) -> StartChecker | None:
    """Show the window; right after its first paint, fill its first page (the
    Overzicht's figures) and the navigation counts and load the ORM in a worker thread
    (``MainWindow.load_first_page``); then start the deferred quick check and start
    backup (if any) in a worker thread."""
    from ui.safety.damaged import backups_to_keep
    from ui.safety.start_check import StartChecker

    window.first_page_filled.connect(
        start_collection.first_page_filled, Qt.ConnectionType.SingleShotConnection
    )
    window.show()
    # A zero timer runs after the show's paint has been handled: the window, its menus
    # and navigation are on screen before the database is read for the first page
    # (with Core) and before the ORM is loaded (in a worker thread, after that).
    QTimer.singleShot(0, window.load_first_page)
    if opened.checks_pending is None:
        return None
    # The quick check reads and the start backup copies the whole file (818 MB at
    # 100,000 talks): they start once the first page is on screen, so they do not compete
    # with its first paint and its figures for a 2-core machine.
    checker = StartChecker(window, ctx, opened.checks_pending, backups_to_keep(), opened.plan)
    window.first_page_filled.connect(checker.start, Qt.ConnectionType.SingleShotConnection)
    return checker


def create_application(
    argv: list[str] | None = None, *, pause_collection: bool = False
) -> QApplication:
    """The QApplication of the app. ``pause_collection`` (the app's start, ``run_app``):
    when this makes the application (not a test that has one), the cyclic collector is
    paused until the first page is filled (``ui.start_collection``); a caller that
    never fills a first page (a benchmark, the screenshots, the self-test) leaves it on."""
    app = QApplication.instance()
    if app is None:
        if pause_collection:
            start_collection.pause()
        app = QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("SupportDesk")
    app.setApplicationName("SupportDesk")
    app.setApplicationDisplayName("SupportDesk")
    from supportdesk import __version__
    from ui.app_icon import apply_identity

    app.setApplicationVersion(__version__)
    apply_identity(app)  # icon and .desktop id, so taskbars show them
    from ui.style import focus, scheme

    scheme.apply(app)  # light, dark or the system's (Instellingen)
    focus.install(app)  # a clear ring wherever the keyboard is (WCAG focus visible)
    return app


def run_app(db_arg: str | None, language: str | None = None) -> int:
    """Open the app on ``db_arg`` (path or URL; default database when None).

    ``language`` ("nl"/"en", from ``--language``) wins over the setting and the system.
    A database that cannot be opened leads to a question (another file, a new one, or
    quit), not a crash; a database without team members first shows the welcome
    (``ui.welcome``), which may open the demo database beside it instead.
    """
    app = create_application(pause_collection=True)
    from ui.i18n import choose_language, install_translation, remove_translation

    chosen = choose_language(language)
    translators = install_translation(chosen)
    try:
        return _run(app, db_arg, chosen, translators)
    finally:
        start_collection.resume()  # a start that ended before its first page was filled
        # The translators go when the app is done, on every way out (a refused start
        # too): run again in the same process (tests), it starts from no translation.
        remove_translation(translators)


def _run(app: QApplication, db_arg: str | None, chosen: str, translators: list[Any]) -> int:
    """The body of ``run_app``: ``translators`` is the list of installed translators,
    replaced in place when the welcome switches the language."""
    from ui.i18n import install_translation, remove_translation
    from ui.startup import open_with_recovery
    from ui.welcome.start import first_start, mark_demo

    location = db_arg
    while True:
        opened: list[Opened] = []

        def opener(loc: str | None, opened: list[Opened] = opened) -> Database:
            return _remember(opened, open_for_window(loc))

        db = open_with_recovery(location, opener)
        if db is None:
            return 1
        ctx = AppContext(db)
        welcome = first_start(ctx, chosen)  # a new database: who we are, this year's targets
        if welcome.next_location is not None:  # the demo database, beside this one
            db.dispose()
            end_session(opened[-1])
            location = welcome.next_location
            continue
        if welcome.language is not None:
            remove_translation(translators)
            chosen = welcome.language
            translators[:] = install_translation(welcome.language)
        window = build_window(ctx)
        mark_demo(window, ctx)
        checker = show_and_check(window, ctx, opened[-1])
        code = app.exec()
        if checker is not None:
            checker.wait()
        db.dispose()
        end_session(opened[-1])  # a clean exit: the next start need not check again
        if checker is None or checker.next_location is None:
            break
        location = checker.next_location  # damage found later: the user chose this file
    return code


def end_session(opened: Opened) -> None:
    """The app closed its database cleanly (``check_record.end_session``)."""
    if opened.session is not None:
        from supportdesk.safety.check_record import end_session as ended

        ended(opened.session)


def _remember(opened: list[Opened], result: Opened) -> Database:
    opened.append(result)
    return result.db
