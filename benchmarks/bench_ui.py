"""Measure the desktop client on big databases: start-up to a usable main window, and
the cost of one keystroke in the advice-talk list's filter and in the global search.

    .venv/bin/python benchmarks/bench_ui.py                  # scale 250 and 2500
    .venv/bin/python benchmarks/bench_ui.py --scale 250 --repeat 5

Databases come from the demo generator (``scale`` 250 ≈ 10,000 advice talks, 2500 ≈
100,000) and are kept in ``bench-data/ui-demo-<scale>.sqlite3`` (ignored by git),
reused when they exist. Qt runs offscreen.

What is timed:

- **start-up**: a fresh Python process (``STARTUP_CHILD``) that does what ``ui.app``
  does: create the QApplication, load the translation, open (migrate-check) the
  database, build the main window, show it; "usable" is when the first page
  (Overzicht, with its figures, chart, overdue actions and recent activity, and the
  navigation counts; what is read in worker threads applied) has been painted and the
  event loop is idle. Measured as the app starts (``ui.app.open_for_window``:
  the cheap checks, then ``show_and_check``: the quick check and the start backup in a
  worker thread once the window shows; when that finished is shown too) and without
  those start checks; the backups the runs make are deleted again.
  Measured from before the process is spawned until it reports, so interpreter start
  and imports count. Median of ``--repeat`` runs (the first, cold run is shown too).
- **filter keystroke**: in the Adviesgesprekken page, one character typed into the
  filter box, timed from the key press until the list shows the new first rows
  (the page's typing pause, if any, is not counted: the timer is fired at once).
- **search keystroke**: the global search box's query and result list for a growing
  word, one character at a time.
- **follow_ups**: the Opvolgacties page reloading its grouped follow-up list.

Figures are medians in milliseconds, wall-clock; the CPU time of the process is shown
beside them, which says more than the wall clock on a busy machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCH_DIR = ROOT / "bench-data"
STARTUP_CHILD = r"""
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings, QTimer
from ui.app import build_window, create_application, open_for_window, show_and_check
from ui.context import AppContext
if {no_backup!r}:  # open as the app does, minus the quick check and the start backup
    def open_for_window(location):  # imported where the app imports them: at the open
        from supportdesk.database import open_app_database
        from supportdesk.safety.startup import Opened
        return Opened(open_app_database(location))
app = create_application(["bench"], pause_collection=True)  # as run_app
app.setOrganizationName("SupportDesk-bench")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings!r})
from ui.i18n import install_translation
translators = install_translation("nl")
from ui.main_window import MainWindow
t_import = time.perf_counter()
opened = open_for_window({db!r})
db = opened.db
t_db = time.perf_counter()
ctx = AppContext(db)
from ui.welcome.start import first_start, mark_demo
first_start(ctx, "nl")  # as run_app: the welcome's check (a database with a team: no welcome)
window = build_window(ctx)  # as run_app: the first page is read after the first paint
mark_demo(window, ctx)
from PySide6.QtCore import Qt
ticks = []  # the event loop's beats from the paint until the figures are on screen
beat = QTimer()
beat.setTimerType(Qt.TimerType.PreciseTimer)
beat.setInterval(2)
beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
def usable():  # queued before show_and_check queues the first page's reading
    window.repaint()
    print("USABLE", time.perf_counter() - t0, time.process_time(), flush=True)
    ticks.append(time.perf_counter())
    beat.start()
