"""No Alt letter twice in one window, in Dutch or English (issue 13.2).

Opens every page, editor (each tab), inner editor and dialog of ``tests/ui/screens.py``
and fails on any letter underlined twice among the visible widgets, the main window's
menu bar included, or twice in one menu.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QMainWindow, QPushButton, QWidget

from tests.ui.mnemonic_checks import clashes, letter
from tests.ui.screens import demo_context, walk_screens
from ui.i18n import install_translation, remove_translation


def _clashes(ctx) -> list[str]:
    found: list[str] = []
    walk_screens(ctx, lambda name, top: found.extend(f"{name}: {c}" for c in clashes(top)))
    return sorted(set(found))


@pytest.mark.slow  # opens every window of the app (tests/ui/screens.py)
def test_no_alt_letter_twice_in_any_window_in_dutch_or_english(qtbot, ctx):
    demo_context(ctx)
    found = _clashes(ctx)
    assert not found, "\n".join(found)
    translators = install_translation("en")
    try:
        found = _clashes(ctx)
        assert not found, "\n".join(found)
    finally:
        remove_translation(translators)


def test_the_check_finds_a_clash_among_labels_buttons_and_the_menu_bar(qtbot):
    assert letter("Input voor een &beleidsdossier") == "b" and letter("a && b") == ""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Bestand").addAction("&Afsluiten")
    body = QWidget()
    window.setCentralWidget(body)
    box = QCheckBox("Input voor een &beleidsdossier", body)
    save = QPushButton("&Bewaren", body)
    save.move(0, 40)
    label = QLabel("&Afsluiten", body)  # no buddy: no mnemonic
    label.move(0, 80)
    window.show()
    found = clashes(window)
    assert len(found) == 1 and "Alt+B" in found[0] and "'&Bestand'" in found[0]
    box.hide()
    assert len(clashes(window)) == 1  # the button still clashes with the menu bar
    save.hide()
    assert clashes(window) == []
