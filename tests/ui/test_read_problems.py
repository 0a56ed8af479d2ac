"""A database that does not answer while the app runs (issue 15, what the start leaves):
a read that fails is said above the pages and in the status bar (Dutch), never as a
traceback; what failed is read again once the database answers (the start check found
the file sound, F5, the page shown again, a change), and only then the message goes.
Nothing typed is lost."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

import db.engine as engine_mod
from supportdesk.safety.startup import Opened
from tests.ui.windows import show_active
from ui.app import build_window, open_for_window, show_and_check
from ui.context import AppContext
from ui.main_window import MainWindow

WAIT_MS = 30_000


@contextmanager
def server_gone(ctx: AppContext) -> Iterator[None]:
    """Every statement fails as a PostgreSQL server that went away makes it fail."""

    def gone(*_args: Any) -> None:
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    event.listen(ctx.db.engine, "before_cursor_execute", gone)
    try:
        yield
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", gone)


def _said(window: MainWindow) -> str:
    """What the bar above the pages says ("" when hidden)."""
    bar = window.read_problems
    return bar.text.text() if bar.isVisibleTo(window) else ""


def _figures(window: MainWindow) -> dict[str, Any]:
    return window.page("overview").plan.figures  # type: ignore[attr-defined]


@pytest.fixture
def team_file(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path


def test_a_file_locked_at_the_start_is_read_once_the_start_check_finds_it_sound(
    qtbot, team_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the SQLite file locked (exclusive) from right after the
    open: the Overzicht cannot be read. The window says so and keeps saying it while
    the start check waits for the file; once the lock is gone the check finds the file
    sound, the Overzicht and the overdue count are read, and only then "in orde"."""
    opened = open_for_window(str(team_file))
    assert opened.checks_pending == team_file
    ctx = AppContext(opened.db)
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 100)  # the app waits 15 s a read
    ctx.db.engine.dispose()
    locker = sqlite3.connect(team_file, isolation_level=None)
    checker = None
    try:
        locker.execute("PRAGMA locking_mode=EXCLUSIVE")
        locker.execute("BEGIN EXCLUSIVE")
        window = build_window(ctx)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.first_page_filled, timeout=WAIT_MS):
            checker = show_and_check(window, ctx, opened)
        assert checker is not None
        said = _said(window)
        assert "Niet gelezen: Overzicht, achterstallige opvolgacties" in said, said
        assert "bezet door een andere gebruiker" in said
        assert _figures(window) == {}
        assert window.overdue_label.text() == ""
        # the check waits for the file meanwhile; its message does not hide the problem
        assert "gecontroleerd" in window.statusBar().currentMessage()
        assert "bezet" in _said(window)
        with qtbot.waitSignal(checker.finished, timeout=WAIT_MS) as finished:
            locker.execute("COMMIT")
            locker.close()
        assert finished.args[0].problem is None
        qtbot.waitUntil(lambda: _said(window) == "")
        assert _figures(window)  # the Overzicht read after all
        assert window.overdue_label.text() == "Geen achterstallige opvolgacties"
        assert window.nav.counts is not None
        assert window.statusBar().currentMessage() == "Databank in orde; reservekopie gemaakt."
    finally:
        locker.close()
        if checker is not None:
            checker.wait()
        ctx.db.dispose()


def test_a_start_check_while_the_database_still_fails_says_so_not_all_is_well(
    qtbot, ctx: AppContext
) -> None:
    """The file is sound but the app's reads still fail: after the check the status bar
    says what is not read, not "Databank in orde"."""
    from supportdesk.safety.start_checks import StartCheck
    from ui.safety.start_check import StartChecker

    window = build_window(ctx)
    qtbot.addWidget(window)
    path = Path(str(ctx.db.engine.url.database))
    checker = StartChecker(window, ctx, path, 1)
    with server_gone(ctx):
        with qtbot.waitSignal(window.first_page_filled, timeout=WAIT_MS):
            show_and_check(window, ctx, Opened(ctx.db))
        with qtbot.waitSignal(checker.finished):
            checker._thread.done.emit(StartCheck(path))  # as the worker says it
        message = window.statusBar().currentMessage()
        assert "Niet gelezen: Overzicht" in message and "in orde" not in message
        assert "server closed the connection" in _said(window)


