"""Lists to Excel/CSV and follow-ups to the agenda from the app, as a person does it:
filter and sort a page, press Ctrl+Shift+E (or Ctrl+Shift+K), answer the save dialog
(patched), wait for the worker; the real file is read back."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from supportdesk.demo.generate import generate_demo
from supportdesk.queries.advice_talks import list_advice_talks
from supportdesk.services.team import TeamMemberInput, create_team_member
from supportdesk.tables import (
    advice_talks,
    focus_groups,
    follow_ups,
    local_governments,
    trajectories,
)
from supportdesk.tables import labels as table_labels
from supportdesk.tables.model import CONTEXT as TABLES_CONTEXT
from tests.supportdesk.queries import _data
from tests.ui.export.running import export_by_keys
from tests.ui.windows import show_active
from ui import labels as ui_labels
from ui.export import questions, table_export, table_worker
from ui.main_window import MainWindow
from ui.pages import advice_talks as talks_page
from ui.pages import focus_groups as groups_page
from ui.pages import local_governments as lg_page
from ui.pages import trajectories as trajectories_page
from ui.pages.follow_ups_model import HEADERS as INBOX_HEADERS

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Answers:
    def __init__(self, monkeypatch, path: Path, choice: str = table_export.XLSX) -> None:
        self.path, self.choice = path, choice
        self.asked: list[str] = []
        self.failures: list[str] = []
        monkeypatch.setattr(table_export, "ask_table_path", self._table)
        monkeypatch.setattr(table_export, "ask_calendar_path", self._calendar)
        monkeypatch.setattr(table_worker, "ask_open", lambda *_a: questions.CLOSE)
        monkeypatch.setattr(
            table_worker, "tell_failure", lambda _p, _t, message: self.failures.append(message)
        )

    def _table(self, _parent, _title, suggested):
        self.asked.append(suggested)
        return str(self.path), self.choice

    def _calendar(self, _parent, _title, suggested):
        self.asked.append(suggested)
        return str(self.path)


def press(qtbot, widget, key: str = "e"):
    """Ctrl+Shift+<key> typed in ``widget``; the export task, once finished."""
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    return export_by_keys(qtbot, widget, key, CTRL_SHIFT, start_ms=3000, finish_ms=60000)


def page_headers(page) -> list[str]:
    model = page.model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def test_ctrl_shift_e_in_the_search_field_exports_every_row_filtered_and_sorted(
    qtbot, ctx, window, tmp_path, monkeypatch
):
    for n in range(7):
        _data.talk(ctx.db, "Gent", date(2025, 1, 1) + timedelta(days=n), f"Digihelpers {n} <&> 😀")
    _data.talk(ctx.db, "Aalst", date(2025, 2, 1), "iets anders")
    answers = Answers(monkeypatch, tmp_path / "gesprekken.xlsx")
    page = window.show_page("advice_talk")
    page.model.page_size = 2  # the page loads two rows at a time
    page.filters.search.setFocus()
    qtbot.keyClicks(page.filters.search, "digihelpers")
    page.filters.flush()
    page.table.sortByColumn(talks_page.COL_DATE, Qt.SortOrder.AscendingOrder)
    assert page.model.rowCount() == 2 and page.model.total() == 7

    task, progress = press(qtbot, page.filters.search)

    assert not task.error and task.path == str(answers.path)
    assert task.summary == "7 rijen"
    assert Path(answers.asked[0]).name == f"Adviesgesprekken {date.today().isoformat()}.xlsx"
    ws = openpyxl.load_workbook(answers.path).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == page_headers(page)  # the page's headers, in its order
    expected = list_advice_talks(ctx.db, page.current_filter(), sort="date", descending=False)
    assert [r[4] for r in rows[1:]] == [t.question for t in expected]
    assert [r[0] for r in rows[1:]] == [datetime(2025, 1, 1) + timedelta(days=n) for n in range(7)]
    assert rows[1][4] == "Digihelpers 0 <&> 😀"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:I8"
    assert progress and progress[-1] == (7, 7)
    assert answers.failures == [] and not window.ctx.exports.running()


@pytest.mark.parametrize(
    "key", ["overview", "local_government", "advice_talk", "trajectory", "focus_group",
            "follow_up_action"],
)  # fmt: skip
def test_every_list_exports_what_it_shows_as_csv(qtbot, ctx, window, tmp_path, monkeypatch, key):
    generate_demo(ctx.db, today=date(2025, 6, 1))
    answers = Answers(monkeypatch, tmp_path / "lijst.csv", table_export.CSV_SEMICOLON)
    page = window.show_page(key)
    assert table_export.install  # the menu item is enabled on every list
    action = next(a for a in window.file_menu.actions() if "Excel/CSV" in a.text())
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+E"
    task, _progress = press(qtbot, window.nav)
    assert not task.error, answers.failures
    raw = answers.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with answers.path.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    if key == "overview":
        assert lines[0][:2] == ["Jaar", "Doelstelling"] and len(lines) == 4
        assert {line[0] for line in lines[1:]} == {str(page.year.value())}
        return
    if key == "follow_up_action":
        headers = [QCoreApplication.translate("FollowUps", h) for h in INBOX_HEADERS]
        assert lines[0][1:] == headers  # after the group
        assert len(lines) - 1 == page.model.total()
        return
    shown = page_headers(page)
    assert [h for h in lines[0] if h != "Vervaldatum volgende actie"] == shown
    assert len(lines) - 1 == page.model.total() > 0


def test_english_headers_when_the_app_is_in_english(qtbot, ctx, tmp_path, monkeypatch):
    from ui.i18n import install_translation, remove_translation

    translators = install_translation("en")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        show_active(qtbot, window)
        _data.talk(ctx.db, "Gent", date(2025, 3, 1), "Vraag")
        answers = Answers(monkeypatch, tmp_path / "talks.xlsx")
        page = window.show_page("advice_talk")
        task, _progress = press(qtbot, page.table)
        assert not task.error
        ws = openpyxl.load_workbook(answers.path).active
        header = [c.value for c in next(ws.iter_rows(max_row=1))]
        assert header[:3] == ["Date", "Local government", "Channel"]
        assert ws.title == "Advice talks"
        assert ws["C2"].value == "phone"
    finally:
        remove_translation(translators)


def test_ctrl_shift_k_puts_my_open_actions_in_an_agenda_file(
    qtbot, ctx, window, tmp_path, monkeypatch
):
    me = create_team_member(ctx.db, TeamMemberInput("Ayşe Özdemir")).id
    other = create_team_member(ctx.db, TeamMemberInput("Bob")).id
    ctx.settings().setValue("user/team_member_id", me)
    mine = _data.action(ctx.db, "Bel Gent <&>", date(2025, 3, 1), owner=me)
    _data.action(ctx.db, "Van Bob", date(2025, 3, 1), owner=other)
    _data.action(ctx.db, "Gedaan", date(2025, 3, 1), owner=me, done=date(2025, 3, 2))
    answers = Answers(monkeypatch, tmp_path / "agenda.ics")
    page = window.show_page("follow_up_action")
    assert page.owner_filter() == me  # "Mijn opvolgacties"

    task, _progress = press(qtbot, page.view, "k")

    assert not task.error, answers.failures
    events = Calendar.from_ical(answers.path.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"{mine}@supportdesk"]
    assert str(events[0]["SUMMARY"]) == "Opvolgactie: Bel Gent <&>"
    assert task.summary.startswith("1 opvolgacties en 0 focusgroepen")


def test_a_failure_is_told_and_leaves_no_file(qtbot, ctx, window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, tmp_path / "nergens" / "lijst.xlsx")
    page = window.show_page("local_government")
    task, _progress = press(qtbot, page.table)
    assert task.path == "" and len(answers.failures) == 1
    assert "bestaat niet" in answers.failures[0]
    assert not (tmp_path / "nergens").exists()


def test_cancelling_the_save_dialog_exports_nothing(qtbot, ctx, window, monkeypatch):
    monkeypatch.setattr(table_export, "ask_table_path", lambda *_a: ("", ""))
    page = window.show_page("local_government")
    assert table_export.export_page(window, ctx, page) is None


def test_the_sheets_use_the_pages_headers_and_labels():
    """The core writes the pages' own Dutch headers in the pages' contexts (so the
    English is the page's English) and the interface's words for codes."""
    for module, page_module in (
        (local_governments, lg_page),
        (advice_talks, talks_page),
        (trajectories, trajectories_page),
        (focus_groups, groups_page),
    ):
        own = [(c.context, c.header) for c in module.COLUMNS if c.context != TABLES_CONTEXT]
        assert own == [(page_module.CONTEXT, c.title) for c in page_module.COLUMNS]
    assert [c.header for c in follow_ups.COLUMNS[1:]] == list(INBOX_HEADERS)
    for group, words in table_labels.LABELS.items():
        assert words == ui_labels._LABELS[group]
    for module in (local_governments, advice_talks, trajectories, focus_groups, follow_ups):
        for column in module.COLUMNS:
            if column.context == TABLES_CONTEXT:
                assert column.header in table_export.CORE_TEXTS  # kept by lupdate


def test_the_file_menu_items_have_their_own_keys(window):
    """Alt+B, then x or g: no other item of Bestand has these letters."""

    def key(text: str) -> str:
        return text[text.index("&") + 1].lower() if "&" in text else ""

    mine = [a for a in window.file_menu.actions() if "Excel/CSV" in a.text() or ".ics" in a.text()]
    others = {key(a.text()) for a in window.file_menu.actions() if a not in mine}
    assert [key(a.text()) for a in mine] == ["x", "g"]
    assert not others & {"x", "g"}
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction)]
    taken = [s for s in shortcuts if s in ("Ctrl+Shift+E", "Ctrl+Shift+K")]
    assert sorted(taken) == ["Ctrl+Shift+E", "Ctrl+Shift+K"]  # once each


def test_trajectory_attention_words_in_english_on_the_page_and_in_the_sheet(qtbot):
    """The attention column ("⚠ 1 actie te laat · ⚠ einddatum voorbij") and the title of
    an untitled trajectory were Dutch in English: lupdate did not see them (a ``_tr``
    wrapper); page and export both word them from the translation now."""
    from supportdesk.queries.trajectories import TrajectoryRow
    from supportdesk.tables import trajectories as trajectory_table
    from ui.i18n import install_translation, remove_translation
    from ui.pages.trajectories import attention_text, title_text

    def row(overdue: int, untitled: bool = False) -> TrajectoryRow:
        return TrajectoryRow(
            *("id", "" if untitled else "T", "lg", "Gent", "running", None, None),
            *(date(2025, 1, 1), date(2025, 2, 1), None, None, "", 2, overdue, True, True, ()),
        )

    translators = install_translation("en")
    try:
        shown = [attention_text(row(1)), attention_text(row(3)), title_text(row(0, True))]
        exported = [
            trajectory_table.attention_text(row(1), table_export.translate),
            trajectory_table.attention_text(row(3), table_export.translate),
            trajectory_table.title_text(row(0, True), table_export.translate),
        ]
    finally:
        remove_translation(translators)
    assert shown == exported
    assert shown[0] == "⚠ 1 overdue action · ⚠ end date passed · ⚠ feedback missing"
    assert shown[1].startswith("⚠ 3 overdue actions · ")
    assert shown[2] == "Trajectory Gent"


def test_issue_16_file_menu_items_have_their_own_keys_in_english(ctx, qtbot):
    """In English "Import &contact persons…" and "Follow-up actions to &calendar" both
    took Alt+C; every item this issue added has a letter of its own in both languages."""
    from ui.i18n import install_translation, remove_translation

    def key(text: str) -> str:
        return text[text.index("&") + 1].lower() if "&" in text else ""

    for language in ("nl", "en"):
        translators = install_translation(language) if language == "en" else []
        try:
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            texts = [a.text() for a in window.file_menu.actions() if a.text()]
        finally:
            if translators:
                remove_translation(translators)
        new = [
            t
            for t in texts
            if any(w in t for w in ("Excel/CSV", ".ics", "-mail", "ontact", "importeren"))
        ]
        assert len(new) == 4, (language, texts)
        keys = [key(t) for t in texts]
        for text in new:
            assert keys.count(key(text)) == 1, (language, text, texts)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_local_governments_as_a_person_filters_and_sorts_them_then_exports(
    qtbot, ctx, window, tmp_path, monkeypatch, language
):
    """Type in the search field, click the NIS-code header twice (descending), press
    Ctrl+Shift+E: the sheet has exactly the rows the page shows, in its order, with its
    headers and its words (English in English), and NIS codes as text."""
    from PySide6.QtCore import QModelIndex, QPoint
    from PySide6.QtTest import QTest

    from ui.i18n import install_translation, remove_translation

    translators = install_translation(language) if language == "en" else []
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        show_active(qtbot, win)
        answers = Answers(monkeypatch, tmp_path / "besturen.csv", table_export.CSV_SEMICOLON)
        page = win.show_page("local_government")
        page.model.page_size = 3
        qtbot.keyClicks(page.filters.search, "sint")
        page.filters.flush()
        header = page.table.horizontalHeader()
        x = header.sectionViewportPosition(lg_page.COL_NIS) + 5
        for _ in range(2):
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert page.model.descending and page.model.fetched() <= 3 < page.model.total()
        task, _progress = press(qtbot, page.filters.search)
        assert not task.error
        while page.model.canFetchMore(QModelIndex()):
            page.model.fetchMore(QModelIndex())
        shown = [
            [page.model.index(r, c).data() or "" for c in range(page.model.columnCount())]
            for r in range(page.model.rowCount())
        ]
        headers = page_headers(page)
    finally:
        if translators:
            remove_translation(translators)
    with open(answers.path, encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert lines[0] == headers
    assert [line[:5] for line in lines[1:]] == [row[:5] for row in shown]
    nis = [line[1] for line in lines[1:]]
    assert nis == sorted(nis, reverse=True) and all(n.isdigit() and len(n) == 5 for n in nis)
    assert all("sint" in line[0].lower() for line in lines[1:])
