"""Typing any text as key presses, also letters QTest cannot (Ł, Ö, emoji)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key: QTest for ASCII, key events with the
    character as their text for the rest (QTest's keyClicks aborts on those)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
