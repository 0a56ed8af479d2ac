"""The worker thread that loads the ORM once the window's first page is on screen
(``supportdesk.warm_up``; the first page reads with Core): the window repaints while
Python imports, and a key or click that comes meanwhile waits for the worker
(``InputGate``), then is handled as usual."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread

log = logging.getLogger(__name__)


class WarmUp(QThread):
    """Runs ``supportdesk.warm_up.load`` once; ``finished`` (QThread's) when done.

    A failure is only logged: the GUI thread then imports the same modules itself at
    their first use and meets the error there, where it is shown as any other."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warm-up")

    def run(self) -> None:  # in the worker thread: no widgets, no database
        from supportdesk.warm_up import load

        try:
            load()
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


def start_warm_up(owner: QObject) -> WarmUp:
    """Start loading the ORM in a worker thread (a child of ``owner``), holding input
    back until it is done (``InputGate``)."""
    warm_up = WarmUp(owner)
    app = QCoreApplication.instance()
    if app is not None:
        InputGate(warm_up, app)
    warm_up.start()
    return warm_up
