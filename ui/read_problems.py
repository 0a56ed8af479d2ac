"""Reads of the main window that the database refused: said, kept in view, read again.

A page, a part of the start's first page or the status bar's overdue count reads the
database from the event loop (after the paint, after a save, when shown, on a timer).
When the database does not answer (an SQLite file another program holds locked, a
PostgreSQL server gone) such a read raises a ``DomainError`` with a Dutch message
(``StorageError``). It is not left to print a traceback: ``ReadProblems`` says it in the
status bar and keeps it in a bar above the pages ("⚠ Niet gelezen: Overzicht — De
database is bezet …", with "Opnieuw lezen (F5)") until every read that failed has
succeeded. A later message in the status bar (the start check's) cannot hide it.

What failed is read again when the person asks (F5, the bar's button), when the page
is shown again (``Page.stale``), when the start check found the file sound
(``ui.safety.start_check``) and after any change (every page and the count read then).
``read_again`` stops at the first read that fails again: the database still does not
answer, and each further try would make the person wait once more (an SQLite busy
timeout). Nothing typed is touched: only reads run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton

from supportdesk.errors import DomainError
from ui.a11y import announce
from ui.style.scheme import show_as_error
from ui.widgets.questions import refusal_text


@dataclass(frozen=True)
class Failed:
    """One read that failed: what it reads (as the person knows it), why, and how to
    read it again (True when that succeeded)."""

    name: str
    message: str
    again: Callable[[], bool]


class ReadProblems(QFrame):
    """The bar above the pages that names what could not be read and why.
    ``cleared``: the last read that had failed succeeded."""

    cleared = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._failed: dict[str, Failed] = {}
        self._said = ""  # the status bar's message this bar put there
        self._quiet = False  # reading again: said once, at the end
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a driver's message may hold <
        show_as_error(self.text)
        self.again = QPushButton(self.tr("Opnieuw lezen (F5)"))
        self.again.setAccessibleName(self.tr("Opnieuw lezen"))
        self.again.clicked.connect(self.read_again)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.again)
        self.setAccessibleName(self.tr("Niet gelezen"))
        self.hide()

    # -- reads -----------------------------------------------------------------------
    def run(
        self,
        what: str,
        name: str,
        read: Callable[[], object],
        again: Callable[[], bool] | None = None,
    ) -> bool:
        """Run ``read``; a database that fails is said and remembered under ``what``
        (read again by ``again``, else by ``read`` itself). True when it succeeded,
        which also ends an earlier failure of ``what``."""
        try:
            read()
        except DomainError as exc:
            self.failed(
                what, name, refusal_text(exc), again or (lambda: self.run(what, name, read))
            )
            return False
        self.succeeded(what)
        return True

    def unless_failing(
        self, what: str, name: str, read: Callable[[], object], again: Callable[[], bool]
    ) -> bool:
        """As ``run``; but after a read that failed (the database does not answer yet)
        ``read`` is not tried now, only remembered as failed for the same reason: each
        try could make the person wait (the start's parts, one after the other)."""
        if not self._failed:
            return self.run(what, name, read, again)
        if what not in self._failed:
            self.failed(what, name, list(self._failed.values())[-1].message, again)
        return False

    def failed(self, what: str, name: str, message: str, again: Callable[[], bool]) -> None:
        """``what`` (shown as ``name``) could not be read: ``message`` says why."""
        # one line: a driver's message comes with line breaks and tabs
        self._failed[what] = Failed(name, " ".join(message.split()), again)
        self._show()

    def succeeded(self, what: str) -> None:
        """``what`` was read: its failure (if any) is over, and the database answers
        again, so the rest that failed is read again now."""
        if self._failed.pop(what, None) is None:
            return
        if self._failed and not self._quiet:
            self.read_again()
        else:
            self._show()

    def failing(self) -> bool:
        return bool(self._failed)

    def names(self) -> list[str]:
        return [failed.name for failed in self._failed.values()]

    def read_again(self) -> bool:
        """Read again what failed, oldest first, until one fails again (the database
        still does not answer: the rest waits for the next try). True when nothing is
        left unread."""
        self._quiet = True
        try:
            for what, failed in list(self._failed.items()):
                if what in self._failed and not failed.again():
                    break
        finally:
            self._quiet = False
        self._show(anew=True)  # still failing: said again, the person asked
        return not self._failed

    # -- saying it -------------------------------------------------------------------
    def status_text(self) -> str:
        """What the bar says, "" when every read succeeded."""
        if not self._failed:
            return ""
        newest = list(self._failed.values())[-1]
        return (
            self.tr("⚠ Niet gelezen: %1 — %2")
            .replace("%1", ", ".join(self.names()))
            .replace("%2", newest.message)
        )

    def say_in_status_bar(self) -> None:
        """Put the problem (again) in the window's status bar, for the ear too."""
        bar = self._window.statusBar()
        self._said = self.status_text()
        bar.showMessage(self._said)
        announce(bar)

    def _show(self, *, anew: bool = False) -> None:
        if self._quiet:
            return
        text = self.status_text()
        was_failing = bool(self.text.text())
        if text == self.text.text() and not (anew and text):
            return  # nothing new to say
        self.text.setText(text)
        self.text.setAccessibleName(text.removeprefix("⚠ "))
        self.setVisible(bool(text))
        bar = self._window.statusBar()
        if text:
            self.say_in_status_bar()
            announce(self.text)
            return
        if self._said and bar.currentMessage() == self._said:
            bar.clearMessage()  # read after all: the error goes, another message stays
        self._said = ""
        if was_failing:
            self.cleared.emit()
