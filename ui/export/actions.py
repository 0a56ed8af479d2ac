"""The "Exporteren als PDF…" action wherever a record or the year is on screen.

Each view adds the action with one call: ``install_export(ctx.exports, widget,
handler)`` gives a button and Ctrl+E (a window shortcut on that widget: only the visible
page or the active editor answers it; ``ctx.exports`` lets Ctrl+E through the window's
text fields), ``install_in_editor(ctx.exports, editor, handler)`` does the same in an
editor's button row. The handlers call ``export_case_summary``, ``export_trajectory``,
``export_focus_group`` or ``export_year_report``: ask where to save (a suggested name
in the folder used last time, remembered as ``export/folder``), then make the PDF off
the GUI thread (``ui.export.worker``).

The case summary first asks for an optional period (a small dialog with two optional
dates), since a government's whole history can be long and a period is what people
usually want to hand over.

PDFs are signed "geëxporteerd door" the team member chosen in the settings (their
name is the PDF's author), never the system user: with no one chosen, "SupportDesk".
A focus-group report first asks for whom: the participants or internal use.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from supportdesk import reports
from supportdesk.database import sqlite_path
from supportdesk.queries.start import member_name
from supportdesk.safety.output_files import OutputRefused, OutputTarget, refuse_database
from ui.context import AppContext
from ui.export.exports import SHORTCUT, Exports
from ui.export.worker import ExportTask, start_export
from ui.i18n import current_language
from ui.widgets.on_show import sync_with_record

CONTEXT = "Export"
FOLDER_KEY = "export/folder"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


# -- where and by whom ---------------------------------------------------------------
def file_name(text: str) -> str:
    """``text`` as a file name on every system: no / \\ : * ? " < > | or control
    characters, no trailing dots or spaces, not endless; accents and emoji stay."""
    name = _UNSAFE.sub(" ", text)
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    return (name[:150].rstrip(". ") or "export") + ".pdf"


def export_folder(ctx: AppContext) -> Path:
    """The folder of the last export, else Documents, else the home folder."""
    saved = str(ctx.settings().value(FOLDER_KEY, "") or "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def exported_by(ctx: AppContext) -> str:
    """The chosen team member's name, else ``UNNAMED_AUTHOR`` (never the system user)."""
    member_id = ctx.current_member_id()
    name = member_name(ctx.db, member_id) if member_id else None
    if name is not None:
        return name
    from supportdesk.reports.data.common import UNNAMED_AUTHOR  # the report data: not at start

    return UNNAMED_AUTHOR


def export_pdf(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    suggested_name: str,
    render: Callable[[os.PathLike[str], str, Any], Path],
) -> ExportTask | None:
    """Ask where to save, then run ``render(path, exported_by, progress)`` in a thread.
    None when the user cancelled the save dialog or chose a file that may not be
    written: the database itself, its side files or backups folder, a symlink, a
    folder or a device (told in a message). Replacing an existing PDF is allowed: the
    save dialog has asked."""
    from ui.export import questions  # its dialogs load at the first export, not at start

    suggested = export_folder(ctx) / file_name(suggested_name)
    chosen = questions.ask_save_path(parent, title, str(suggested))
    if not chosen:
        return None
    # Replacing an existing PDF is allowed (the dialog asked); the database, its side
    # files and backups never. The rest (folder gone, a symlink, a FIFO) the export
    # itself finds and reports, checking again when it puts the PDF in place.
    target = OutputTarget(Path(chosen), chosen, force=True, database=sqlite_path(ctx.db.url))
    try:
        refuse_database(target)
    except OutputRefused as exc:
        questions.tell_failure(parent, title, exc.message)
        return None
    ctx.settings().setValue(FOLDER_KEY, str(target.path.parent))
    who = exported_by(ctx)
    return start_export(
        ctx.exports,
        parent,
        title,
        lambda progress: render(target, who, progress),
        file_name=target.path.name,
    )


# -- the four reports ------------------------------------------------------------------
def export_report(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    suggested_name: str,
    render: Callable[..., Path],
    *args: object,
    **options: object,
) -> ExportTask | None:
    """``export_pdf`` of one of the core's reports:
    ``render(db, *args, path, exported_by=…, progress=…, language=…, **options)``, in
    the interface's language (the PDF speaks it)."""
    db = ctx.db
    language = current_language()
    return export_pdf(
        parent,
        ctx,
        title,
        suggested_name,
        lambda path, who, progress: render(
            db, *args, path, exported_by=who, progress=progress, language=language, **options
        ),
    )


def _with_today(template: str, name: str) -> str:
    """``template``'s %1 filled with ``name``, %2 with today's date (ISO)."""
    # %1 last: a name may hold "%2"
    return template.replace("%2", date.today().isoformat()).replace("%1", name)