QTimer.singleShot(0, usable)
checker = show_and_check(window, ctx, opened)  # as run_app: the checks after show()
t_window = time.perf_counter()
def ready(hops=2, waited=False):
    # The Overzicht's figures, chart and lists and the navigation counts read (in worker
    # threads: their results applied; ui.background_read), then what that queued done
    # too: two more passes of the event loop after the first page was filled. (Not
    # polled before: zero timers spinning while the ORM loads in its worker would take
    # CPU and the GIL from it.)
    if not waited:
        page = window.stack.currentWidget()
        page_read = getattr(page, "when_read", lambda then: then())
        page_read(lambda: window.nav.when_read(lambda: ready(hops, True)))
        return
    if hops:
        QTimer.singleShot(0, lambda: ready(hops - 1, True))
        return
    window.repaint()
    t_ready = time.perf_counter()
    beat.stop()
    ticks.append(t_ready)
    # the longest time the window could not answer (a key press waited) after its paint
    print("STALL", max(b - a for a, b in zip(ticks, ticks[1:])), flush=True)
    print("READY", t_import - t0, t_db - t_import, t_window - t_db, t_ready - t_window,
          time.process_time(), flush=True)
    if checker is None or checker.result is not None:
        checked()
    else:
        checker.finished.connect(lambda _check: checked())
def checked():
    print("CHECKED", time.perf_counter() - t0, time.process_time(), flush=True)
    app.quit()
window.first_page_filled.connect(lambda: ready(), Qt.ConnectionType.SingleShotConnection)
app.exec()
ctx.loaded()  # as the window's close in the app: the warm-up's step under way ends first
if checker is not None:
    checker.wait()
db.dispose()
if {clean_exit!r}:
    from ui.app import end_session
    end_session(opened)  # as run_app at a clean exit
"""


def database(scale: int) -> Path:
    """The demo database of ``scale``, generated on first use."""
    BENCH_DIR.mkdir(exist_ok=True)
    path = BENCH_DIR / f"ui-demo-{scale}.sqlite3"
    if path.exists():
        return path
    from supportdesk.database import open_app_database
    from supportdesk.demo import generate_demo

    tmp = path.with_suffix(".tmp.sqlite3")
    for leftover in BENCH_DIR.glob(tmp.name + "*"):
        leftover.unlink()
    db = open_app_database(str(tmp), actor="bench")
    try:
        summary = generate_demo(db, scale=scale)
    finally:
        db.dispose()
    tmp.rename(path)
    print(
        f"  generated {path.name}: {summary.advice_talks:,} talks, "
        f"{summary.counts.get('follow_up_action', 0):,} actions in {summary.seconds:.0f} s",
        flush=True,
    )
    return path


def remove_new_backups(path: Path, since: float) -> None:
    """Delete the start backups our runs made beside ``path`` (each is a full copy)."""
    folder = path.parent / "backups"
    for backup in folder.glob(f"{path.stem}-start-*.sqlite3"):
        if backup.stat().st_mtime >= since:
            backup.unlink()


def startup(
    path: Path, repeat: int, no_backup: bool = False, *, first_start: bool = False
) -> tuple[float, float, list[float]]:
    """(cold ms, median warm ms, median child breakdown ms) of ``repeat`` + 1 starts
    (``start_once``) to the Overzicht with its figures on screen and the event loop
    idle; the start backups the runs made are deleted again."""
    begun = time.time() - 1
    try:
        runs = [start_once(path, no_backup, first_start=first_start) for _ in range(repeat + 1)]
    finally:
        remove_new_backups(path, begun)
    warm = [run[1] for run in runs[1:]]
    breakdown = [statistics.median(p[i] for p in warm) for i in range(10)]
    return runs[0][0], statistics.median(run[0] for run in runs[1:]), breakdown


def start_once(
    path: Path, no_backup: bool = False, *, first_start: bool = False
) -> tuple[float, list[float]]:
    """(ms from spawn to READY, the breakdown) of one start in a fresh process.

    The breakdown: imports, open db, window, first page read and painted, CPU of the
    process at that point; start checks done (ms after start), CPU then; the window
    usable (painted with its menus and navigation, before the first page's figures are
    read): ms from spawn as seen here, CPU of the process then; and the longest stall of
    the event loop between that paint and the figures on screen (ms a key pressed then
    could wait: the longest gap between the beats of a 2 ms timer).

    Each run exits as the app does on a clean exit, so the next run finds the file as
    SupportDesk left it (no quick check within a day, no backup of an unchanged file).
    With ``first_start`` the record of earlier checks and backups is removed first: the
    quick check and the start backup both run, as on every start before issue 15. The
    caller deletes the backups (``remove_new_backups``).
    """
    from supportdesk.safety.check_record import record_path

    settings = BENCH_DIR / "ui-settings"
    settings.mkdir(exist_ok=True)
    code = STARTUP_CHILD.format(
        root=str(ROOT), db=str(path), settings=str(settings), no_backup=no_backup,
        clean_exit=True,
    )  # fmt: skip
    if first_start:
        record_path(path).unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    total, line, checked, usable, stall = 0.0, None, None, None, 0.0
    for out in proc.stdout:  # the time to READY, not to the end of the checks
        if out.startswith("STALL"):
            stall = float(out.split()[1]) * 1000
        elif out.startswith("USABLE"):
            usable = [(time.perf_counter() - started) * 1000, float(out.split()[2]) * 1000]
        elif out.startswith("READY"):
            total = (time.perf_counter() - started) * 1000
            line = out
        elif out.startswith("CHECKED"):
            checked = out
    _out, err = proc.communicate()
    if line is None or checked is None or usable is None:
        raise RuntimeError(f"start-up child failed:\n{err}")
    parts = [float(x) * 1000 for x in line.split()[1:] + checked.split()[1:]]
    return total, parts + usable + [stall]


def _app() -> object:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    app.setOrganizationName("SupportDesk-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(BENCH_DIR / "ui-settings")
    )
    return app


def _fire_pending_timers(widget: object) -> None:
    """Fire the page's typing-pause timers now, so only the work itself is timed."""
    from PySide6.QtCore import QTimer

    for timer in widget.findChildren(QTimer):  # type: ignore[attr-defined]
        if timer.isActive() and timer.isSingleShot():
            timer.stop()
            timer.timeout.emit()


