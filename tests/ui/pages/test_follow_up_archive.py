"""Archiving a follow-up action as a person does it (issue 12.3): on the Opvolgacties
page, Actie bewerken opens the overdue action's own editor, Archiveren takes it out of
the list and the status bar's overdue count, "Toon gearchiveerd" shows it marked
"(gearchiveerd)", and Terugzetten uit archief brings it back into both."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from supportdesk.services.follow_ups import get_follow_up
from tests.supportdesk.queries._data import action
from tests.ui.pages.admin.keys import active_editor, main_window, press
from ui.main_window import MainWindow
from ui.pages.follow_ups import FollowUpsPage
from ui.pages.follow_ups_model import COL_DESCRIPTION

TEXT = "Bel Łukasz <&> terug 😀"


def _edit(qtbot, page: FollowUpsPage, public_id: str):
    page.view.setCurrentIndex(page.model.index_of(public_id))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return active_editor(qtbot)


def _close(qtbot, editor, window: MainWindow) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.activateWindow()  # as the window manager does when the editor closes
    qtbot.waitUntil(window.isActiveWindow)


def test_archive_an_overdue_action_from_its_editor_and_bring_it_back(qtbot, ctx):
    public_id = action(ctx.db, TEXT, date.today() - timedelta(days=3))
    window = main_window(qtbot, ctx)
    page = window.show_page("follow_up_action")
    assert isinstance(page, FollowUpsPage)
    assert window.overdue_status.count == 1
    assert "&" in page.show_archived.text()  # an Alt letter of its own

    editor = _edit(qtbot, page, public_id)
    assert editor.description.text() == TEXT
    assert editor.archive_button.text() == "Archiveren"
    press(qtbot, editor.archive_button)
    assert get_follow_up(ctx.db, public_id).archived
    _close(qtbot, editor, window)
    assert not page.model.index_of(public_id).isValid()  # gone from the list
    assert page.summary.text() == "Geen open opvolgacties."
    qtbot.waitUntil(lambda: window.overdue_status.count == 0)

    press(qtbot, page.show_archived)  # Toon gearchiveerd
    index = page.model.index_of(public_id)
    assert index.isValid()
    shown = page.model.index(index.row(), COL_DESCRIPTION, index.parent()).data()
    assert shown == f"(gearchiveerd) {TEXT}"
    assert window.overdue_status.count == 0  # still not counted

    editor = _edit(qtbot, page, public_id)
    assert editor.archive_button.text() == "Terugzetten uit archief"
    press(qtbot, editor.archive_button)
    assert not get_follow_up(ctx.db, public_id).archived
    _close(qtbot, editor, window)
    press(qtbot, page.show_archived)  # off again: the action is in the daily list
    index = page.model.index_of(public_id)
    assert page.model.index(index.row(), COL_DESCRIPTION, index.parent()).data() == TEXT
    qtbot.waitUntil(lambda: window.overdue_status.count == 1)
