"""The Overzicht shows every item of the year's plan under SD1, SD2 and SD3, each with its
figure against its target; Enter opens the list behind a figure; a year without a plan
of its own says so and offers Beheer → Jaarplan. The issue's scenario end to end: an
info session of 23 people from 3 governments for 2,5 hours, logged in the editor, is
57,5 participant hours in the Overzicht and in the year report's PDF."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from supportdesk.reports import render_year_report
from tests.ui.activity_steps import add_governments, log_info_session
from tests.ui.editor_windows import discard_unsaved  # noqa: F401
from tests.ui.reads import wait_read
from tests.ui.windows import show_page
from ui.pages.overview import OverviewPage
from ui.pages.plan_records import PlanRecordsDialog

TODAY = date(2025, 6, 30)


pytestmark = pytest.mark.usefixtures("discard_unsaved")


def make_page(qtbot, ctx, year: int = 2025) -> OverviewPage:
    page = OverviewPage(ctx)
    page.today_override = TODAY
    page.year.setValue(year)
    show_page(qtbot, page, 1100, 800)
    wait_read(qtbot, page)  # the figures and lists, read in a worker thread
    return page


def goals(page: OverviewPage) -> list[tuple[str, int]]:
    tree = page.plan.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        assert group is not None
        out.append((group.text(0)[:3], group.childCount()))
    return out


def test_every_item_of_the_plan_under_its_goal(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert goals(page) == [("SD1", 10), ("SD2", 4), ("SD3", 6)]
    assert page.plan.words["newsletters"] == "0 van 9 gepubliceerd (0 %) — doel nog niet bereikt"
    assert page.plan.words["info_session_hours"] == (
        "0 van 100 deelnemersuren (0 %) — doel nog niet bereikt"
    )
    assert page.plan.words["publication_update"] == "mijlpaal: nog niet begonnen"
    assert page.plan.words["website_updates"] == "0 gepubliceerd (geen doel voor dit jaar)"
    assert page.plan.no_plan.isHidden()


def test_a_held_info_session_is_57_5_participant_hours_in_the_overview_and_report(
    qtbot, ctx, tmp_path: Path
):
    editor = log_info_session(qtbot, ctx)
    assert editor.save_and_stay()
    add_governments(qtbot, editor, ["Gent", "Brugge", "Aalst"])
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    page = make_page(qtbot, ctx)
    assert page.plan.words["info_session_hours"] == (
        "57,5 van 100 deelnemersuren (58 %) — doel nog niet bereikt"
    )
    assert page.plan.words["info_sessions"] == "1 van 2 gehouden (50 %) — doel nog niet bereikt"
    bar = page.plan.bars["info_session_hours"]
    assert bar.accessibleName().endswith(
        "57,5 van 100 deelnemersuren (58 %) — doel nog niet bereikt"
    )
    # Enter on the item: the list behind the figure, with the session and its hours.
    page.plan.select_key("info_session_hours")
    page.plan.tree.setFocus()
    qtbot.keyClick(page.plan.tree, Qt.Key.Key_Return)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlanRecordsDialog)]
    assert len(dialogs) == 1
    rows = dialogs[0].list
    item = rows.topLevelItem(0)
    assert rows.topLevelItemCount() == 1 and item is not None
    assert [item.text(c) for c in range(5)] == [
        "04/03/2025",
        "activiteit",
        "Toegankelijke websites <&> 🙂 Łukasz",
        "3 lokale besturen",
        "57,5",
    ]
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(rows, Qt.Key.Key_Return)
    assert signal.args == ["activity", editor.record_id]
    dialogs[0].close()

    # The year report for the administration says the same.
    out = render_year_report(ctx.db, 2025, tmp_path / "jaar.pdf", exported_by="Test")
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(out).pages))
    assert "OD 1.2 · Deelnemersuren aan de infosessies: 57,5" in text
    assert "OD 1.2 · Infosessies over een actueel thema: 1" in text
    assert "Toegankelijke websites <&>" in text and "Łukasz" in text
    assert "3 lokale besturen 23 57,5" in text  # the session's row in the list
    # the summary table's row: item, figure, target, what is still to go
    assert "OD 1.2 Deelnemersuren aan de infosessies 57,5 100 nog 42,5 te gaan" in text


def test_a_year_without_a_plan_of_its_own_offers_the_year_plan(qtbot, ctx):
    page = make_page(qtbot, ctx, 2031)
    assert page.plan.no_plan.isVisibleTo(page)
    assert page.plan.no_plan.text().startswith("Voor 2031 is nog geen jaarplan vastgelegd")
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert signal.args == ["admin", "year_plan:2031"]


def test_the_plan_in_english(qtbot, ctx):
    from ui.i18n import choose_language, install_translation, remove_translation

    translators = install_translation(choose_language("en", ctx.settings()))
    try:
        page = make_page(qtbot, ctx)
        assert page.plan.words["info_session_hours"] == (
            "0 of 100 participant hours (0 %) — target not reached yet"
        )
        assert page.plan.words["newsletters"].startswith("0 of 9 published")
        assert goals(page)[0][0] == "SD1"
    finally:
        remove_translation(translators)


def test_the_chosen_item_month_by_month_beside_last_year(qtbot, ctx):
    from supportdesk.services.activities import ActivityInput, create_activity, list_activity_kinds
    from tests.supportdesk.queries._data import talk

    info = next(k.id for k in list_activity_kinds(ctx.db) if k.code == "info_session")
    for day in (date(2025, 3, 4), date(2025, 3, 20), date(2024, 5, 2)):
        create_activity(ctx.db, ActivityInput(info, day, "Infosessie"), status="held")
    talk(ctx.db, "Gent", date(2025, 2, 3))
    page = make_page(qtbot, ctx)
    page.plan.select_key("info_sessions")
    qtbot.waitUntil(lambda: page.plan.month_chart.isVisibleTo(page))
    qtbot.waitUntil(lambda: page.plan.month_chart.values[2] == 2)
    chart = page.plan.month_chart
    assert chart.values[:5] == [0, 0, 2, 0, 0] and chart.previous is not None
    assert chart.previous[4] == 1  # May of last year
    assert page.plan.chart_title.text().startswith("Per maan&d: OD 1.2")
    assert page.plan.themes_chart.isHidden()
    page.plan.select_key("advice_talks")
    qtbot.waitUntil(lambda: page.plan.provinces_chart.isVisibleTo(page))
    wait_read(qtbot, page)  # the talks per theme and province, read when first asked for
    assert page.plan.month_chart.values[1] == 1
    assert page.plan.provinces_chart.items and page.plan.provinces_chart.items[0][1] == 1


def test_the_no_plan_button_opens_beheer_at_the_year_plan_of_that_year(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("overview")
    page.today_override = TODAY
    page.year.setValue(2031)
    wait_read(qtbot, page)
    assert page.plan.plan_button.isVisibleTo(page)
    qtbot.mouseClick(page.plan.plan_button, Qt.MouseButton.LeftButton)
    admin = window.page("admin")
    assert window.stack.currentWidget() is admin
    assert admin.tabs.currentWidget() is admin.year_plan
    assert admin.year_plan.year.value() == 2031
    assert admin.year_plan.state.text().startswith("2031 heeft nog geen eigen jaarplan")