def filter_keystrokes(path: Path, words: list[str]) -> dict[str, float]:
    """Median ms per keystroke in the advice-talk page's filter box (None if no page)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

    from supportdesk.database import open_app_database
    from ui.context import AppContext

    app = _app()
    assert isinstance(app, QApplication)
    try:
        from ui.pages.advice_talks import AdviceTalksPage
    except ImportError:
        return {}
    db = open_app_database(str(path), actor="bench")
    page = AdviceTalksPage(AppContext(db))
    page.resize(1280, 800)
    page.show()
    page.refresh()
    app.processEvents()
    filters = getattr(page, "filters", None)
    box = getattr(filters, "search", None)
    if not isinstance(box, QLineEdit):  # another layout: the first text field
        box = next(e for e in page.findChildren(QLineEdit) if e.isVisible() and e.isEnabled())
    view = page.findChildren(QTableView)[0]
    times: list[float] = []
    cpu_times: list[float] = []
    for word in words:
        box.clear()
        _fire_pending_timers(page)
        app.processEvents()
        box.setFocus()
        for ch in word:
            started, cpu = time.perf_counter(), time.process_time()
            QTest.keyClick(box, ch)
            _fire_pending_timers(page)
            app.processEvents()
            view.viewport().repaint()
            times.append((time.perf_counter() - started) * 1000)
            cpu_times.append((time.process_time() - cpu) * 1000)
    # sorting a column, for the record
    started = time.perf_counter()
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    app.processEvents()
    view.viewport().repaint()
    sort_ms = (time.perf_counter() - started) * 1000
    page.close()
    db.dispose()
    return {
        "median": statistics.median(times),
        "max": max(times),
        "cpu": statistics.median(cpu_times),
        "sort": sort_ms,
        "rows_model": float(view.model().rowCount()),
    }


def search_keystrokes(path: Path, words: list[str]) -> dict[str, float]:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    from supportdesk.database import open_app_database
    from ui.context import AppContext
    from ui.search_box import SearchBox

    app = _app()
    assert isinstance(app, QApplication)
    db = open_app_database(str(path), actor="bench")
    win = QMainWindow()
    box = SearchBox(AppContext(db))
    win.setCentralWidget(box)
    win.resize(900, 600)
    win.show()
    app.processEvents()
    times: list[float] = []
    cpu_times: list[float] = []
    for word in words:
        box.clear()
        app.processEvents()
        for ch in word:
            started, cpu = time.perf_counter(), time.process_time()
            QTest.keyClick(box, ch)
            box.run_search()  # the typing pause, skipped
            app.processEvents()
            if box.results is not None:
                box.results.view.viewport().repaint()
            times.append((time.perf_counter() - started) * 1000)
            cpu_times.append((time.process_time() - cpu) * 1000)
    win.close()
    db.dispose()
    return {
        "median": statistics.median(times),
        "max": max(times),
        "cpu": statistics.median(cpu_times),
    }


def follow_ups_reload(path: Path, repeat: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from supportdesk.database import open_app_database
    from ui.context import AppContext
    from ui.pages.follow_ups import FollowUpsPage
    from ui.pages.overview import OverviewPage

    app = _app()
    assert isinstance(app, QApplication)
    db = open_app_database(str(path), actor="bench")
    ctx = AppContext(db)
    result: dict[str, float] = {}
    for name, cls in (("follow_ups", FollowUpsPage), ("overview", OverviewPage)):
        page = cls(ctx)
        page.resize(1280, 800)
        page.show()
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            page.refresh()
            getattr(page, "finish_reading", lambda: None)()  # the Overzicht's worker reads
            app.processEvents()
            page.repaint()
            times.append((time.perf_counter() - started) * 1000)
        result[name] = statistics.median(times)
        page.close()
    db.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, action="append", help="demo scale (repeatable)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    scales = args.scale or [250, 2500]
    filter_words = ["gent", "digi", "brugge", "web"]
    search_words = ["digihelpers", "gent", "toegankelijk", "özdemir"]
    for scale in scales:
        path = database(scale)
        scale_started = time.time() - 1
        print(f"\n== demo scale {scale} ({path.name}) ==", flush=True)
        for no_backup in (False, True):
            cold, warm, parts = startup(path, args.repeat, no_backup)
            what = "without the start checks" if no_backup else "as the app starts"
            print(
                f"start-up, {what}: window usable (painted, menus and navigation) "
                f"{parts[7]:.0f} ms median (CPU {parts[8]:.0f} ms); Overzicht figures on "
                f"screen {warm:.0f} ms median "
                f"(first run {cold:.0f} ms); in the process: imports {parts[0]:.0f}, "
                f"open db {parts[1]:.0f}, window {parts[2]:.0f}, first paint {parts[3]:.0f} ms; "
                f"CPU time of the process {parts[4]:.0f} ms; quick check and start backup "
                f"done {parts[5]:.0f} ms after start (CPU then {parts[6]:.0f} ms); longest "
                f"stall of the window between its paint and the figures {parts[9]:.0f} ms",
                flush=True,
            )
        f = filter_keystrokes(path, filter_words)
        if f:
            print(
                f"advice-talk filter keystroke: {f['median']:.1f} ms median "
                f"(CPU {f['cpu']:.1f} ms), {f['max']:.1f} max; sort by column {f['sort']:.1f} ms",
                flush=True,
            )
        else:
            print("advice-talk filter keystroke: (no Adviesgesprekken page yet)")
        s = search_keystrokes(path, search_words)
        print(
            f"search keystroke: {s['median']:.1f} ms median (CPU {s['cpu']:.1f} ms), "
            f"{s['max']:.1f} max",
            flush=True,
        )
        r = follow_ups_reload(path, args.repeat)
        print(
            f"Opvolgacties reload: {r['follow_ups']:.1f} ms; "
            f"Overzicht refresh: {r['overview']:.1f} ms",
            flush=True,
        )
        remove_new_backups(path, scale_started)  # whatever else made one of ours


if __name__ == "__main__":
    main()
