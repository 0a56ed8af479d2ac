"""Opening an editor in the tests as a page does: a window of its own, child of a widget
the test owns (an editor deletes itself when it closes), active so keys reach it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.windows import show_active
from ui.widgets import questions


def open_active(qtbot, ctx, editor_class, view=None):
    """A new ``editor_class`` (editing ``view`` when given), shown and active."""
    host = QWidget()
    qtbot.addWidget(host)
    editor = editor_class(ctx, host)
    editor._test_host = host  # kept alive with the editor
    if view is not None:
        editor.edit(view)
    show_active(qtbot, editor)
    return editor


@pytest.fixture
def no_hanging_questions(monkeypatch):
    """Neither the unsaved-changes question (changes discarded) nor a Yes/No question
    (answered No) waits for an answer a test does not give."""
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: questions.DISCARD)
    monkeypatch.setattr(questions, "confirm", lambda *_a: False)


@pytest.fixture
def discard_unsaved(monkeypatch):
    """A test that leaves an editor with changes must not wait for an answer."""
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: questions.DISCARD)
