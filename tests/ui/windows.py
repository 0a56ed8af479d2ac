"""Putting a widget on screen in a test as a person meets it: shown and the active
window, so that the keys a test types reach it."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def show_active(qtbot, widget: W) -> W:
    """``widget`` shown and active (waits until the window system says so)."""
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def show_page(qtbot, page: W, width: int, height: int, *, active: bool = True) -> W:
    """A page as a window of its own, ``width`` by ``height``, filled (``refresh``) and
    shown, active unless told otherwise; set what it reads (a "today", a year) before."""
    qtbot.addWidget(page)
    page.resize(width, height)
    page.refresh()  # type: ignore[attr-defined]
    if active:
        return show_active(qtbot, page)
    page.show()
    return page
