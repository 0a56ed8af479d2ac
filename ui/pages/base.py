"""The base class of the main window's pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from supportdesk.errors import DomainError
from ui.context import EVERYTHING, AppContext
from ui.widgets.questions import refusal_text


class Page(QWidget):
    """A page in the navigation bar.

    Subclasses set ``key`` (the record kind(s) they show) and implement what applies:
    ``refresh()`` reloads from the database; ``open_record(public_id)`` shows one
    record; ``new_record()`` starts a new one. Pages are created when first shown.

    A change of a watched kind reloads a page on screen at once; a page hidden behind
    another in the main window's stack only marks itself ``stale`` and reloads once
    when it is shown again, so a save does not reload every page there is.

    Those reloads (``refresh_or_tell``) run from the event loop: a database that fails
    then (locked, gone) is not raised but told with ``read_failed(message)`` (the
    ``DomainError``'s Dutch words; the main window says them: ``ui.read_problems``)
    and leaves the page ``stale``, so it is read again when shown again; a reload that
    succeeds tells ``read_done``. A page that reads in the background tells its failures with
    ``tell_failure`` and offers ``when_read``: ``read_done`` waits for its reads.
    """

    key = ""
    #: record kinds whose ``AppContext.changed`` makes this page reload
    watches: tuple[str, ...] = ()

    read_failed = Signal(str)  # refusal_text of the DomainError
    read_done = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = False
        self._failed_lately = False  # a read since the last refresh_or_tell failed
        ctx.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows."""

    def open_record(self, public_id: str) -> None:
        """Show one record of this page's kind."""

    def new_record(self) -> None:
        """Start a new record of this page's kind."""

    def hidden_in_window(self) -> bool:
        """Hidden behind another page (explicitly hidden inside a parent, as a stacked
        widget hides the pages it does not show); a page on its own is never that."""
        return self.parentWidget() is not None and self.isHidden()

    def read_or_tell(self, part: Callable[[], object]) -> bool:
        """Run ``part`` (``refresh`` or one of its parts); a database that fails is
        told (``read_failed``) and leaves the page ``stale``. True when it read."""
        try:
            part()
        except DomainError as exc:
            self.tell_failure(exc)
            return False
        return True

    def tell_failure(self, error: DomainError) -> None:
        """A read of the page failed (here or in the background): told, and the page
        read again when it is shown again."""
        self._failed_lately = True
        self.stale = True
        self.read_failed.emit(refusal_text(error))

    def when_read(self, then: Callable[[], object]) -> None:
        """``then()`` once the reads under way are in: at once here; a page reading in
        the background calls it when its reads have arrived or failed."""
        then()

    def refresh_or_tell(self) -> bool:
        """``refresh``, from the event loop: see the class's docstring. False when it
        failed at once (a read in the background may still fail later)."""
        self._failed_lately = False
        if not self.read_or_tell(self.refresh):
            return False
        self.when_read(self._done_unless_failed)
        return True

    def _done_unless_failed(self) -> None:
        if not self._failed_lately:
            self.read_done.emit()

    def reload_if_stale(self) -> None:
        """Reload once if a change came (or a read failed) while the page was hidden."""
        if self.stale:
            self.stale = False
            self.refresh_or_tell()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name for the handler
        super().showEvent(event)
        self.reload_if_stale()

    def _on_changed(self, kind: str) -> None:
        if kind == EVERYTHING or kind in self.watches or not self.watches:
            if self.hidden_in_window():
                self.stale = True
            else:
                self.refresh_or_tell()
