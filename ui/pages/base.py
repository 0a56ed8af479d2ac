"""The base class of the main window's pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Page(QWidget):
    """A page in the navigation bar.

    Subclasses set ``key`` (the record kind(s) they show) and implement what applies:
    ``refresh()`` reloads from the database; ``open_record(public_id)`` shows one
    record; ``new_record()`` starts a new one. Pages are created when first shown.
    """

    key = ""
    #: record kinds whose ``AppContext.changed`` makes this page reload
    watches: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows."""

    def open_record(self, public_id: str) -> None:
        """Show one record of this page's kind."""

    def new_record(self) -> None:
        """Start a new record of this page's kind."""

    def _on_changed(self, kind: str) -> None:
        if kind in self.watches or not self.watches:
            self.refresh()
