"""Making a PDF off the GUI thread, with progress shown and the result offered.

A report of a big government or a full year takes seconds (ReportLab lays out every
paragraph in pure Python). Run on the GUI thread, the window would turn white and stop
answering; so ``start_export`` runs the core's render function in a ``QThread`` and
hears back by signal: progress moves a ``QProgressDialog``, an error becomes a message
box with the core's Dutch message, success asks whether to open the PDF.

The thread uses the app's one ``Database``: its engine is thread-safe and each render
opens (and closes) a session of its own, so no session crosses threads.

``ExportTask`` is kept alive by the application's ``Exports`` (``ctx.exports``, not
by the view that started it): an editor closed mid-export must not destroy a running
thread. Tests get each new task from ``ctx.exports.started`` and wait on its
``finished`` signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from supportdesk.errors import DomainError
from ui.export.exports import Exports

log = logging.getLogger(__name__)

#: what the thread runs: given a progress callback, make the PDF and return its path
RenderCall = Callable[[Callable[[int, int], None]], Path]

CONTEXT = "Export"
PROGRESS_DELAY_MS = 400  # a quick export finishes before any dialog flashes up


class _RenderThread(QThread):
    """Runs one render call; reports by signal (queued to the GUI thread)."""

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, render: RenderCall) -> None:
        super().__init__()
        self._render = render

    def run(self) -> None:
        try:
            path = self._render(self.progressed.emit)
        except DomainError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # any other failure still ends in words, not a crash
            log.exception("PDF export failed")
            self.failed.emit(
                QCoreApplication.translate("Export", "De PDF kon niet gemaakt worden: %1").replace(
                    "%1", str(exc) or repr(exc)
                )
            )
        else:
            self.succeeded.emit(str(path))


class ExportTask(QObject):
    """One export in progress. ``finished(path)`` comes once everything is over
    (the question answered, or the error shown): the path, or "" when it failed."""

    progressed = Signal(int, int)
    finished = Signal(str)

    def __init__(
        self,
        exports: Exports,
        parent_widget: QWidget | None,
        title: str,
        render: RenderCall,
        file_name: str = "",
    ) -> None:
        super().__init__()
        self._exports = exports
        self._parent = parent_widget
        self.title = title
        self.path = ""
        self.error = ""
        self.dialog = QProgressDialog(parent_widget)
        self.dialog.setWindowTitle(title)
        text = QCoreApplication.translate("Export", "De PDF wordt gemaakt…")
        if file_name:
            text = QCoreApplication.translate("Export", "%1 wordt gemaakt…").replace(
                "%1", file_name
            )
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a file name may hold < or &
        self.dialog.setLabel(label)
        self.dialog.setAccessibleName(self.progress_name())
        self.dialog.setCancelButton(None)  # type: ignore[arg-type,unused-ignore]  # no stopping midway
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setRange(0, 0)  # "busy" until the first progress report
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setMinimumWidth(380)
        self.dialog.setValue(0)
        self._thread = _RenderThread(render)
        self._thread.progressed.connect(self._on_progress)
        self._thread.succeeded.connect(self._on_success)
        self._thread.failed.connect(self._on_failure)

    def progress_name(self) -> str:
        """What a screen reader calls the progress window."""
        return QCoreApplication.translate("Export", "Voortgang van de PDF-export")

    def start(self) -> None:
        self._exports.add(self)
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def parent_widget(self) -> QWidget | None:
        """The view that asked, if it still exists (an editor may have been closed)."""
        parent = self._parent
        return parent if parent is not None and shiboken6.isValid(parent) else None

    # -- from the thread -----------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.dialog):
            if self.dialog.maximum() != total:
                self.dialog.setRange(0, max(total, 1))
            # The core may count back a little (a table split over pages is put back);
            # the bar only ever moves forward.
            self.dialog.setValue(max(self.dialog.value(), min(done, total)))
        self.progressed.emit(done, total)

    def _on_success(self, path: str) -> None:
        self.path = path
        self._close_dialog()
        from ui.export import questions  # its dialogs load at the first export, not at start

        choice = self._ask_open(path)
        if choice == questions.OPEN:
            questions.open_url(QUrl.fromLocalFile(path))
        elif choice == questions.FOLDER:
            questions.open_url(QUrl.fromLocalFile(str(Path(path).parent)))
        self._finish()

    def _on_failure(self, message: str) -> None:
        self.error = message
        self._close_dialog()
        self._tell_failure(message)
        self._finish()

    def _ask_open(self, path: str) -> str:
        """After success: OPEN, FOLDER or CLOSE (``ui.export.questions``' answers)."""
        from ui.export import questions  # its dialogs load at the first export, not at start

        return questions.ask_open(self.parent_widget(), path)

    def _tell_failure(self, message: str) -> None:
        from ui.export import questions  # its dialogs load at the first export, not at start

        questions.tell_failure(self.parent_widget(), self.title, message)

    def _close_dialog(self) -> None:
        if not shiboken6.isValid(self.dialog):
            return
        shown = self.dialog.isVisible()
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
        parent = self.parent_widget()
        if shown and parent is not None and parent.isVisible():
            # Back to the window the export came from (not every platform returns
            # there when a window-modal dialog closes), so Ctrl+E and typing go on there.
            parent.window().activateWindow()

    def _finish(self) -> None:
        self._thread.wait()  # its run() has returned; this only joins the thread
        self._exports.discard(self)
        self.finished.emit(self.path)

    def wait(self) -> None:
        self._thread.wait()


def start_export(
    exports: Exports,
    parent: QWidget | None,
    title: str,
    render: RenderCall,
    *,
    file_name: str = "",
) -> ExportTask:
    """Run ``render(progress)`` in a thread with a progress dialog over ``parent``'s
    window; afterwards offer to open the PDF, or show why it failed."""
    task = ExportTask(exports, parent, title, render, file_name)
    task.start()
    exports.announce(task)
    return task
