"""Windows that fit the screen they open on (a 1024×640 laptop, a 1366×768 one).

A window asks for a comfortable size (the main window 1280×800, an editor 1180×760);
on a smaller screen that would put its buttons below the bottom edge. ``fit_to_screen``
shrinks it to the screen's available area (without task bar), less room for the title
bar, and moves it back onto the screen. What no longer fits inside scrolls (the pages'
and the editors' scroll areas), nothing is cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: room left for a window's frame and title bar, which ``resize`` does not include
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def available_area(window: QWidget) -> QRect:
    """The screen area ``window`` may use (its own screen, else the primary one)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to its screen when it is bigger, and keep it on the screen."""
    area = available_area(window)
    width = min(window.width(), max(area.width() - FRAME_WIDTH, window.minimumWidth()))
    height = min(window.height(), max(area.height() - FRAME_HEIGHT, window.minimumHeight()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), area.left()), max(area.left(), area.right() - width - FRAME_WIDTH))
    y = min(max(window.y(), area.top()), max(area.top(), area.bottom() - height - FRAME_HEIGHT))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