def export_case_summary(
    parent: QWidget, ctx: AppContext, government_id: str, name: str
) -> ExportTask | None:
    from ui.export import questions  # its dialogs load at the first export, not at start

    period = questions.ask_period(parent, name)
    if period is None:
        return None
    start, end = period
    return export_report(
        parent,
        ctx,
        QCoreApplication.translate("Export", "Dossieroverzicht als PDF"),
        _with_today(QCoreApplication.translate("Export", "Dossier %1 %2"), name),
        reports.render_case_summary,
        government_id,
        date_from=start,
        date_to=end,
    )


def export_trajectory(
    parent: QWidget, ctx: AppContext, trajectory_id: str, name: str
) -> ExportTask | None:
    return export_report(
        parent,
        ctx,
        QCoreApplication.translate("Export", "Trajectrapport als PDF"),
        _with_today(QCoreApplication.translate("Export", "Traject %1 %2"), name),
        reports.render_trajectory_report,
        trajectory_id,
    )


def export_focus_group(
    parent: QWidget, ctx: AppContext, focus_group_id: str, when: date, topic: str
) -> ExportTask | None:
    from ui.export import questions  # its dialogs load at the first export, not at start

    audience = questions.ask_audience(parent, topic)
    if audience is None:
        return None
    return export_report(
        parent,
        ctx,
        QCoreApplication.translate("Export", "Focusgroeprapport als PDF"),
        (
            QCoreApplication.translate("Export", "Focusgroep %1 %2 intern")
            if audience == questions.INTERNAL
            else QCoreApplication.translate("Export", "Focusgroep %1 %2")
        )
        .replace("%1", when.isoformat())
        .replace("%2", topic),
        reports.render_focus_group_report,
        focus_group_id,
        audience=audience,
    )


def export_year_report(parent: QWidget, ctx: AppContext, year: int) -> ExportTask | None:
    return export_report(
        parent,
        ctx,
        QCoreApplication.translate("Export", "Jaarrapport als PDF"),
        QCoreApplication.translate("Export", "Jaarrapport %1").replace("%1", str(year)),
        reports.render_year_report,
        year,
    )


# -- the action ------------------------------------------------------------------------
def export_action(
    exports: Exports, widget: QWidget, handler: Callable[[], object], text: str = ""
) -> QAction:
    """An action with Ctrl+E, live while ``widget`` is visible in the active window;
    ``exports`` lets Ctrl+E through the text fields of that window."""
    action = QAction(text or QCoreApplication.translate("Export", "E&xporteren als PDF…"), widget)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: handler())
    widget.addAction(action)
    exports.watch_action(action)
    return action


def action_button(action: QAction) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled state."""
    button = QPushButton(action.text())
    button.setAutoDefault(False)
    tip = QCoreApplication.translate("Export", "Exporteren als PDF (%1)").replace(
        "%1", action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    )
    button.setToolTip(tip)
    button.setAccessibleDescription(tip)
    button.clicked.connect(action.trigger)
    button.setEnabled(action.isEnabled())
    action.enabledChanged.connect(button.setEnabled)
    return button


def install_export(
    exports: Exports, widget: QWidget, handler: Callable[[], object], text: str = ""
) -> tuple[QAction, QPushButton]:
    """Ctrl+E on ``widget`` and a button to place in its layout."""
    action = export_action(exports, widget, handler, text)
    return action, action_button(action)


def install_in_editor(exports: Exports, editor: Any, handler: Callable[[], object]) -> QAction:
    """Ctrl+E and a button in a record editor's button row; both disabled until the
    record is saved (the PDF shows what is stored, so a new record has nothing yet).
    With unsaved changes it first asks: save, export the stored version, or cancel."""
    action = export_action(exports, editor, lambda: _unsaved_answered(editor) and handler())
    buttons = getattr(editor, "buttons", None)
    if isinstance(buttons, QDialogButtonBox):
        buttons.addButton(action_button(action), QDialogButtonBox.ButtonRole.HelpRole)

    def sync() -> None:
        action.setEnabled(bool(getattr(editor, "record_id", None)))

    sync_with_record(editor, action, sync)
    return action


def _unsaved_answered(editor: Any) -> bool:
    """True when the export may go on: nothing unsaved, saved now, or the stored
    version chosen knowingly. A failed save leaves its errors beside the fields."""
    if not editor.is_dirty():
        return True
    from ui.export import questions  # its dialogs load at the first export, not at start

    choice = questions.ask_unsaved_before_export(editor)
    if choice == questions.SAVE_FIRST:
        return bool(editor.save_and_stay())
    return choice == questions.STORED
