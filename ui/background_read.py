"""Reading in a worker thread, the result applied on the GUI thread when it arrives.

A read of the Overzicht or the navigation counts at 100,000 talks takes 20–100 ms; on
the GUI thread the window would not answer meanwhile. A ``BackgroundRead`` runs the read
(a function of the core: Core statements through ``Database.read_connection()``, so the
worker has its own connection from the engine's pool, on SQLite and PostgreSQL alike)
in one worker thread, the reads one after the other; the driver releases the GIL while
the database works, so the GUI thread paints and takes keys beside it. The result comes
back through a signal and is applied on the GUI thread:

- a newer read of the same ``BackgroundRead`` supersedes an older one: the older is
  not run if it has not started, its result dropped if it has (the year changed, the
  page was refreshed);
- when the owner is gone (the page or window closed) the result is dropped;
- a ``DomainError`` (a locked file, a server gone) is handed to ``failed``; any other
  exception is raised again on the GUI thread, as it would have been without a worker.

The reads import nothing (their modules are imported by the GUI thread before), so the
worker never imports a module while the GUI thread or the ORM's warm-up does
(``AppContext.loaded``); ``tests/ui/test_background_read.py`` checks the Overzicht's.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from supportdesk.errors import DomainError

T = TypeVar("T")


class _Worker:
    """The one thread that runs every read, one after the other, in the order asked:
    with several reads at once the GUI thread would wait for the GIL behind each of
    them (a stall of ~65 ms at the start with four).

    A database that does not answer (a locked SQLite file waits its busy timeout, 15 s)
    fails every read that was asked for before that failure with the same error,
    without trying each again: the person hears it once, not after a minute."""

    def __init__(self) -> None:
        self.jobs: queue.Queue[_Arrival] = queue.Queue()
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()
        self.asked = 0  # reads asked for so far
        #: the last failure, and how many reads had been asked for when it came
        self.failure: tuple[DomainError, int] | None = None
        self.closing = False

    def submit(self, arrival: _Arrival) -> None:
        with self.lock:
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="reads", daemon=True)
                self.thread.start()
            self.asked += 1
            arrival.number = self.asked
        self.jobs.put(arrival)

    def _run(self) -> None:
        relay = _the_relay()
        while True:
            arrival = self.jobs.get()
            try:
                if arrival.is_marker:
                    self.closing = False  # what was asked before it is done or dropped
                    continue
                if self.closing:
                    continue
                failure = self.failure
                if failure is not None and arrival.number <= failure[1]:
                    arrival.error = failure[0]  # asked for before the database failed
                elif not arrival.run():
                    continue
                elif isinstance(arrival.error, DomainError):
                    with self.lock:
                        self.failure = (arrival.error, self.asked)
                relay.arrived.emit(arrival)
            finally:
                arrival.done.set()
                self.jobs.task_done()

    def wait(self, timeout: float | None = None, *, drop: bool = False) -> None:
        """Until every read asked for so far has run (at most ``timeout`` seconds);
        ``drop``: the reads not started yet are not run (the app's exit)."""
        if self.thread is None:
            return
        self.closing = drop
        done = threading.Event()
        self.jobs.put(_Arrival.marker(done))
        done.wait(timeout)


_worker = _Worker()


class _Arrival:
    """One finished read on its way to the GUI thread: its value or its error."""

    is_marker = False

    def __init__(
        self, reader: BackgroundRead[Any], generation: int, read: Callable[[], Any]
    ) -> None:
        self.reader = reader
        self.generation = generation
        self.read = read
        self.newest = reader._newest  # the reader's newest generation, a list of one
        self.value: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.handled = False
        self.number = 0  # in the order asked (_Worker.submit)

    @classmethod
    def marker(cls, done: threading.Event) -> _Arrival:
        """Not a read: ``done`` is set when the worker comes to it."""
        marker = cls.__new__(cls)
        marker.done = done
        marker.is_marker = True
        return marker

    def run(self) -> bool:
        """In the worker: read, unless a newer read of the same reader came meanwhile
        (False: nothing to hand on)."""
        if self.newest[0] != self.generation:
            return False
        try:
            self.value = self.read()
        except BaseException as exc:  # handed to the GUI thread: failed, or raised there
            self.error = exc
        return True

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
            app.aboutToQuit.connect(_at_exit)
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
        self._newest = [0]  # read by the worker: a read no longer wanted is not run
        self._latest: _Arrival | None = None
        self._apply: Callable[[T], object] | None = None
        self._waiters: list[Callable[[], object]] = []

    def start(self, read: Callable[[], T], apply: Callable[[T], object]) -> None:
        """Run ``read()`` in the worker thread; ``apply(result)`` on the GUI thread when
        it arrives, unless another ``start`` or ``cancel`` came in between."""
        _the_relay()  # made by the GUI thread
        self._generation += 1
        self._newest[0] = self._generation
        self._apply = apply
        self._latest = _Arrival(self, self._generation, read)
        _worker.submit(self._latest)

    def running(self) -> bool:
        """A read started and not yet applied (nor dropped by ``cancel``)."""
        return self._latest is not None

    def cancel(self) -> None:
        """Drop the read under way (its result will not be applied); waiters are dropped."""
        self._generation += 1
        self._newest[0] = self._generation
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
            arrival = self._latest
            arrival.done.wait()
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
    """Until every read asked for so far has run (their results are applied when the
    event loop comes to them)."""
    _worker.wait(timeout)


def _at_exit() -> None:
    """The app's exit: the reads not started are dropped; the one under way may end,
    for at most a second, before the database is closed under it (the worker is a
    daemon thread: the process does not wait for a read that hangs)."""
    _worker.wait(1.0, drop=True)
