"""The app's start (issue 15): the window, its menus and navigation are on screen before
the Overzicht's figures and the navigation counts are read, which happens right after
the first paint; what the first screen does not use is not imported at start."""

from __future__ import annotations

import ast
import gc
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

import supportdesk.warm_up as warm_up_steps
from supportdesk.safety.startup import Opened
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from supportdesk.services.local_governments import complete_local_governments
from supportdesk.services.team import TeamMemberInput, create_team_member
from tests.ui.reads import wait_read
from tests.ui.windows import show_active
from ui import start_collection
from ui.app import build_window, show_and_check
from ui.context import AppContext
from ui.pages.base import Page
from ui.warm_up import InputGate, start_warm_up

ROOT = Path(__file__).resolve().parents[2]


def _statements(ctx: AppContext) -> list[str]:
    seen: list[str] = []

    def remember(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", remember)
    return seen


def _table_export(window: Any) -> Any:
    """Bestand > Exporteren naar Excel/CSV…"""
    return next(a for a in window.file_menu.actions() if "Excel" in a.text())


def test_the_first_page_is_read_after_the_window_shows(qtbot, ctx: AppContext) -> None:
    seen = _statements(ctx)
    window = build_window(ctx)
    qtbot.addWidget(window)
    # built, menus and all, reading nothing: no figure of the plan, no navigation
    # count, not even the status bar's overdue count (read after the paint)
    assert not any("SELECT" in sql for sql in seen), seen
    assert window.nav.counts is None
    assert window.overdue_label.text() == ""
    assert [a.text() for a in window.menuBar().actions()] == ["&Bestand", "&Ga naar", "&Help"]
    # the Overzicht's place is chosen in the navigation, its frame empty until the fill
    assert window.nav.currentRow() == 0 and window.stack.currentIndex() == 0
    assert not isinstance(window.stack.currentWidget(), Page)
    assert not _table_export(window).isEnabled()
    with qtbot.waitSignal(window.first_page_filled):
        window.show()
        window.fill_first_page()
    overview = window.stack.currentWidget()
    assert overview is window.page("overview")
    assert overview.plan.figures  # type: ignore[attr-defined]
    assert _table_export(window).isEnabled()  # the Overzicht's figures export
    assert window.nav.counts is not None
    assert window.overdue_label.text() == "Geen achterstallige opvolgacties"
    assert any("plan_item" in sql for sql in seen)
    seen.clear()
    window.fill_first_page()  # once only
    assert seen == []


def test_ctrl_n_works_before_the_first_page_is_read(qtbot, ctx: AppContext) -> None:
    window = build_window(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.nav.counts is None
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.page("advice_talk")
    assert page.editors, "Ctrl+N opened no editor"  # type: ignore[attr-defined]
    for editor in list(page.editors):  # type: ignore[attr-defined]
        editor.close_without_asking()
    window.fill_first_page()
    assert window.page("overview").plan.figures  # type: ignore[attr-defined]


def test_the_first_screen_imports_no_editor_export_dialog_or_other_page() -> None:
    """The main window and the Overzicht (the first screen) import no editor, no other
    page, no export dialog, mail reader or report data; those load when first used."""
    code = (
        "import sys, ui.app, ui.main_window, ui.pages.overview\n"
        "print(sorted(m for m in ('ui.widgets.editor', 'ui.pages.advice_talks', "
        "'ui.pages.trajectories', 'ui.export.questions', 'supportdesk.reports.data', "
        "'supportdesk.mail_import', 'ui.editors.attachments_panel', 'alembic', 'faker', "
        "'reportlab', 'openpyxl', 'icalendar') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout


def test_a_page_chosen_before_the_first_page_is_read_stays_on_screen(
    qtbot, ctx: AppContext
) -> None:
    window = build_window(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    third = window.stack.currentWidget()
    assert isinstance(third, Page) and window.nav.currentRow() == 2
    window.fill_first_page()
    assert window.stack.currentWidget() is third and window.nav.currentRow() == 2
    assert window.nav.counts is not None
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    wait_read(qtbot, window.page("overview"))  # its figures arrive from a worker thread
    assert window.page("overview").plan.figures  # type: ignore[attr-defined]


def test_the_status_bar_counts_my_overdue_actions_once_the_window_is_painted(
    qtbot, ctx: AppContext
) -> None:
    me = create_team_member(ctx.db, TeamMemberInput("Łukasz Özdemir", "lukasz@example.be"))
    other = create_team_member(ctx.db, TeamMemberInput("Ann <&>", "ann@example.be"))
    ctx.settings().setValue("user/team_member_id", me.id)
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    yesterday = date.today() - timedelta(days=1)
    for owner in (me.id, me.id, other.id):
        create_follow_up(
            ctx.db, FollowUpInput("Bel terug", due_date=yesterday, owner_id=owner),
            local_government_id=gent,
        )  # fmt: skip
    ctx.db.actor = "someone else"
    window = build_window(ctx)
    qtbot.addWidget(window)
    assert ctx.db.actor == "Łukasz Özdemir"  # what I save carries my name, as before
    assert window.overdue_label.text() == ""  # not read while the window is built
    show_active(qtbot, window)
    window.fill_first_page()
    assert window.overdue_label.text() == "⚠ 2 van mijn opvolgacties zijn achterstallig"
    assert window.overdue_label.accessibleName() == "2 van mijn opvolgacties zijn achterstallig"
    # later changes count again, as before
    create_follow_up(
        ctx.db, FollowUpInput("Nog één", due_date=yesterday, owner_id=me.id),
        local_government_id=gent,
    )  # fmt: skip
    ctx.notify_changed("follow_up_action")
    assert window.overdue_label.text() == "⚠ 3 van mijn opvolgacties zijn achterstallig"


class _Slow(QThread):
    def run(self) -> None:
        self.msleep(300)


def test_a_key_pressed_while_the_orm_loads_waits_for_it_then_is_typed(qtbot) -> None:
    """The start's worker (``ui.warm_up``): a key that comes meanwhile is held until the
    worker is done (the GUI thread then imports nothing beside it), then typed as usual;
    after it, keys pass at once."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    show_active(qtbot, edit)
    worker = _Slow()
    app = QApplication.instance()
    assert app is not None
    InputGate(worker, app)
    worker.start()
    assert worker.isRunning()
    qtbot.keyClicks(edit, "Ö")
    assert worker.isFinished()  # the key waited for the worker
    assert edit.text() == "Ö"
    qtbot.keyClicks(edit, "z<")
    assert edit.text() == "Öz<"


def _slow_steps(monkeypatch: Any) -> list[str]:
    """The ORM's load steps made slow (80 ms each, loading nothing): the list the steps
    that ran are added to."""
    ran: list[str] = []

    def slow_step(step: str) -> None:
        QThread.msleep(80)
        ran.append(step)

    monkeypatch.setattr(warm_up_steps, "load_step", slow_step)
    return ran


def test_the_orm_loads_one_step_at_a_time_and_a_key_leaves_the_rest_to_the_gui_thread(
    qtbot, monkeypatch
) -> None:
    """A key during the background load waits for the step under way only (each is one
    import, ~40-65 ms at start), then is typed; the steps not yet run are not started
    any more (the GUI thread imports what it needs itself); without input all run."""
    ran = _slow_steps(monkeypatch)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    show_active(qtbot, edit)
    untouched = start_warm_up(edit)
    qtbot.waitUntil(untouched.isFinished, timeout=5000)
    assert ran == list(warm_up_steps.STEPS)
    ran.clear()
    warm_up = start_warm_up(edit)
    assert warm_up.isRunning()
    qtbot.keyClicks(edit, "Ö")
    assert warm_up.isFinished() and ran == [warm_up_steps.STEPS[0]]
    assert edit.text() == "Ö"
    qtbot.wait(50)
    assert ran == [warm_up_steps.STEPS[0]]  # nothing more started in the background


def test_a_letter_composed_by_the_input_method_waits_for_the_orm_step_under_way(
    qtbot, monkeypatch
) -> None:
    """A letter typed through the input method (a dead key or compose: the ë of België
    on Linux with IBus, ⌥ on macOS) comes as an input-method event, not a key press:
    it too waits for the step under way and leaves the rest to the GUI thread (its
    text change starts the search, which imports the ORM)."""
    ran = _slow_steps(monkeypatch)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    show_active(qtbot, edit)
    warm_up = start_warm_up(edit)
    assert warm_up.isRunning()
    composed = QInputMethodEvent()
    composed.setCommitString("ë")
    QApplication.sendEvent(edit, composed)
    assert warm_up.isFinished() and ran == [warm_up_steps.STEPS[0]]
    assert edit.text() == "ë"


def test_the_app_fills_the_first_page_then_loads_the_orm_and_ctrl_n_meanwhile_works(
    qtbot, ctx: AppContext
) -> None:
    window = build_window(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_page_filled, timeout=10_000):
        show_and_check(window, ctx, Opened(ctx.db))  # as ui.app: no start checks here
    overview = window.page("overview")
    assert window.stack.currentWidget() is overview
    assert overview.plan.figures  # type: ignore[attr-defined]
    assert window.nav.counts is not None
    assert window.overdue_label.text() == "Geen achterstallige opvolgacties"
    qtbot.waitUntil(lambda: ctx.warm_up is not None)  # the ORM, after the first page
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ctx.warm_up.isFinished()  # type: ignore[union-attr]  # the key waited for it
    page = window.page("advice_talk")
    assert page.editors, "Ctrl+N opened no editor"  # type: ignore[attr-defined]
    for editor in list(page.editors):  # type: ignore[attr-defined]
        editor.close_without_asking()


START = """
import gc, sys
from PySide6.QtCore import QSettings, QTimer
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from ui.app import build_window, create_application, open_for_window, show_and_check
from ui.context import AppContext
from ui.welcome.start import first_start, mark_demo
app = create_application(["test"], pause_collection=True)  # as run_app
opened = open_for_window(sys.argv[1])
ctx = AppContext(opened.db)
assert first_start(ctx, "nl").next_location is None  # a team: no welcome
window = build_window(ctx)
mark_demo(window, ctx)
WATCHED = ("sqlalchemy.orm", "db.models", "db.base", "ui.pages.overview", "ui.welcome.dialog")
seen = {}
def painted():
    window.repaint()
    seen["painted"] = sorted(m for m in WATCHED if m in sys.modules)
    seen["collecting at paint"] = gc.isenabled()
QTimer.singleShot(0, painted)
checker = show_and_check(window, ctx, opened)
def filled():
    seen["filled"] = bool(window.page("overview").plan.figures)
    seen["counts"] = window.nav.counts is not None
    seen["then"] = sorted(m for m in WATCHED if m in sys.modules)
    seen["collecting once filled"] = (gc.isenabled(), gc.get_freeze_count() > 0)
    QTimer.singleShot(1, loaded)
def loaded():
    if ctx.warm_up is None or not ctx.warm_up.isFinished():
        QTimer.singleShot(5, loaded)
        return
    seen["later"] = sorted(m for m in WATCHED if m in sys.modules)
    app.quit()
window.first_page_filled.connect(filled)
app.exec()
if checker is not None:
    checker.wait()
opened.db.dispose()
print(seen)
"""


def test_the_window_and_its_first_page_are_on_screen_before_the_orm_is_imported(
    ctx: AppContext, tmp_path
) -> None:
    """The app's start in a process of its own (as ``ui.app._run``, offscreen): neither
    ``sqlalchemy.orm`` nor the models are imported at the window's first paint (the
    open, the welcome check, the actor's name and the window read with Core only), nor
    when its first page (the Overzicht's figures, the navigation counts) is filled;
    they load after that, in the worker. A database with a team loads nothing of the
    welcome (its check is one Core query)."""
    create_team_member(ctx.db, TeamMemberInput("Łukasz Özdemir", "lukasz@example.be"))
    path = ctx.db.engine.url.database
    ctx.db.dispose()
    done = subprocess.run(
        [sys.executable, "-c", START, str(path), str(tmp_path / "settings")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    seen = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert seen["painted"] == [], seen
    # the cyclic collector paused while the app starts, on again (what the start built
    # frozen) once the first page is filled (ui.start_collection)
    assert seen["collecting at paint"] is False, seen
    assert seen["collecting once filled"] == (True, True), seen
    assert seen["filled"] is True and seen["counts"] is True, seen
    assert seen["then"] == ["ui.pages.overview"], seen
    assert set(seen["later"]) == {"sqlalchemy.orm", "db.models", "db.base", "ui.pages.overview"}


def test_a_database_that_fails_after_the_paint_is_said_and_the_start_goes_on(
    qtbot, ctx: AppContext
) -> None:
    """The file locked (or the server gone) between the open and the first page's
    reads: the status bar says so, and the start still ends (``first_page_filled``:
    the collector's pause over, the start checks begun, the ORM loaded in the
    background); once the database answers again, the pages read as usual."""
    window = build_window(ctx)
    qtbot.addWidget(window)

    def locked(*_args: Any) -> None:
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    event.listen(ctx.db.engine, "before_cursor_execute", locked)
    start_collection.pause()
    try:
        with qtbot.waitSignal(window.first_page_filled, timeout=10_000):
            show_and_check(window, ctx, Opened(ctx.db))
        assert gc.isenabled()
    finally:
        start_collection.resume()
    assert "bezet" in window.statusBar().currentMessage()
    assert window.stack.currentWidget() is window.page("overview")
    qtbot.waitUntil(lambda: ctx.warm_up is not None and ctx.warm_up.isFinished())
    event.remove(ctx.db.engine, "before_cursor_execute", locked)
    qtbot.keyClick(window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page("follow_up_action")
