"""The worker thread that loads the ORM right after the window's first paint
(``supportdesk.warm_up``): the window answers while Python imports, and its first page
is built and read once the worker is done (``MainWindow.load_first_page``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread

if TYPE_CHECKING:
    from ui.context import AppContext

log = logging.getLogger(__name__)


class WarmUp(QThread):
    """Runs ``supportdesk.warm_up.load`` once; ``finished`` (QThread's) when done.

    A failure is only logged: the GUI thread then imports the same modules itself at
    their first use and meets the error there, where it is shown as any other."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warm-up")
        self.db = ctx.db
        self.member_id = ctx.current_member_id()  # QSettings: read on the GUI thread

    def run(self) -> None:  # in the worker thread: no widgets
        from supportdesk.warm_up import load

        try:
            load(self.db, self.member_id)
        except Exception:
            log.exception("loading the ORM ahead of its first use failed")


#: what a person does to the window: a key or click that comes while the worker loads
#: waits for it, then is handled as usual (whatever it starts may import the ORM)
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
    }
)


class InputGate(QObject):
    """While ``warm_up`` runs, a key press, click or drop first waits for it: the GUI
    thread then never imports the database layer while the worker does (see
    ``supportdesk.warm_up``). Repaints, resizes and timers are not held up. Installed on
    the application; it removes itself when the worker is done."""

    def __init__(self, warm_up: QThread, app: QCoreApplication) -> None:
        super().__init__(warm_up)
        self.warm_up = warm_up
        self.app = app
        app.installEventFilter(self)
        warm_up.finished.connect(self.remove)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.warm_up.isRunning():
            self.warm_up.wait()
        return False

    def remove(self) -> None:
        self.app.removeEventFilter(self)


def start_warm_up(ctx: AppContext, owner: QObject, then: Callable[[], None]) -> WarmUp:
    """Start loading the ORM (and priming the first screen's reads of ``ctx.db``) in a
    worker thread (a child of ``owner``), holding input back until it is done
    (``InputGate``); ``then`` runs on the GUI thread afterwards."""
    warm_up = WarmUp(ctx, owner)
    app = QCoreApplication.instance()
    if app is not None:
        InputGate(warm_up, app)
    warm_up.finished.connect(then)
    warm_up.start()
    return warm_up
