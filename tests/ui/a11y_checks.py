"""What a screen reader hears, read through Qt's accessibility interface.

``problems(top)`` walks the accessible tree of a window (the same tree AT-SPI shows Orca)
and lists every interactive object whose name is empty or does not contain the text the
object shows on screen, and every label that carries a name of its own but hides its
text (a count, a summary) from it. Used by ``test_accessibility.py`` on every screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

Role = QAccessible.Role
Text = QAccessible.Text

#: the roles a user acts on: these need a name
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.List,
    Role.Tree,
    Role.Table,
    Role.PageTab,
    Role.Link,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Slider,
    Role.ColumnHeader,
    Role.MenuItem,
}
#: views: only their first rows are walked (a list of 285 governments says nothing new)
VIEWS = {Role.List, Role.Tree, Role.Table}
#: a shortcut shown in parentheses after a button's text
SHORTCUT = re.compile(r"\s*\((?:Ctrl|Alt|Shift|F\d+)[^)]*\)$")
ROWS_WALKED = 40


def plain(text: str) -> str:
    """Text as heard: rich text as plain text, mnemonic ampersands gone, spaces folded."""
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("⚠", "")  # a sign beside the words, not words
    # "Bewerken…", "Omhoog (Alt+↑)": the name may leave out the dots and the shortcut
    text = SHORTCUT.sub("", text).rstrip("…").rstrip()
    return " ".join(text.split())


def accessible_tree(iface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """``iface`` and its visible descendants."""
    if iface is None or not iface.isValid() or iface.state().invisible or depth > 40:
        return
    yield iface
    count = iface.childCount()
    if iface.role() in VIEWS:
        count = min(count, ROWS_WALKED)
    for index in range(count):
        child = iface.child(index)
        if child is not None:
            yield from accessible_tree(child, depth + 1)


def visible_text(iface: QAccessibleInterface) -> str:
    """What the object shows as its own text (a button's caption, a label's text)."""
    widget = iface.object()
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    if isinstance(widget, QLabel):
        return plain(widget.text())
    if iface.role() in (Role.PageTab, Role.ColumnHeader, Role.ListItem, Role.TreeItem):
        return plain(iface.text(Text.Name))
    return ""


def describe(iface: QAccessibleInterface) -> str:
    widget = iface.object()
    kind = type(widget).__name__ if widget is not None else "?"
    name = widget.objectName() if isinstance(widget, QWidget) else ""
    return f"{iface.role().name} {kind}{' ' + name if name else ''}"


def problems(top: QWidget) -> list[str]:
    """Every object a screen reader names wrongly in ``top``, one line each."""
    found: list[str] = []
    root = QAccessible.queryAccessibleInterface(top)
    for iface in accessible_tree(root):
        role = iface.role()
        name = plain(iface.text(Text.Name))
        description = plain(iface.text(Text.Description))
        shown = visible_text(iface)
        widget = iface.object()
        if role in INTERACTIVE:
            if not name:
                found.append(f"{describe(iface)} showing {shown!r}: no name")
            elif shown and shown.casefold() not in name.casefold():
                found.append(f"{describe(iface)} showing {shown!r} is named {name!r}")
            elif role == Role.ColumnHeader and name.isdigit():
                found.append(f"{describe(iface)} is named by its number {name!r}")
        elif (
            isinstance(widget, QLabel)
            and widget.accessibleName()
            and shown
            and shown.casefold() not in f"{name} {description}".casefold()
        ):
            # A label given a name of its own ("Aantal resultaten") must still say what
            # it shows ("287 resultaten"), in its name or its description.
            found.append(f"label showing {shown!r} is heard as {name!r} / {description!r}")
    return found
