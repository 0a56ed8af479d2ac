"""Reading in a worker thread, the result applied on the GUI thread when it arrives.

A read of the Overzicht or the navigation counts at 100,000 talks takes 20–100 ms; on
the GUI thread the window would not answer meanwhile. A ``BackgroundRead`` runs the read
(a function of the core: Core statements through ``Database.read_connection()``, so each
worker has its own connection from the engine's pool, on SQLite and PostgreSQL alike)
in a thread of its own; the driver releases the GIL while the database works, so the
GUI thread paints and takes keys beside it. The result comes back through a signal and
is applied on the GUI thread:

- a newer read of the same ``BackgroundRead`` supersedes one under way: the older
  result is dropped (the year changed, the page was refreshed);
- when the owner is gone (the page or window closed) the result is dropped;
- a ``DomainError`` (a locked file, a server gone) is handed to ``failed``; any other
  exception is raised again on the GUI thread, as it would have been without a worker.

The reads import nothing (their modules are imported by the GUI thread before), so the
worker never imports a module while the GUI thread or the ORM's warm-up does
(``AppContext.loaded``); ``tests/ui/test_background_read.py`` checks the Overzicht's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from supportdesk.errors import DomainError

T = TypeVar("T")

#: the worker threads still running (``wait_for_reads``)
_running: set[threading.Thread] = set()
_running_lock = threading.Lock()


class _Arrival:
    """One finished read on its way to the GUI thread: its value or its error."""

    def __init__(self, reader: BackgroundRead[Any], generation: int) -> None:
        self.reader = reader
        self.generation = generation
        self.value: Any = None
        self.error: BaseException | None = None
        self.handled = False

    def handle(self) -> None:
        """On the GUI thread: apply it (once), unless superseded or its owner is gone."""
        if self.handled:
            return
        self.handled = True
        if shiboken6.isValid(self.reader):
            self.reader._arrived(self)


class _Relay(QObject):
    """Lives in the GUI thread for good: a worker emits on it, the GUI thread handles."""

    arrived = Signal(object)
    #: the one relay, made by the GUI thread at the first ``start``
    made: ClassVar[list[_Relay]] = []

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(lambda arrival: arrival.handle())


def _the_relay() -> _Relay:
    if not _Relay.made:
        _Relay.made.append(_Relay())
        app = QCoreApplication.instance()
        if app is not None:  # the app's exit lets the reads under way end first
            app.aboutToQuit.connect(wait_for_reads)
    return _Relay.made[0]


class BackgroundRead(QObject, Generic[T]):
    """One read of one part of the screen, run again and again (``start``); only the
    newest is applied. ``done`` after it was applied or failed; ``failed(error)`` with
    the ``DomainError`` of a read that failed."""

    done = Signal()
    failed = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._generation = 0
        self._latest: tuple[threading.Thread, _Arrival] | None = None
        self._apply: Callable[[T], object] | None = None
        self._waiters: list[Callable[[], object]] = []

    def start(self, read: Callable[[], T], apply: Callable[[T], object]) -> None:
        """Run ``read()`` in a worker thread; ``apply(result)`` on the GUI thread when it
        arrives, unless another ``start`` or ``cancel`` came in between."""
        self._generation += 1
        self._apply = apply
        arrival = _Arrival(self, self._generation)
        relay = _the_relay()

        def run() -> None:
            try:
                arrival.value = read()
            except BaseException as exc:  # handed to the GUI thread: failed, or raised there
                arrival.error = exc
            finally:
                with _running_lock:
                    _running.discard(thread)
            relay.arrived.emit(arrival)

        thread = threading.Thread(target=run, name=f"read {self.objectName()}", daemon=True)
        self._latest = (thread, arrival)
        with _running_lock:
            _running.add(thread)
        thread.start()

    def running(self) -> bool:
        """A read started and not yet applied (nor dropped by ``cancel``)."""
        return self._latest is not None

    def cancel(self) -> None:
        """Drop the read under way (its result will not be applied); waiters are dropped."""
        self._generation += 1
        self._latest = None
        self._waiters.clear()

    def when_read(self, then: Callable[[], object]) -> None:
        """``then()`` once the read under way has been applied or has failed; at once
        when none is."""
        if self._latest is None:
            then()
        else:
            self._waiters.append(then)

    def finish(self) -> None:
        """Wait for the read under way and apply it now (on the GUI thread)."""
        if self._latest is not None:
            thread, arrival = self._latest
            thread.join()
            arrival.handle()

    def _arrived(self, arrival: _Arrival) -> None:
        if arrival.generation != self._generation:
            return  # superseded, or cancelled
        self._latest = None
        apply, self._apply = self._apply, None
        try:
            if arrival.error is None:
                if apply is not None:
                    apply(arrival.value)
            elif isinstance(arrival.error, DomainError):
                self.failed.emit(arrival.error)
            else:
                raise arrival.error
        finally:
            waiters, self._waiters = self._waiters, []
            if shiboken6.isValid(self):  # an apply may have closed its owner
                self.done.emit()
            for then in waiters:
                then()


def when_all_read(readers: Sequence[BackgroundRead[Any]], then: Callable[[], object]) -> None:
    """``then()`` once none of ``readers`` has a read under way (a read one of them
    starts while another's result is applied is waited for too)."""
    busy = [r for r in readers if shiboken6.isValid(r) and r.running()]
    if not busy:
        then()
        return
    busy[0].when_read(lambda: when_all_read(readers, then))


def finish_all(readers: Sequence[BackgroundRead[Any]]) -> None:
    """Wait for every read under way of ``readers`` and apply them now, including reads
    that applying one of them starts."""
    while busy := [r for r in readers if shiboken6.isValid(r) and r.running()]:
        busy[0].finish()


def wait_for_reads(timeout: float | None = None) -> None:
    """Let every worker read still running end (the app's exit: nothing is applied any
    more, but a read should not be cut off by the database being closed under it)."""
    with _running_lock:
        threads = list(_running)
    for thread in threads:
        thread.join(timeout)
