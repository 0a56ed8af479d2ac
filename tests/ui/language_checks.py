"""Dutch left on an English screen: visible text that the Dutch catalogue (the sources of
``supportdesk_en.ts``) holds with a different English translation.

A text counts when it is, as a whole, a catalogue source ("Bewaren"), when it contains a
source of several words ("⚠ feedback ontbreekt" in a status line), or when it matches a
source with numbers or names filled in ("gestart op %1" in "lopend, gestart op 3/11").
Record data (names, questions) is Dutch on purpose and is not in the catalogue.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

from tests.ui.a11y_checks import plain
from ui.i18n import TS_FILE

PLACEHOLDER = re.compile(r"%(?:\d|n)")
#: texts that hold record data (Dutch names and questions): only whole texts count
DATA = {"cell", "choice", "window title"}


class Catalogue:
    """The Dutch sources whose English differs, as exact texts and as patterns."""

    def __init__(self) -> None:
        differs: set[str] = set()
        same: set[str] = set()  # the same in both languages in some context ("Status")
        for message in ET.parse(TS_FILE).getroot().iter("message"):
            source = plain(message.findtext("source") or "").rstrip(":")
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            if source:
                kept = any(plain(f).rstrip(":") == source for f in forms)
                (same if kept else differs).add(source)
        self.exact = differs - same
        phrases: list[str] = []
        for text in self.exact:
            if PLACEHOLDER.search(text):
                # "gestart op %1": the words around the numbers or names filled in
                literal = PLACEHOLDER.sub("", text)
                if sum(ch.isalpha() for ch in literal) >= 8:
                    parts = [re.escape(p) for p in PLACEHOLDER.split(text)]
                    phrases.append(r"[^\s]+".join(parts).strip())
            elif len(text.split()) >= 2 and len(text) >= 10:
                phrases.append(re.escape(text))
        # A part of a composed text stands between separators ("lopend, gestart op 3/11",
        # "⚠ 1 actie te laat · ⚠ feedback ontbreekt"); the same words inside a sentence of
        # record data ("… van het netwerk digitale inclusie") are data.
        self.inside = re.compile(
            r"(?:^|[·,:;(—–⚠|]\s*)("
            + "|".join(sorted(phrases, key=len, reverse=True))
            + r")(?=\s*(?:$|[·,:;).—–|]))",
            re.IGNORECASE,
        )

    def dutch_in(self, text: str, *, inside: bool = True) -> str:
        """The Dutch catalogue text ``text`` shows, or "". ``inside``: also a phrase of
        the interface within a longer text (not for record data such as list cells)."""
        text = plain(text)
        if not text:
            return ""
        if text.rstrip(":") in self.exact:
            return text
        found = self.inside.search(text) if inside else None
        return found.group(1) if found else ""


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each text on screen in ``top``."""
    yield "window title", top.windowTitle()
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield kind, widget.text()
            yield f"{kind} tooltip", widget.toolTip()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
        elif isinstance(widget, QLineEdit):
            yield "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield "choice", widget.itemText(index)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = _count(model.columnCount)
            for column in range(columns):
                yield "column", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(_count(model.rowCount), 30)):
                for column in range(columns):
                    yield "cell", str(model.index(row, column).data() or "")
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            yield "menu", action.text()
            if action.menu() is not None:
                for item in action.menu().actions():
                    yield "menu item", item.text()


def _count(method) -> int:
    """Models differ: some need the parent, a list model's columnCount is private."""
    for args in ((), (QModelIndex(),)):
        try:
            return int(method(*args))
        except TypeError:
            continue
    return 1


def untranslated(top: QWidget, catalogue: Catalogue) -> list[str]:
    """Each Dutch catalogue text visible in ``top``, one line each."""
    return [
        f"{where}: {text!r} ({dutch!r})"
        for where, text in visible_texts(top)
        if (dutch := catalogue.dutch_in(text, inside=where not in DATA))
    ]
