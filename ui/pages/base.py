"""The base class of the main window's pages."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import EVERYTHING, AppContext


class Page(QWidget):
    """A page in the navigation bar.

    Subclasses set ``key`` (the record kind(s) they show) and implement what applies:
    ``refresh()`` reloads from the database; ``open_record(public_id)`` shows one
    record; ``new_record()`` starts a new one. Pages are created when first shown.

    A change of a watched kind reloads a page on screen at once; a page hidden behind
    another in the main window's stack only marks itself ``stale`` and reloads once
    when it is shown again, so a save does not reload every page there is.
    """

    key = ""
    #: record kinds whose ``AppContext.changed`` makes this page reload
    watches: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = False
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

    def reload_if_stale(self) -> None:
        """Reload once if a change came while the page was hidden."""
        if self.stale:
            self.stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name for the handler
        super().showEvent(event)
        self.reload_if_stale()

    def _on_changed(self, kind: str) -> None:
        if kind == EVERYTHING or kind in self.watches or not self.watches:
            if self.hidden_in_window():
                self.stale = True
            else:
                self.refresh()
