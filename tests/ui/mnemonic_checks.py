"""Alt letters (mnemonics) that clash: two visible widgets of one window with the same
underlined letter, or two items of one menu.

A label's letter moves to its buddy, a button's presses it, a tab's shows the tab, the
menu bar's opens a menu: all share the window's Alt+letter space, so one letter used
twice means Alt+letter does not do what the screen says (Qt cycles between them).
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


def letter(text: str) -> str:
    """The mnemonic letter of ``text`` ("&Bewaren" -> "b"; "&&" is a literal &)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return ""
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].casefold()


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisible() and widget.window() is top


def window_letters(top: QWidget) -> dict[str, list[str]]:
    """Every Alt letter in ``top`` (visible widgets, tabs, the menu bar) and its texts."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, where: str) -> None:
        key = letter(text)
        if key:
            found[key].append(f"{where} {text!r}")

    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QAbstractButton) and widget.parent() is not None:
            if type(widget).__name__ != "QLineEditIconButton":
                add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
    if isinstance(top, QMainWindow) and top.menuBar().isVisible():
        for action in top.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    return found


def menu_clashes(menu: QMenu, path: str) -> list[str]:
    """Clashes among the items of ``menu`` and its submenus."""
    found: dict[str, list[str]] = defaultdict(list)
    clashes: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = letter(action.text())
        if key:
            found[key].append(action.text())
        if action.menu() is not None:
            clashes += menu_clashes(action.menu(), f"{path} > {action.text()}")
    clashes += [f"{path}: Alt+{k.upper()} {texts}" for k, texts in found.items() if len(texts) > 1]
    return clashes


def clashes(top: QWidget) -> list[str]:
    """Every Alt letter used more than once in ``top`` (and in each of its menus)."""
    found = [
        f"Alt+{key.upper()}: {', '.join(texts)}"
        for key, texts in sorted(window_letters(top).items())
        if len(texts) > 1
    ]
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.menu() is not None:
                found += menu_clashes(action.menu(), action.text())
    return found
