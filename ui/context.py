"""What every window and page shares: the open database, settings and app-wide signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from ui.export.exports import Exports

if TYPE_CHECKING:
    from supportdesk.database import Database
    from ui.warm_up import WarmUp

#: the kind that says every record may have changed (a backup put back): every page reloads
EVERYTHING = "*"


class AppContext(QObject):
    """The open database and the signals pages use to talk to each other.

    ``changed(kind)`` is emitted after a service saved something of that kind
    ("advice_talk", "follow_up_action", "local_government", ...); pages showing such
    records reload. ``open_requested(kind, public_id)`` asks the main window to show a
    record wherever it lives. ``new_requested(kind)`` asks for a new record's editor.
    ``exports`` holds the app's running exports and its Ctrl+E export actions.
    """

    changed = Signal(str)
    open_requested = Signal(str, str)
    new_requested = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.exports = Exports(self)
        #: the ORM loading in a worker thread after the window's first paint (``ui.warm_up``)
        self.warm_up: WarmUp | None = None

    def loaded(self) -> None:
        """Let the ORM's loading after the first page (if any) end its step under way and
        leave the rest to the GUI thread. Called before the GUI thread itself imports the
        database layer's modules (a page, a dialog): one module imported in two threads
        at once may deadlock."""
        if self.warm_up is not None and not self.warm_up.isFinished():
            self.warm_up.wait()

    def settings(self) -> QSettings:
        return QSettings()

    def current_member_id(self) -> str | None:
        """The team member chosen in the settings ("me"), as a public id, or None."""
        value = self.settings().value("user/team_member_id", "")
        return str(value) if value else None

    def notify_changed(self, kind: str) -> None:
        """Tell every page that records of ``kind`` changed; ``EVERYTHING`` when the
        whole database may differ (a backup put back)."""
        self.changed.emit(kind)
