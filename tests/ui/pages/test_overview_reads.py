"""The Overzicht reads in worker threads (issue 15): at 100,000 talks its plan took the
GUI thread 85-120 ms at a time. The page answers while a read runs, a newer read wins
over an older one, a database that fails is said, closing during a read is harmless,
and what arrives is what the core counts."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from supportdesk.indicators import plan_item_months, year_plan_figures
from supportdesk.queries.follow_ups import overdue_count
from supportdesk.queries.overview import recent_activity
from supportdesk.queries.year_charts import talks_by_province, talks_by_theme
from tests.supportdesk.queries._data import action, focus_group, talk, trajectory
from tests.ui.reads import wait_read
from tests.ui.windows import show_active, show_page
from ui.background_read import wait_for_reads
from ui.pages import overview_plan
from ui.pages.overview import OverviewPage
from ui.style.charts import SPARK_ROLE
from ui.widgets.flat_list import KEY_ROLE

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2025, 6, 30)


class Held:
    """``year_plan_figures`` of one year held back until ``release`` (a slow database)."""

    def __init__(self, monkeypatch: Any, year: int) -> None:
        self.entered, self.release, self.left = (
            threading.Event(),
            threading.Event(),
            threading.Event(),
        )
        real = overview_plan.year_plan_figures

        def read(db: Any, y: int, today: date | None = None) -> Any:
            if y == year:
                self.entered.set()
                self.release.wait(2)
                self.left.set()
            return real(db, y, today)

        monkeypatch.setattr(overview_plan, "year_plan_figures", read)


def _page(qtbot: Any, ctx: Any) -> OverviewPage:
    page = OverviewPage(ctx)
    page.today_override = TODAY
    qtbot.addWidget(page)
    page.resize(1100, 800)
    return show_active(qtbot, page)


def test_a_year_chosen_while_another_is_read_wins_over_it(qtbot, ctx, monkeypatch):
    talk(ctx.db, "Gent", date(2024, 3, 4))
    for day in (date(2025, 2, 3), date(2025, 4, 5)):
        talk(ctx.db, "Aalst", day)
    held = Held(monkeypatch, 2025)
    page = _page(qtbot, ctx)
    page.year.setValue(2025)  # read in the background, held back
    assert held.entered.wait(2)
    page.year.setFocus()
    qtbot.keyClick(page.year, Qt.Key.Key_Down)  # the page answers: 2024
    assert page.year.value() == 2024
    assert not held.left.is_set(), "the page waited for the read before it took the key"
    held.release.set()  # 2025's figures come first: dropped, 2024's shown
    wait_read(qtbot, page)
    assert held.left.is_set()
    assert page.targets_box.title() == "Actieplan 2024"
    assert page.plan.words["advice_talks"].startswith("1 van")
    assert page.plan.figures["advice_talks"].value == 1
    qtbot.wait(30)  # nothing later changes it
    assert page.targets_box.title() == "Actieplan 2024"


def test_a_database_that_fails_during_a_read_is_said_and_read_again_later(qtbot, ctx):
    from ui.main_window import MainWindow

    talk(ctx.db, "Gent", date.today())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page = window.show_page("overview")
    wait_read(qtbot, page)

    def locked(*_args: Any) -> None:
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    event.listen(ctx.db.engine, "before_cursor_execute", locked)
    try:
        with qtbot.waitSignal(page.read_failed, timeout=3000) as failed:
            ctx.notify_changed("advice_talk")  # a save elsewhere: the page on screen reads
        assert "bezet" in failed.args[0]
        wait_read(qtbot, page)
        qtbot.waitUntil(lambda: "bezet" in window.statusBar().currentMessage(), timeout=3000)
        assert page.stale  # read again when shown again
        assert page.plan.figures["advice_talks"].value == 1  # what was read stays
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", locked)
    talk(ctx.db, "Aalst", date.today())
    ctx.notify_changed("advice_talk")
    wait_read(qtbot, page)
    assert page.plan.figures["advice_talks"].value == 2


def test_closing_the_window_while_the_overview_is_read(qtbot, ctx, monkeypatch):
    from ui.main_window import MainWindow

    held = Held(monkeypatch, date.today().year)
    window = MainWindow(ctx)
    show_active(qtbot, window)
    page = window.show_page("overview")
    assert held.entered.wait(2)
    assert not held.left.is_set(), "the window waited for the read before it showed"
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(page)
    held.release.set()  # the figures arrive for a page that is gone: dropped, no error
    wait_for_reads()
    qtbot.wait(30)


def test_what_arrives_is_what_the_core_counts(qtbot, ctx):
    """Figures, months, charts and lists read in the background equal the core's
    functions called directly, on a hand-made database."""
    for day in (date(2025, 1, 1), date(2025, 3, 12), date(2025, 3, 31), date(2025, 6, 30)):
        talk(ctx.db, "Gent", day)
    talk(ctx.db, "Aalst", date(2024, 3, 2))
    talk(ctx.db, "Brugge", date(2025, 7, 1))  # after today: planned
    trajectory(ctx.db, "Regie <&>", start_date=date(2024, 11, 2))
    focus_group(ctx.db, "Özdemir's groep", date(2025, 5, 6))
    t = talk(ctx.db, "Gent", date(2025, 6, 2))
    action(ctx.db, "Bel terug", date(2025, 6, 20), talk_id=t)
    page = OverviewPage(ctx)
    page.today_override = TODAY
    page.year.setValue(2025)
    show_page(qtbot, page, 1100, 800)
    wait_read(qtbot, page)

    assert page.plan.figures == {f.item.key: f for f in year_plan_figures(ctx.db, 2025, TODAY)}
    months = plan_item_months(ctx.db, 2025, TODAY)
    for row in page.plan.plan_items():
        key = str(row.data(0, KEY_ROLE))
        if key in months:
            assert row.data(4, SPARK_ROLE) == months[key], key
    page.plan.select_key("advice_talks")
    qtbot.waitUntil(lambda: page.plan.provinces_chart.isVisibleTo(page))
    wait_read(qtbot, page)
    assert page.plan.month_chart.values == months["advice_talks"] == [1, 0, 2, 0, 0, 2] + [0] * 6
    assert page.plan.month_chart.previous == plan_item_months(ctx.db, 2024, TODAY)["advice_talks"]
    assert page.plan.themes_chart.items == talks_by_theme(ctx.db, 2025, TODAY)
    assert page.plan.provinces_chart.items == talks_by_province(ctx.db, 2025, TODAY)
    assert (
        page.overdue_title.text()
        == f"&Achterstallige opvolgacties ({overdue_count(ctx.db, TODAY, None)})"
    )
    recent = recent_activity(ctx.db, TODAY, 12)
    shown = [page.recent.topLevelItem(i).text(2) for i in range(page.recent.topLevelItemCount())]
    assert shown == [a.title for a in recent] and "Regie <&>" in shown


def test_the_overviews_reads_import_nothing() -> None:
    """The worker runs the reads with the modules the GUI thread imported: it never
    imports a module (an import in two threads at once may deadlock; the ORM's warm-up
    imports in a worker too)."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "import ui.pages.overview, ui.navigation\n"
        "from supportdesk.queries.navigation import navigation_counts\n"
        "from supportdesk.database import open_app_database\n"
        "db = open_app_database(sys.argv[1])\n"
        "from ui.pages import overview_plan as p\n"
        "from ui.pages import overview as o\n"
        "before = set(sys.modules)\n"
        "y, today = 2025, date(2025, 6, 30)\n"
        "p.year_plan_figures(db, y, today); p.plan_item_months(db, y, today)\n"
        "p.talks_by_theme(db, y, today); p.talks_by_province(db, y, today)\n"
        "o.overdue_count(db, today, None); o.recent_activity(db, today, 12)\n"
        "o.follow_up_rows(db, 'overdue', 0, today, None, 10); navigation_counts(db, None)\n"
        "print(sorted(set(sys.modules) - before))\n"
    )
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [sys.executable, "-c", code, str(Path(folder) / "lees.sqlite3")],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
            timeout=120,
        )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout


def test_the_worker_reads_postgresql_as_sqlite(qtbot, db):
    """The worker takes its own connection from the engine's pool
    (``Database.read_connection``), on either database."""
    from ui.context import AppContext

    for day in (date(2025, 3, 12), date(2025, 6, 1)):
        talk(db, "Gent", day)
    focus_group(db, "Özdemir & co", date(2025, 5, 6))
    page = OverviewPage(AppContext(db))
    page.today_override = TODAY
    page.year.setValue(2025)
    show_page(qtbot, page, 1100, 800)
    wait_read(qtbot, page)
    assert page.plan.figures == {f.item.key: f for f in year_plan_figures(db, 2025, TODAY)}
    assert page.plan.figures["advice_talks"].value == 2
    assert page.overdue_title.text() == "&Achterstallige opvolgacties (0)"
    assert page.recent.topLevelItem(0).text(2) == "Gent"
