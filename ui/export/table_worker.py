"""Writing a spreadsheet or an agenda file off the GUI thread, with progress shown.

The same machinery as the PDF export (``ui.export.worker``: a ``QThread``, a window-
modal progress dialog that appears after a moment, signals back to the GUI thread, the
task kept alive by the module) with the words of a spreadsheet: "Bestand klaar",
"Bestand openen?", "Het bestand is niet gemaakt." A failure of any kind arrives as a
``DomainError`` with a Dutch message, never as the PDF's wording.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from supportdesk.errors import DomainError
from ui.export.exports import Exports
from ui.export.worker import ExportTask

log = logging.getLogger(__name__)
CONTEXT = "TableExport"


def ask_open(parent: QWidget | None, path: str, rows: str) -> str:
    """After a successful export: OPEN the file, show its FOLDER, or CLOSE."""
    from ui.export import questions  # its dialogs load at the first export, not at start

    question = QCoreApplication.translate("TableExport", "Bestand openen?")
    return questions.ask_open_file(
        parent,
        QCoreApplication.translate("TableExport", "Bestand klaar"),
        QCoreApplication.translate("TableExport", "Bewaard als %1.").replace("%1", Path(path).name),
        rows + "\n" + question if rows else question,
    )


def tell_failure(parent: QWidget | None, title: str, message: str) -> None:
    from ui.export import questions  # its dialogs load at the first export, not at start

    headline = QCoreApplication.translate("TableExport", "Het bestand is niet gemaakt.")
    questions.tell_not_made(parent, title, headline, message)


class TableExportTask(ExportTask):
    """One spreadsheet or agenda export; ``summary`` is what the core reported
    (e.g. "9.898 rijen"), shown with the question to open the file."""

    summary = ""

    def progress_name(self) -> str:
        return QCoreApplication.translate("TableExport", "Voortgang van de export")

    def _ask_open(self, path: str) -> str:
        return ask_open(self.parent_widget(), path, self.summary)

    def _tell_failure(self, message: str) -> None:
        tell_failure(self.parent_widget(), self.title, message)


def start_table_export(
    exports: Exports,
    parent: QWidget | None,
    title: str,
    work: Callable[[Callable[[int, int], None]], tuple[Path, str]],
    file_name: str,
) -> TableExportTask:
    """Run ``work(progress) -> (path, summary)`` in a thread with a progress dialog;
    afterwards offer to open the file, or show why it failed."""
    holder: dict[str, TableExportTask] = {}

    def render(progress: Callable[[int, int], None]) -> Path:
        try:
            path, summary = work(progress)
        except DomainError:
            raise
        except Exception as exc:  # words, not a crash; the file was not written
            log.exception("table export failed")
            raise DomainError(
                QCoreApplication.translate(
                    "TableExport", "Het bestand kon niet gemaakt worden: %1"
                ).replace("%1", str(exc) or repr(exc))
            ) from exc
        holder["task"].summary = summary
        return path

    task = TableExportTask(exports, parent, title, render, file_name)
    holder["task"] = task
    task.start()
    exports.announce(task)
    return task
