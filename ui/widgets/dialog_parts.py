"""Small pieces every dialog and form uses, each written once.

- ``plain_label``: a label showing text exactly as typed (never as HTML: a name with
  ``<`` or ``&`` stays as it is), wrapped and selectable by mouse and keyboard.
- ``form_with_ok_cancel``: the usual small dialog: its form, what goes below it, and OK
  (Enter) / Cancel (Esc) buttons wired to accept and reject.
- ``title_row``: a title at the left of a row, what goes with it at the right end.
- ``save_and_accept``: a dialog that saves through the core: a refusal shown in the
  dialog (it stays open, nothing typed is lost), else the pages told and it closes.
- ``text_box``: a multi-line text field that Tab leaves (no trap for the keyboard).
- ``scroll_area``: a frameless area scrolling a form or page that takes its width;
  ``column``: the parts of such a form top to bottom, the room to spare below them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import DomainError

if TYPE_CHECKING:  # ui.widgets.editor builds on this module
    from ui.context import AppContext
    from ui.widgets.editor import ErrorLabel

T = TypeVar("T")


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


def text_box(
    *,
    fixed: int | None = None,
    minimum: int | None = None,
    maximum: int | None = None,
    text: str = "",
) -> QPlainTextEdit:
    """A multi-line text field that Tab leaves (Tab moves on to the next field; a text
    box is no trap for the keyboard), ``fixed``, at least ``minimum`` or at most
    ``maximum`` pixels high."""
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    if fixed is not None:
        box.setFixedHeight(fixed)
    if minimum is not None:
        box.setMinimumHeight(minimum)
    if maximum is not None:
        box.setMaximumHeight(maximum)
    return box


def scroll_area(content: QWidget, *, wraps: bool = False, tab_past: bool = False) -> QScrollArea:
    """A frameless area that scrolls ``content``, which takes the area's width.
    ``wraps``: never a sideways scroll bar (the content wraps to the width);
    ``tab_past``: the area itself takes no focus, Tab goes from field to field."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    if wraps:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if tab_past:
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def column(*parts: QWidget | QLayout) -> QWidget:
    """A widget holding ``parts`` (widgets or layouts) top to bottom, with the room to
    spare below them (the body of a ``scroll_area``)."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addStretch(1)
    return widget


def title_row(title: QWidget, *right: QWidget) -> QHBoxLayout:
    """A row with ``title`` at its left and the widgets ``right`` at its right end."""
    row = QHBoxLayout()
    row.addWidget(title)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


def save_and_accept(
    dialog: QDialog, ctx: AppContext, kind: str, error: ErrorLabel, save: Callable[[], T]
) -> T | None:
    """Run ``save`` (a call into the core that writes ``kind`` records): refused, its
    message goes to ``error`` and None comes back (the dialog stays open); done, the
    pages showing ``kind`` are told, ``dialog`` is accepted and the result returned."""
    try:
        result = save()
    except DomainError as exc:
        error.show_message(exc.message)
        return None
    ctx.notify_changed(kind)
    dialog.accept()
    return result
