"""Ctrl+S and Ctrl+Enter accept every small dialog, as they save in an editor.

One application-wide event filter instead of shortcuts in each dialog: a dialog made
anywhere (the "Bevinding" question, a step date, the period of a case summary, the
settings, a restore, a merge) takes the keys without knowing about them. The keys press
the dialog's accepting button (OK, Bewaren, Verder…), so whatever that button checks
first still runs (a date that is no date keeps the dialog open), and a disabled button
stays disabled. Editors (``EditorDialog``) have their own Ctrl+S; message boxes and file
dialogs keep Qt's own keys (a question is answered on purpose, not by a save key).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

_ACCEPTING = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
_KEYS = (Qt.Key.Key_S, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def accepting_button(dialog: QDialog) -> QPushButton | None:
    """The enabled, visible button that accepts ``dialog`` (None when it has none)."""
    for box in dialog.findChildren(QDialogButtonBox):
        if box.window() is not dialog:
            continue
        for button in box.buttons():
            if (
                box.buttonRole(button) in _ACCEPTING
                and isinstance(button, QPushButton)
                and button.isEnabled()
                and button.isVisible()
            ):
                return button
    return None


class _DialogKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.ControlModifier or event.key() not in _KEYS:
            return False
        from ui.widgets.editor import EditorDialog  # not at start: no editor is open yet

        dialog = watched.window()
        if not isinstance(dialog, QDialog) or isinstance(
            dialog, EditorDialog | QMessageBox | QFileDialog
        ):
            return False
        button = accepting_button(dialog)
        if button is None:
            return False
        button.click()
        return True


def install(owner: QObject) -> QObject:
    """Give every dialog of this application the keys while ``owner`` (the main window)
    lives; the filter is ``owner``'s child, so it goes when the window goes."""
    keys = _DialogKeys(owner)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(keys)
    return keys
