"""Every row of the speed table (issue 15) at 10,000 and 100,000 advice talks, in one run.

    .venv/bin/python benchmarks/run_all.py                     # 10k and 100k, all rows
    .venv/bin/python benchmarks/run_all.py --talks 100000 --only search,reports

Databases: ``supportdesk demo`` at scale 250 / 2500 (``_databases.py``, kept in
``bench-data/``; opening one migrates it as the app would). Each row gives median, p95
and max, wall and CPU time of this process (for start-up: the child's own CPU time up to
its READY line; for ``stats``: the whole child process, start to exit, as the parent's
RUSAGE_CHILDREN counts it), and the ratio to a baseline measured in the same run:

- search rows: one FTS5 MATCH of a whole word, first 50 rowids (SQLite);
- reports: ReportLab pages per second on a plain one-line-per-row table;
- start-up: a bare window (QApplication, an SQLAlchemy engine, one query, a shown
  QMainWindow) started the same way, in turns with the app's starts;
- pages: the same bare window's first paint (in process).

Search queries are typed letter by letter (``bench_search_keys.QUERIES``). The save
row adds talks dated 2020-01-02 to the 100k database each run (the 2025 figures do not
change). Benchmarks, not tests: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Child processes (start-up, ``stats``) keep their bytecode in bench-data/pycache, as an
# installed app keeps its .pyc files: without it every start compiles ~700 modules
# (PYTHONDONTWRITEBYTECODE may be set in a developer's shell).
PYCACHE = ROOT / "bench-data" / "pycache"
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ["PYTHONPYCACHEPREFIX"] = str(PYCACHE)

from _databases import demo_database  # noqa: E402
from _timing import Samples, repeat  # noqa: E402

ROWS = ("search", "reports", "pages", "save", "start", "stats")
YEAR = 2025


def busiest(db: Any) -> tuple[int, str, int]:
    from sqlalchemy import func, select

    from db.models import AdviceTalk, LocalGovernment

    with db.read() as s:
        lg_id, n = s.execute(
            select(AdviceTalk.local_government_id, func.count())
            .group_by(AdviceTalk.local_government_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        public = s.scalar(select(LocalGovernment.public_id).where(LocalGovernment.id == lg_id))
    return int(lg_id), str(public), int(n)


# --- search ---------------------------------------------------------------------------


def row_search(db: Any, reps: int) -> None:
    from bench_search_keys import baseline, keystrokes

    from supportdesk.warm_up import STEPS, load_step

    for step in STEPS:  # the ORM, loaded as the app's warm-up does before anyone types
        load_step(step)
    base = baseline(db, 5)
    keys, slow = keystrokes(db, reps)
    print(f"  baseline FTS5 MATCH (50 rowids): {base.line()}")
    print(f"  global search per keystroke: {keys.line(baseline=base)}")
    print("    slowest CPU ms: " + ", ".join(f"{q!r} {ms:.0f}" for ms, q in slow[:5]))


# --- reports --------------------------------------------------------------------------


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def plain_table_rate(out: Path) -> tuple[float, float]:
    """ReportLab pages per second (wall, CPU) on a plain table of one-line rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    rows = [[f"{i:06d}", "Gemeente", "telefoon", "Digitale inclusie"] for i in range(4000)]
    path = out / "plain.pdf"
    one = Samples()
    with one.timing():
        SimpleDocTemplate(str(path), pagesize=A4).build([Table(rows, repeatRows=1)])
    n = _pages(path)
    return n / (one.wall[0] / 1000), n / (one.cpu[0] / 1000)


def row_reports(db: Any, reps: int) -> None:
    from supportdesk.reports import render_case_summary, render_year_report

    out = Path(tempfile.mkdtemp())
    base_wall, base_cpu = plain_table_rate(out)
    print(f"  baseline ReportLab plain table: {base_wall:.0f} pages/s wall, {base_cpu:.0f} CPU")
    year_pdf = out / "year.pdf"
    year = repeat(lambda: render_year_report(db, YEAR, year_pdf, exported_by="bench"), reps)
    pages = _pages(year_pdf)
    rate = pages / (min(year.cpu) / 1000)
    print(
        f"  year report {YEAR} ({pages} pages): {year.line('s')}; "
        f"{rate:.0f} pages/s CPU = {rate / base_cpu:.2f}x the plain table's"
    )
    _, public, talks = busiest(db)
    case_pdf = out / "case.pdf"
    case = repeat(lambda: render_case_summary(db, public, case_pdf, exported_by="bench"), reps)
    print(
        f"  case summary of the busiest government ({talks} talks, {_pages(case_pdf)} pages): "
        f"{case.line('s')}"
    )


# --- pages (Qt) -----------------------------------------------------------------------


def _app() -> Any:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    app.setOrganizationName("SupportDesk-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(ROOT / "bench-data" / "ui-settings"),
    )
    return app


def _fire_timers(widget: Any) -> None:
    from PySide6.QtCore import QTimer

    for timer in widget.findChildren(QTimer):
        if timer.isActive() and timer.isSingleShot():
            timer.stop()
            timer.timeout.emit()


