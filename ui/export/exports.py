"""The exports of one application, as one object the application context owns
(``AppContext.exports``) instead of module globals: the exports running (kept alive
here, not by the view that started them: an editor closed mid-export must not destroy
a running thread), ``started`` as each begins (tests wait on it; later a status bar),
waiting for them at quit, and Ctrl+E let through text fields.

Ctrl+E inside text fields: on Linux a line edit (and a spin or date box) takes Ctrl+E
itself (emacs-style "end of line") and the window never sees the shortcut. A text field
that gets focus in a window offering an export is given a small filter that lets Ctrl+E
through to the export. Hooked on focus changes rather than as an application-wide event
filter, which would see every event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

SHORTCUT = "Ctrl+E"
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class Running(Protocol):
    """What an export in progress offers here."""

    def wait(self) -> None: ...


class LetKeysThrough(QObject):
    """A text field with this filter does not claim ``keys`` (Ctrl+E is "end of line" on
    Linux, Ctrl+Shift+E "select to the end"): the window's shortcut answers them."""

    def __init__(self, keys: Sequence[QKeyCombination], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys = list(keys)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination() in self.keys
        ):
            event.ignore()
            return True  # the field does not claim the key; the shortcut fires
        return False


class Exports(QObject):
    """The running exports and the Ctrl+E export actions of one application."""

    started = Signal(object)  # the ExportTask, as it starts

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[Running] = []
        self._actions: list[QAction] = []
        first = QKeySequence(SHORTCUT)[0]  # type: ignore[index]  # the first combination
        self._filter = LetKeysThrough([first], self)
        self._quit_hooked = False
        self._focus_hooked = False

    # -- running exports ---------------------------------------------------------------
    def add(self, task: Running) -> None:
        """Keep ``task`` alive while it runs (and wait for it at quit)."""
        app = QCoreApplication.instance()
        if app is not None and not self._quit_hooked:
            app.aboutToQuit.connect(self.wait_all)
            self._quit_hooked = True
        if task not in self._running:
            self._running.append(task)

    def announce(self, task: Running) -> None:
        self.started.emit(task)

    def discard(self, task: Running) -> None:
        if task in self._running:
            self._running.remove(task)

    def running(self) -> list[Running]:
        return list(self._running)

    def wait_all(self) -> None:
        """At quit: let running exports end (a QThread destroyed while running aborts)."""
        for task in list(self._running):
            task.wait()

    # -- Ctrl+E in text fields -----------------------------------------------------------
    def watch_action(self, action: QAction) -> None:
        """Let Ctrl+E through the text fields of the window ``action``'s widget is in."""
        self._actions.append(action)
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._focus_hooked:
            app.focusChanged.connect(self._on_focus)
            self._focus_hooked = True

    def _offers_export(self, window: QWidget) -> bool:
        self._actions = [a for a in self._actions if shiboken6.isValid(a)]
        for action in self._actions:
            owner = action.parent()
            if (
                isinstance(owner, QWidget)
                and owner.window() is window
                and owner.isVisible()
                and action.isEnabled()
            ):
                return True
        return False

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isinstance(new, TEXT_FIELDS):
            return
        if new.property("exportKeyThrough") or not self._offers_export(new.window()):
            return
        new.installEventFilter(self._filter)
        new.setProperty("exportKeyThrough", True)
