"""Ctrl+S and Ctrl+Enter accept the small dialogs (issue 13.4), pressed as keys in the
dialog while it runs, as a person would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit

from ui.editors.focus_group_parts import ask_finding
from ui.widgets import dialog_keys
from ui.widgets.date_edit import DateEdit
from ui.widgets.status_steps import ask_step_date

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def keys_installed(qapp):
    keys = dialog_keys.install(qapp)
    yield
    qapp.removeEventFilter(keys)
    keys.deleteLater()


def when_open(qtbot, act):
    """Run ``act(dialog)`` on the modal dialog once it is shown."""

    def run():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, run)
            return
        QTimer.singleShot(3000, dialog.reject)  # keys that do nothing fail, not hang
        act(dialog)

    QTimer.singleShot(0, run)


@pytest.mark.parametrize("key", [Qt.Key.Key_S, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_the_finding_dialog_takes_the_save_keys(qtbot, key):
    def act(dialog):
        text = dialog.findChild(QPlainTextEdit)
        qtbot.keyClicks(text, "Werkt goed")
        qtbot.keyClick(text, key, CTRL)

    when_open(qtbot, act)
    assert ask_finding(None, [("t1", "Digisprong-gids")]) == ("t1", "Werkt goed")


def test_a_step_date_takes_ctrl_enter_but_not_a_wrong_date(qtbot):
    def act(dialog):
        edit = dialog.findChild(DateEdit)
        edit.selectAll()
        qtbot.keyClicks(edit, "31/02/2026")
        qtbot.keyClick(edit, Qt.Key.Key_Return, CTRL)
        assert dialog.isVisible()  # the date is wrong: it stays open, with the message
        assert "31/02/2026" in edit.message_label().text()
        edit.selectAll()
        qtbot.keyClicks(edit, "6/12/2026")
        qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)

    when_open(qtbot, act)
    assert ask_step_date(None, "Starten", "Op welke datum?", date(2026, 1, 1)) == date(2026, 12, 6)