def row_pages(db: Any, reps: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView

    from ui.context import AppContext

    app = _app()
    ctx = AppContext(db)
    bare = Samples()
    for _ in range(reps * 3):
        with bare.timing():
            win = QMainWindow()
            win.resize(1280, 800)
            win.show()
            app.processEvents()
            win.repaint()
        win.close()
    print(f"  baseline bare window shown and painted: {bare.line()}")

    def paint(view: Any) -> None:
        app.processEvents()
        view.viewport().repaint()

    # Lokale besturen: sort by each column (both directions)
    from ui.pages.local_governments import LocalGovernmentsPage

    page = LocalGovernmentsPage(ctx)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    app.processEvents()
    view = page.findChildren(QTableView)[0]
    for col, name in ((6, "last contact"), (5, "open actions"), (3, "kind"), (1, "NIS")):
        s = Samples()
        for _ in range(reps):
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                with s.timing():
                    view.sortByColumn(col, order)
                    paint(view)
        print(f"  Lokale besturen sort by {name}: {s.line(baseline=bare)}")
    page.close()

    # advice-talk filter, typed letter by letter
    from ui.pages.advice_talks import AdviceTalksPage

    page = AdviceTalksPage(ctx)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    app.processEvents()
    box = getattr(getattr(page, "filters", None), "search", None)
    if not isinstance(box, QLineEdit):
        box = next(e for e in page.findChildren(QLineEdit) if e.isVisible() and e.isEnabled())
    view = page.findChildren(QTableView)[0]
    for word in ("gen", "oz", "digi", "brugge"):
        s = Samples()
        for _ in range(reps):
            box.clear()
            _fire_timers(page)
            app.processEvents()
            box.setFocus()
            for ch in word:
                with s.timing():
                    QTest.keyClick(box, ch)
                    _fire_timers(page)
                    paint(view)
        print(f"  advice-talk filter keystroke, {word!r}: {s.line(baseline=bare)}")
    box.clear()
    _fire_timers(page)
    page.close()

    # government detail of the busiest government
    from ui.pages.local_government_detail import LocalGovernmentDetail

    _, public, talks = busiest(db)
    detail = LocalGovernmentDetail(ctx)
    detail.resize(700, 800)
    detail.show()
    s = Samples()
    for _ in range(reps * 2):
        detail.show_government("")
        app.processEvents()
        with s.timing():
            detail.show_government(public)
            app.processEvents()
            detail.repaint()
    print(f"  government detail, busiest ({talks} talks): {s.line(baseline=bare)}")
    detail.close()

    # focus-group page, first open (a new page each time)
    from ui.pages.focus_groups import FocusGroupsPage

    s = Samples()
    for _ in range(reps):
        with s.timing():
            fg = FocusGroupsPage(ctx)
            fg.resize(1280, 800)
            fg.show()
            fg.refresh()
            app.processEvents()
            fg.repaint()
        fg.close()
        fg.deleteLater()
        app.processEvents()
    print(f"  focus-group page first open: {s.line(baseline=bare)}")

    # global search box in a window's toolbar: the key, the search, the result list
    # filled, shown and painted (bench_search_keys.search_box)
    from bench_search_keys import search_box

    s = search_box(db)
    print(f"  search box incl. result list (painted), per keystroke: {s.line(baseline=bare)}")


# --- save -----------------------------------------------------------------------------


def row_save(db: Any, reps: int) -> None:
    from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
    from supportdesk.services.follow_ups import FollowUpInput

    _, public, _ = busiest(db)
    talk = AdviceTalkInput(
        date(2020, 1, 2),
        public,
        "phone",
        "Hoe starten we met digihelpers? (benchmark)",
        new_follow_ups=(FollowUpInput("Gids mailen"),),
    )
    plain = AdviceTalkInput(date(2020, 1, 2), public, "phone", "Vraag (benchmark)")
    create_advice_talk(db, plain)  # warm up
    s = repeat(lambda: create_advice_talk(db, plain), reps * 5)
    print(f"  save one advice talk: {s.line()}")
    s = repeat(lambda: create_advice_talk(db, talk), reps * 5)
    print(f"  save one advice talk with a follow-up action: {s.line()}")


# --- processes ------------------------------------------------------------------------

BARE_CHILD = r"""
import sys, time, resource
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from sqlalchemy import create_engine, text
app = QApplication(["bare"])
engine = create_engine("sqlite:///" + {db!r})
with engine.connect() as conn:
    n = conn.execute(text("SELECT count(*) FROM local_government")).scalar()
win = QMainWindow(); win.setCentralWidget(QLabel(str(n))); win.resize(1280, 800); win.show()
app.processEvents(); win.repaint()
r = resource.getrusage(resource.RUSAGE_SELF)
print("READY", time.perf_counter() - t0, r.ru_utime + r.ru_stime, flush=True)
"""


def _child(code: str, reps: int) -> Samples:
    """``reps`` + 1 runs of ``_child_once``; the first, which fills the OS file cache, is
    left out."""
    out = Samples()
    for _ in range(reps + 1):
        out.add(*_child_once(code))
    out.wall.pop(0)
    out.cpu.pop(0)
    return out


def _child_once(code: str) -> tuple[float, float]:
    """Wall ms from spawn to the READY line (read as it is written, as ``bench_ui`` times
    the app's "usable" line: the child's exit is not counted), CPU ms of the child up to
    READY (user + system)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line, wall = None, 0.0
    for text_line in proc.stdout:
        if text_line.startswith("READY"):
            wall = (time.perf_counter() - started) * 1000
            line = text_line
    _rest, err = proc.communicate()
    if line is None:
        raise RuntimeError(err)
    return wall, float(line.split()[2]) * 1000


START_VARIANTS = (
    ("with quick check and start backup (every start before issue 15)", False, True),
    ("as the app starts again after a clean exit, file unchanged", False, False),
    ("without the start checks", True, False),
)


def row_start(path: Path, reps: int) -> None:
    """The bare window and the three kinds of start, taken in turns (bare, each kind,
    bare, ...) so that a slower minute of a shared machine weighs on the baseline and the
    app alike; each ratio is of medians over the same rounds. The first round fills the
    OS file cache and is left out."""
    import bench_ui

    bare = Samples()
    runs: list[list[tuple[float, list[float]]]] = [[] for _ in START_VARIANTS]
    begun = time.time() - 1
    try:
        for round_ in range(reps + 1):
            wall, cpu = _child_once(BARE_CHILD.format(db=str(path)))
            if round_:
                bare.add(wall, cpu)
            for kind, (_what, no_checks, first) in zip(runs, START_VARIANTS, strict=True):
                run = bench_ui.start_once(path, no_checks, first_start=first)
                if round_:
                    kind.append(run)
    finally:
        bench_ui.remove_new_backups(path, begun)
    print(f"  baseline bare Qt + SQLAlchemy window (process): {bare.line()}")
    bare_wall = statistics.median(bare.wall)
    for (what, _no_checks, _first), kind in zip(START_VARIANTS, runs, strict=True):
        warm = statistics.median(total for total, _parts in kind)
        parts = [statistics.median(p[i] for _total, p in kind) for i in range(10)]
        print(
            f"  start, {what}: window usable (painted, menus and navigation, before the "
            f"Overzicht is read) median {parts[7]:.0f} ms wall ({parts[7] / bare_wall:.2f}x "
            f"the bare window), CPU {parts[8]:.0f} ms; Overzicht figures on screen "
            f"median {warm:.0f} ms wall "
            f"({warm / bare_wall:.2f}x the bare window), CPU {parts[4]:.0f} ms; "
            f"longest stall of the window between its paint and the figures "
            f"{parts[9]:.0f} ms; start checks done {parts[5]:.0f} ms after start"
        )


def row_stats(path: Path, reps: int) -> None:
    for changed in (True, False):
        _stats_runs(path, reps, changed)


def _stats_runs(path: Path, reps: int, changed: bool) -> None:
    """``stats`` runs; with ``changed`` the record of the last quick check is dropped
    before each, as when the file changed since (the quick check runs, as always before)."""
    from supportdesk.safety.check_record import forget_check

    cache = PYCACHE
    env = dict(os.environ)
    s = Samples()
    for i in range(reps * 2 + 1):
        if changed:
            forget_check(path)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.run(  # the command as a user runs it: the whole process counts
            [sys.executable, str(ROOT / "main.py"), "--db", str(path), "stats"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
        wall = (time.perf_counter() - started) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr)
        if i:  # the first run writes the bytecode cache
            s.add(wall, cpu)
    what = "changed since the last quick check" if changed else "unchanged since a quick check"
    print(
        f"  `supportdesk stats` as a process, file {what} (PYTHONPYCACHEPREFIX={cache}): {s.line()}"
    )


ROW_FUNCTIONS: dict[str, Any] = {
    "search": row_search,
    "reports": row_reports,
    "pages": row_pages,
    "save": row_save,
    "start": row_start,
    "stats": row_stats,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--talks", type=int, action="append")
    parser.add_argument("--only", default=",".join(ROWS), help="comma-separated: " + ",".join(ROWS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    only = set(args.only.split(","))
    from db.migrate import open_database

    print(f"load average at start: {os.getloadavg()}, {os.cpu_count()} CPUs", flush=True)
    for talks in args.talks or [10_000, 100_000]:
        path, meta = demo_database(talks)
        t = time.perf_counter()
        db = open_database(str(path), actor="bench")
        print(
            f"\n== {talks:,} talks: {path.name}, {meta['counts']} "
            f"(opened/migrated in {time.perf_counter() - t:.1f} s) ==",
            flush=True,
        )
        for name in ROWS:
            if name not in only:
                continue
            started = time.perf_counter()
            if name in ("start", "stats"):  # separate processes on the file
                ROW_FUNCTIONS[name](path, args.repeat)
            else:
                ROW_FUNCTIONS[name](db, args.repeat)
            print(
                f"  ({name}: {time.perf_counter() - started:.0f} s; load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
        db.dispose()


if __name__ == "__main__":
    main()
