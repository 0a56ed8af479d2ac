"""Loading the ORM once the window's first page is on screen (the first page reads with
Core): ``supportdesk.warm_up.STEPS`` run in a worker thread one at a time, the window
repainting meanwhile. A key or click that comes during a step waits for that step
(``InputGate``), then is handled as usual, and the steps not yet run are left to the
GUI thread (it imports what it needs when it needs it): the two threads never import at
the same time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer

log = logging.getLogger(__name__)


class _Step(QThread):
    """One step in the worker thread. A failure is only logged: the GUI thread imports
    the same modules itself at their first use and meets the error there."""

    def __init__(self, step: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"warm-up {step}")
        self.step = step

    def run(self) -> None:  # in the worker thread: no widgets, no database
        from supportdesk.warm_up import load_step

        try:
            load_step(self.step)
        except Exception:
            log.exception("loading %s ahead of its first use failed", self.step)


class WarmUp(QObject):
    """The steps, one worker thread each, the next started from the GUI thread's event
    loop (so input between two steps is handled first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from supportdesk.warm_up import STEPS

        self._steps = list(STEPS)
        self._thread: _Step | None = None

    def start(self) -> None:
        if not self._steps or self.isRunning():
            return
        self._thread = _Step(self._steps.pop(0), self)
        self._thread.finished.connect(self._next)  # queued: this object is the GUI's
        self._thread.start()

    def _next(self) -> None:
        QTimer.singleShot(1, self.start)  # a pass of the event loop first: input, paint

    def isRunning(self) -> bool:  # Qt's word, as QThread's
        return self._thread is not None and self._thread.isRunning()

    def isFinished(self) -> bool:
        """Nothing running and nothing left to run."""
        return not self._steps and not self.isRunning()

    def wait(self) -> None:
        """Let the step under way end and leave the rest to the GUI thread."""
        self._steps.clear()
        if self._thread is not None:
            self._thread.wait()


#: what a person does to the window: a key or click that comes while the worker loads
#: waits for it, then is handled as usual (whatever it starts may import the ORM)
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,  # a letter composed by the input method (dead key, IBus)
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
    }
)


class InputGate(QObject):
    """While ``warm_up`` has steps to run, a key press, click or drop first waits for
    the step under way and stops the rest (``WarmUp.wait``): the GUI thread then never
    imports the database layer while the worker does. Repaints, resizes and timers are
    not held up. Installed on the application; it removes itself at the first input."""

    def __init__(self, warm_up: WarmUp | QThread, app: QCoreApplication) -> None:
        super().__init__(warm_up)
        self.warm_up = warm_up
        self.app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            if not self.warm_up.isFinished():
                self.warm_up.wait()
            self.app.removeEventFilter(self)
        return False


def start_warm_up(owner: QObject) -> WarmUp:
    """Start loading the ORM in the background (a child of ``owner``), holding input back
    while a step runs (``InputGate``)."""
    warm_up = WarmUp(owner)
    app = QCoreApplication.instance()
    if app is not None:
        InputGate(warm_up, app)
    warm_up.start()
    return warm_up
