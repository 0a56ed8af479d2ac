"""A local-government field that completes as you type: a name, a word of a name, a NIS
code, or a former municipality's name (Sint-Amandsberg finds Gent).

Suggestions come from ``supportdesk.services.local_governments.complete_local_governments``
on every edit (a few milliseconds). Choosing one (Enter, Tab or a click) sets the field's
government; editing the text again clears it until another is chosen. Leaving the field
with text that has exactly one suggestion (or an exact name) chooses that one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from supportdesk.services.local_governments import Completion, complete_local_governments
from ui.context import AppContext


def completion_text(item: Completion) -> str:
    """What a suggestion reads: "Gent (44021)", or "Gent (44021) — Sint-Amandsberg"."""
    text = f"{item.name} ({item.nis_code})" if item.nis_code else item.name
    if item.matched_alias and item.matched_alias != item.name:
        text += f" — {item.matched_alias}"
    return text


class GovernmentField(QLineEdit):
    """Pick one local government by typing. ``value_changed(public_id)`` ("" when none)."""

    value_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._id = ""
        self._name = ""
        self._items: list[Completion] = []
        self._list = QStringListModel(self)
        self.completer_ = QCompleter(self._list, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[str].connect(self._choose_text)  # type: ignore[index]
        self.setPlaceholderText(self.tr("naam, NIS-code of voormalige gemeente"))
        self.textEdited.connect(self._on_edited)

    # -- value ------------------------------------------------------------------------
    def value(self) -> str:
        """The chosen government's public id, or "" when none is chosen."""
        return self._id

    def name(self) -> str:
        return self._name

    def set_value(self, public_id: str, name: str) -> None:
        """Show a chosen government (from a record being edited)."""
        changed = public_id != self._id
        self._id, self._name = public_id, name
        self.setText(name)
        if changed:
            self.value_changed.emit(public_id)

    def clear_value(self) -> None:
        self.set_value("", "")

    def required_errors(self, name: str = "local_government_id") -> dict[str, str]:
        """For a required field: ``{name: why}`` when no government is chosen (typed
        text that names none, or nothing at all), else ``{}``."""
        if self._id:
            return {}
        if self.text().strip():
            return {
                name: self.tr("Kies een lokaal bestuur uit de lijst (typ een deel van de naam).")
            }
        return {name: self.tr("Het lokaal bestuur is verplicht.")}

    # -- completing --------------------------------------------------------------------
    def _on_edited(self, text: str) -> None:
        if self._id:
            self._id, self._name = "", ""
            self.value_changed.emit("")
        self._items = complete_local_governments(self.ctx.db, text, 15) if text.strip() else []
        self._list.setStringList([completion_text(i) for i in self._items])
        if self._items:
            self.completer_.complete()
        else:
            self._popup().hide()

    def _choose_text(self, text: str) -> None:
        for item in self._items:
            if completion_text(item) == text:
                self.set_value(item.id, item.name)
                return

    def choose_first(self) -> bool:
        """Choose the best suggestion, when the text leaves no doubt."""
        if self._id or not self.text().strip():
            return bool(self._id)
        items = self._items or complete_local_governments(self.ctx.db, self.text(), 15)
        exact = [i for i in items if i.name.casefold() == self.text().strip().casefold()]
        pick = exact[0] if len(exact) == 1 else (items[0] if len(items) == 1 else None)
        if pick is not None:
            self.set_value(pick.id, pick.name)
            return True
        return False

    def _accept_suggestion(self) -> None:
        """Take the highlighted suggestion (else the only or exact one); close the popup."""
        popup = self._popup()
        index = popup.currentIndex() if popup.isVisible() else None
        popup.hide()
        if index is not None and index.isValid() and index.row() < len(self._items):
            item = self._items[index.row()]
            self.set_value(item.id, item.name)
        elif self._items and popup is not None and not self._id:
            if not self.choose_first() and index is not None:
                # Enter on an open list with nothing highlighted takes the first line.
                self.set_value(self._items[0].id, self._items[0].name)
        else:
            self.choose_first()

    def event(self, event: QEvent) -> bool:
        # Tab is handled by QWidget.event before keyPressEvent: choose before moving on.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self._accept_suggestion()
        return super().event(event)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a completer always has its list
        return popup

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self._popup().isVisible() or (self.text().strip() and not self._id)
        ):
            self._accept_suggestion()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if not self._popup().isVisible():
            self.choose_first()
        super().focusOutEvent(event)
