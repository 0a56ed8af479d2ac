"""Small pieces every dialog and form uses, each written once.

- ``plain_label``: a label showing text exactly as typed (never as HTML: a name with
  ``<`` or ``&`` stays as it is), wrapped and selectable by mouse and keyboard.
- ``form_with_ok_cancel``: the usual small dialog: its form, what goes below it, and OK
  (Enter) / Cancel (Esc) buttons wired to accept and reject.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def plain_label(text: str = "") -> QLabel:
    """A label showing text exactly as typed (never as HTML), wrapped and selectable."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return widget


def form_with_ok_cancel(dialog: QDialog, form: QFormLayout, *below: QWidget) -> QDialogButtonBox:
    """Lay ``dialog`` out as ``form``, the widgets ``below`` it, and OK / Cancel (wired to
    accept and reject); the buttons are returned."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    layout.addWidget(buttons)
    return buttons
