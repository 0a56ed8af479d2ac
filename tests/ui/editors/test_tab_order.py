"""Tab order and keyboard flows inside the editors (issue 13.4): pressed as a person
would, with QTest key events in an active editor window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.editors.advice_talk import AdviceTalkEditor
from ui.widgets import questions


@pytest.fixture(autouse=True)
def no_hanging_questions(monkeypatch):
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: questions.DISCARD)


def open_active(qtbot, ctx, editor_class):
    host = QWidget()
    qtbot.addWidget(host)
    editor = editor_class(ctx, host)
    editor._test_host = host
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def tab_path(qtbot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets focus visits from ``start`` with ``presses`` Tab presses."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_a_new_follow_up_row_comes_before_the_notes(qtbot, ctx):
    editor = open_active(qtbot, ctx, AdviceTalkEditor)
    editor.follow_ups.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(editor.follow_ups.add_button, Qt.Key.Key_Space)  # Opvolgactie toevoegen
    rows = editor.follow_ups.rows()
    assert len(rows) == 1 and rows[0].description.hasFocus()
    editor.follow_ups.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(editor.follow_ups.add_button, Qt.Key.Key_Space)  # a second row
    second = editor.follow_ups.rows()[1]
    path = tab_path(qtbot, editor.tools, 12)
    first = rows[0]
    expected = [
        first.description,
        first.owner,
        first.due,
        first.remove,
        second.description,
        second.owner,
        second.due,
        second.remove,
        editor.follow_ups.add_button,
    ]
    visited = [w for w in path if w in expected]
    assert visited == expected
    assert path.index(editor.follow_ups.add_button) < len(path)
    assert editor.notes not in path[: path.index(editor.follow_ups.add_button)]
