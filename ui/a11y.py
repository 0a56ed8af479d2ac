"""Small pieces that make what a screen reader says match the screen.

- ``name_clear_button``: Qt's ⊗ button inside a line edit (``setClearButtonEnabled``)
  is a tool button with no text, announced as an unnamed button; it gets a name.
- ``describe_label``: a label showing a value ("287 resultaten", a status line) must be
  heard by what it shows; what it is goes in its description, not in an accessible
  name that would hide the text (Qt then stops announcing the changes, too).
- ``announce``: tell a screen reader that an object's name or value changed.
- ``announce_focus``: a list whose current row moves while the keyboard stays
  elsewhere (the search results under the search box) says which row is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit

#: the object name Qt gives the clear action of a line edit (qlineedit_p.cpp)
CLEAR_ACTION = "_q_qlineeditclearaction"


def name_clear_button(edit: QLineEdit) -> None:
    """Turn on ``edit``'s clear button and name it "Zoekterm wissen" (its tool button
    takes the action's text as its accessible name; it stays out of the Tab order)."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        text = QCoreApplication.translate("Accessibility", "Zoekterm wissen")
        action.setText(text)
        action.setToolTip(text)


def describe_label(label: QLabel, what: str) -> None:
    """``label`` is heard by its text (which changes); ``what`` it is becomes its
    description."""
    label.setAccessibleName("")
    label.setAccessibleDescription(what)


def announce(obj: QObject, event: QAccessible.Event = QAccessible.Event.NameChanged) -> None:
    QAccessible.updateAccessibility(QAccessibleEvent(obj, event))


def announce_focus(view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Send the focus (and selection) event of the cell at ``row``, ``column`` of
    ``view``, as if it had the keyboard: screen readers speak the focused object, and
    a selection change alone goes unsaid."""
    iface = QAccessible.queryAccessibleInterface(view)
    model = view.model()
    if iface is None or model is None or iface.childCount() == 0:
        return
    # Qt's table and tree interfaces number the header's cells first (hidden or not).
    first = iface.child(0)
    headers = 1 if first is not None and first.role() == QAccessible.Role.ColumnHeader else 0
    child = (row + headers) * model.columnCount() + column
    if not 0 <= child < iface.childCount():
        return
    for kind in (QAccessible.Event.Focus, QAccessible.Event.Selection):
        event = QAccessibleEvent(view, kind)
        event.setChild(child)
        QAccessible.updateAccessibility(event)
