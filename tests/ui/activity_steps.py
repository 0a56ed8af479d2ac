"""Steps a person takes with an activity, shared by the activity editor's tests and the
Overzicht's: open the editor, choose the kind with the arrow keys, log a held info
session (13:30 to 16u, a number of participants), add the governments who came."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.editor_windows import open_active
from tests.ui.keyboard import type_text
from ui.editors.activity import ActivityEditor


def open_editor(qtbot, ctx) -> ActivityEditor:
    return open_active(qtbot, ctx, ActivityEditor)


def choose_kind(qtbot, editor: ActivityEditor, name: str) -> None:
    """Move through the kinds with the arrow keys until the one that starts with ``name``."""
    editor.kind_box.setFocus()
    index = next(
        i for i in range(editor.kind_box.count()) if editor.kind_box.itemText(i).startswith(name)
    )
    while editor.kind_box.currentIndex() != index:
        key = Qt.Key.Key_Down if editor.kind_box.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(editor.kind_box, key)


def add_governments(qtbot, editor: ActivityEditor, names: list[str]) -> None:
    """Type each government's name, take the suggestion with Enter, press Toevoegen."""
    panel = editor.participants
    for name in names:
        type_text(qtbot, panel.government, name)
        qtbot.keyClick(panel.government, Qt.Key.Key_Return)
        qtbot.mouseClick(panel.invite_button, Qt.MouseButton.LeftButton)


def log_info_session(
    qtbot,
    ctx,
    count: str = "23",
    *,
    topic: str = "Toegankelijke websites <&> 🙂 Łukasz",
    start: str = "13:30",
    end: str = "16u",
    duration: str = "",
) -> ActivityEditor:
    """A held info session on 4/3/2025 typed in, from ``start`` to ``end`` (the duration
    typed too when given) with ``count`` participants."""
    editor = open_editor(qtbot, ctx)
    choose_kind(qtbot, editor, "Infosessie")
    type_text(qtbot, editor.topic, topic)
    editor.date.set_value(date(2025, 3, 4))
    editor.initial_status.setFocus()
    qtbot.keyClick(editor.initial_status, Qt.Key.Key_Down)  # gepland -> gehouden
    type_text(qtbot, editor.start, start)
    type_text(qtbot, editor.end, end)
    if duration:
        type_text(qtbot, editor.duration, duration)
    editor.tabs.setCurrentIndex(1)
    type_text(qtbot, editor.count, count)
    return editor
