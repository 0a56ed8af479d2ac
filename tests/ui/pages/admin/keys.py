"""What the Beheer tests do as a person would: press a button from the keyboard, and
go on in the editor window that opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def press(qtbot, button) -> None:
    """Tab to ``button`` and press Space."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def active_editor(qtbot):
    """The editor window that is active now (waits until one is)."""
    qtbot.waitUntil(lambda: hasattr(QApplication.activeWindow(), "try_save"))
    return QApplication.activeWindow()
