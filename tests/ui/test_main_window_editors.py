"""Ctrl+N from anywhere, and closing the window with an unsaved editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.main_window import MainWindow
from ui.widgets import questions


@pytest.fixture
def window(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_n_from_another_page_opens_a_new_talk(qtbot, window):
    window.show_page("local_government")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.page("advice_talk")
    assert page.editors, "Ctrl+N opened no editor"
    editor = page.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.government.hasFocus()
    assert window.stack.currentWidget() is window.page("local_government")
    editor.close_without_asking()


def test_closing_the_window_asks_about_unsaved_talk(qtbot, window, monkeypatch):
    editor = window.page("advice_talk").new_record()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.government, "Gent")
    answers = iter([questions.CANCEL, questions.DISCARD])
    monkeypatch.setattr(questions, "ask_unsaved", lambda parent: next(answers))
    window.close()
    assert window.isVisible() and editor.isVisible()  # "verder bewerken"
    window.close()
    assert not window.isVisible() and not editor.isVisible()
