"""What the Beheer tests do as a person would: press a button from the keyboard, and
go on in the editor window that opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def press(qtbot, button) -> None:
    """Tab to ``button`` and press Space."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def main_window(qtbot, ctx):
    """The app's main window, shown and active, as a person starts it."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def active_editor(qtbot):
    """The editor window that is active now (waits until one is)."""
    qtbot.waitUntil(lambda: hasattr(QApplication.activeWindow(), "try_save"))
    return QApplication.activeWindow()
