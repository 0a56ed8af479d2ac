"""Ctrl+N from anywhere, and closing the window with an unsaved editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.widgets import questions


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


@pytest.mark.parametrize(
    ("page_key", "made", "words"),
    [
        ("focus_group", "focus_group", "focusgroep"),
        ("trajectory", "trajectory", "traject"),
        ("advice_talk", "advice_talk", "adviesgesprek"),
        ("overview", "advice_talk", "adviesgesprek"),
        ("follow_up_action", "advice_talk", "adviesgesprek"),
    ],
)
def test_ctrl_n_makes_a_record_of_the_page_on_screen(qtbot, window, page_key, made, words):
    window.show_page(page_key)
    assert window.new_here_action.text().replace("&", "") == f"Nieuw: {words}"
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.page(made)
    assert page.editors, "Ctrl+N opened no editor"
    editor = page.editors[-1]
    assert editor.record_id is None and editor.kind == made
    assert window.stack.currentWidget() is window.page(page_key)
    editor.close_without_asking()


def test_ctrl_shift_n_is_a_talk_from_any_page(qtbot, window):
    window.show_page("focus_group")
    qtbot.keyClick(
        window.nav,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.page("advice_talk").editors
    assert not window.page("focus_group").editors
    window.page("advice_talk").editors[-1].close_without_asking()