def test_a_failed_first_read_is_read_again_when_the_page_is_chosen_again(
    qtbot, ctx: AppContext
) -> None:
    window = build_window(ctx)
    qtbot.addWidget(window)
    with server_gone(ctx), qtbot.waitSignal(window.first_page_filled, timeout=WAIT_MS):
        show_and_check(window, ctx, Opened(ctx.db))
    show_active(qtbot, window)
    assert "Overzicht" in _said(window) and _figures(window) == {}
    assert "Niet gelezen" in window.statusBar().currentMessage()
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _said(window) == "")
    assert _figures(window) and window.statusBar().currentMessage() == ""
    assert window.overdue_label.text() == "Geen achterstallige opvolgacties"


def test_after_the_start_a_failing_database_is_said_and_read_again_with_f5(
    qtbot, window: MainWindow, capfd: pytest.CaptureFixture[str]
) -> None:
    """Every read the window makes from the event loop: the overdue count's timer, the
    page on screen after a change, a hidden page marked stale and shown, a page shown
    the first time. Each says the problem instead of a traceback; F5 reads them again
    once the database answers; an editor and what was typed in it stay."""
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.page("advice_talk").editors[-1]  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.question, "Gent <&> Brugge")
    try:
        show_active(qtbot, window)  # back from the editor's window to the main window
        _fail_and_read_again(qtbot, window, capfd)
        assert editor.isVisible() and editor.question.toPlainText() == "Gent <&> Brugge"
    finally:
        editor.close_without_asking()


def _fail_and_read_again(qtbot, window: MainWindow, capfd: pytest.CaptureFixture[str]) -> None:
    ctx = window.ctx
    capfd.readouterr()
    with server_gone(ctx):
        window.overdue_status.timer.timeout.emit()  # every ten minutes
        assert "Niet gelezen: achterstallige opvolgacties" in _said(window)
        ctx.notify_changed("advice_talk")  # the Overzicht on screen reads again
        qtbot.waitUntil(lambda: "Overzicht" in _said(window))
        qtbot.keyClick(window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
        said = _said(window)
        assert "Opvolgacties" in said and "De database gaf een fout" in said, said
        assert window.statusBar().currentMessage() == said
        qtbot.keyClick(window.nav, Qt.Key.Key_F5)  # still gone: said again, nothing read
        assert _said(window) == said
    assert "Traceback" not in capfd.readouterr().err
    qtbot.keyClick(window.nav, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: _said(window) == "")
    assert window.statusBar().currentMessage() == ""
    assert window.overdue_label.text() == "Geen achterstallige opvolgacties"
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_figures(window)))


def test_a_hidden_page_that_failed_reads_when_shown_and_once_only(
    qtbot, window: MainWindow
) -> None:
    """Each try of a database that does not answer may wait (an SQLite busy timeout):
    showing a page tries it once, whether it is new or was marked stale."""
    ctx = window.ctx
    tries: list[str] = []

    def tried(*args: Any) -> None:
        if threading.current_thread() is threading.main_thread():  # not the Overzicht's
            tries.append(args[2])

    event.listen(ctx.db.engine, "before_cursor_execute", tried)  # before server_gone's
    with server_gone(ctx):
        qtbot.keyClick(window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
        follow_ups = window.page("follow_up_action")
        assert "Opvolgacties" in _said(window)
        assert len(tries) == 1, tries  # shown the first time: read once, not twice
        qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        ctx.notify_changed("follow_up_action")  # hidden: marked, not read
        assert follow_ups.stale
        tries.clear()
        qtbot.keyClick(window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
        assert len(tries) == 1, tries
    event.remove(ctx.db.engine, "before_cursor_execute", tried)
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert _said(window) == "" and not follow_ups.stale


def test_a_search_typed_while_the_database_fails_says_so(qtbot, window: MainWindow) -> None:
    """The search box searches on a timer after the typing stops: a database that fails
    then is said in the status bar, the typed words stay, and the next search works."""
    box = window.search_box
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    with server_gone(window.ctx):
        qtbot.keyClicks(box, "Gent")
        qtbot.waitUntil(lambda: "De database gaf een fout" in window.statusBar().currentMessage())
    assert box.text() == "Gent" and not box.results_visible()
    qtbot.keyClicks(box, "s")
    qtbot.waitUntil(box.results_visible)
