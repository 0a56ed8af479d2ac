"""Bestand > "Exporteren naar Excel/CSV…" (Ctrl+Shift+E) on every list, and
"Opvolgacties naar agenda (.ics)…" (Ctrl+Shift+K).

The export takes the page on screen as it is: its filter, its sort (the column the
user clicked), every row of it (not only the rows loaded so far), its headers in the
app's language. Overzicht exports the chosen year's figures. The rows come from the
same core query the page uses (``supportdesk.tables``), read and written in a worker
thread with a progress dialog (``ui.export.table_worker``). The save dialog offers
.xlsx, .csv with ``;`` (Excel in Belgium) or .csv with ``,``; it asks itself before
replacing a file, after which the file is replaced whole (never through a symlink,
never the database: ``supportdesk.safety.output_files``).

The agenda file holds the open follow-up actions of the owner chosen on the
Opvolgacties page (mine, everyone, or one colleague) and the planned focus groups
they organise (``supportdesk.calendar_export``).

The shortcuts are window shortcuts of the main window; a text field that would take
Ctrl+Shift+E itself (on X11 it means "select to the end of the line") lets it through,
as the PDF export does for Ctrl+E.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QWidget,
)

from supportdesk.database import sqlite_path
from supportdesk.safety.output_files import check_output
from ui.context import AppContext
from ui.export.actions import export_folder
from ui.export.exports import TEXT_FIELDS, LetKeysThrough
from ui.export.table_worker import TableExportTask, start_table_export
from ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the table modules load when a table is exported, not with the window
    from supportdesk.tables import Table

CONTEXT = "TableExport"
TABLE_SHORTCUT = "Ctrl+Shift+E"
CALENDAR_SHORTCUT = "Ctrl+Shift+K"
FOLDER_KEY = "export/table_folder"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')

# The texts of the core's sheets (``supportdesk.tables``, context "Tables"), here so
# that lupdate keeps them in the translation.
CORE_TEXTS = (
    QT_TRANSLATE_NOOP("Tables", "Vervaldatum volgende actie"),
    QT_TRANSLATE_NOOP("Tables", "Groep"),
    QT_TRANSLATE_NOOP("Tables", "Jaar"),
    QT_TRANSLATE_NOOP("Tables", "Doelstelling"),
    QT_TRANSLATE_NOOP("Tables", "Actieplan"),
    QT_TRANSLATE_NOOP("Tables", "Gerealiseerd"),
    QT_TRANSLATE_NOOP("Tables", "Doel"),
    QT_TRANSLATE_NOOP("Tables", "Percentage"),
    QT_TRANSLATE_NOOP("Tables", "Doel bereikt"),
    QT_TRANSLATE_NOOP("Tables", "ja"),
    QT_TRANSLATE_NOOP("Tables", "nee"),
    QT_TRANSLATE_NOOP("Tables", "Cijfers %1"),
)

# the save dialog's choices
XLSX, CSV_SEMICOLON, CSV_COMMA = "xlsx", "csv;", "csv,"


def translate(context: str, text: str) -> str:
    """The core's translator: the app's own translations (the pages' contexts)."""
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class TableRequest:
    """What to export from a page: a name for the file and how to make the table."""

    name: str
    build: Callable[[], Table]


# -- what each page exports -------------------------------------------------------------
#: the table of each page with a list: a module of ``supportdesk.tables``, or a sheet in one
TABLE_OF_PAGE: dict[str, str] = {
    "local_government": "local_governments",
    "advice_talk": "advice_talks",
    "trajectory": "trajectories",
    "focus_group": "focus_groups",
    "activity": "plan_lists.ACTIVITY_SHEET",  # the action plan's lists (issue 14)
    "publication": "plan_lists.PUBLICATION_SHEET",
    "follow_up_action": "follow_ups",
    "overview": "figures",
}


def _table_module(key: str) -> Any:
    """The page's table module (or sheet), imported when a table is made, not to decide
    whether the page can export (which the window asks at every page change)."""
    import supportdesk.tables as package
    from supportdesk.tables import (  # noqa: F401  (each module, into the package)
        advice_talks,
        figures,
        focus_groups,
        follow_ups,
        local_governments,
        plan_lists,
        trajectories,
    )

    found: Any = package
    for name in TABLE_OF_PAGE[key].split("."):
        found = getattr(found, name)
    return found


def request_for(page: QWidget) -> TableRequest | None:
    """The table of the page on screen, with its filter and sort; None for a page
    without a list."""
    key = getattr(page, "key", "")
    ctx: AppContext | None = getattr(page, "ctx", None)
    if ctx is None:  # a page not built yet (the start's empty frame)
        return None
    db = ctx.db
    title = page.title() if hasattr(page, "title") else ""
    if (
        key in TABLE_OF_PAGE
        and key not in ("follow_up_action", "overview")
        and hasattr(page, "current_filter")
        and hasattr(page, "model")
    ):
        f = page.current_filter()
        sort, desc = page.model.sort_key, page.model.descending
        return TableRequest(
            title,
            lambda: _table_module(key).table(db, f, sort=sort, descending=desc, tr=translate),
        )
    if key == "follow_up_action" and hasattr(page, "owner_filter") and hasattr(page, "today"):
        owner, today = page.owner_filter(), page.today()
        return TableRequest(
            title, lambda: _table_module(key).table(db, owner, today=today, tr=translate)
        )
    if key == "overview" and hasattr(page, "year"):
        year = int(page.year.value())
        return TableRequest(
            QCoreApplication.translate("TableExport", "Cijfers %1").replace("%1", str(year)),
            lambda: _table_module(key).table(db, year, tr=translate),
        )
    return None


# -- where -----------------------------------------------------------------------------
def file_stem(text: str) -> str:
    name = _UNSAFE.sub(" ", text)
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    return name[:150].rstrip(". ") or "export"


def ask_table_path(parent: QWidget | None, title: str, suggested: str) -> tuple[str, str]:
    """The save dialog: (path, choice) with choice XLSX, CSV_SEMICOLON or CSV_COMMA;
    ("", "") when cancelled. A name typed without its extension gets it."""
    filters = {
        QCoreApplication.translate("TableExport", "Excel-werkmap (*.xlsx)"): XLSX,
        QCoreApplication.translate(
            "TableExport", "CSV met puntkomma's, voor Excel in België (*.csv)"
        ): CSV_SEMICOLON,
        QCoreApplication.translate("TableExport", "CSV met komma's (*.csv)"): CSV_COMMA,
    }
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(filters))
    if not path:
        return "", ""
    choice = filters.get(chosen, XLSX if path.lower().endswith(".xlsx") else CSV_SEMICOLON)
    wanted = ".xlsx" if choice == XLSX else ".csv"
    if Path(path).suffix.lower() != wanted:
        path += wanted
    return path, choice


def ask_calendar_path(parent: QWidget | None, title: str, suggested: str) -> str:
    """The save dialog for the agenda file; "" when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("TableExport", "Agenda (*.ics)")
    )
    if path and Path(path).suffix.lower() != ".ics":
        path += ".ics"
    return path


def _folder(ctx: AppContext) -> Path:
    saved = str(ctx.settings().value(FOLDER_KEY, "") or "")
    return Path(saved) if saved and Path(saved).is_dir() else export_folder(ctx)


def _database_file(ctx: AppContext) -> Path | None:
    return sqlite_path(ctx.db.url)


def _rows_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("TableExport", "1 rij")
    return QCoreApplication.translate("TableExport", "%1 rijen").replace(
        "%1", f"{count:,}".replace(",", ".")
    )


# -- the exports -------------------------------------------------------------------------
def export_page(parent: QWidget, ctx: AppContext, page: QWidget) -> TableExportTask | None:
    """Ask where, then write the page's table; None when there is nothing to export
    or the dialog was cancelled."""
    request = request_for(page)
    if request is None:
        return None
    # The table's modules load here, on the GUI thread, not in the export's worker.
    from supportdesk.tables import write_table

    _table_module(getattr(page, "key", ""))
    title = QCoreApplication.translate("TableExport", "Exporteren naar Excel/CSV")
    stem = f"{file_stem(request.name)} {date.today().isoformat()}"
    path, choice = ask_table_path(parent, title, str(_folder(ctx) / f"{stem}.xlsx"))
    if not path:
        return None
    ctx.settings().setValue(FOLDER_KEY, str(Path(path).parent))
    database = _database_file(ctx)
    delimiter = "," if choice == CSV_COMMA else ";"

    def work(progress: Callable[[int, int], None]) -> tuple[Path, str]:
        # The dialog asked before replacing an existing file; the rest is checked here.
        target = check_output(path, database=database, force=True)
        count = write_table(request.build(), target, delimiter=delimiter, progress=progress)
        return target.path, _rows_text(count)

    return start_table_export(ctx.exports, parent, title, work, Path(path).name)


def export_calendar(
    parent: QWidget, ctx: AppContext, owner_id: str | None
) -> TableExportTask | None:
    """Ask where, then write the agenda of ``owner_id``'s open actions (None: the team's)."""
    from supportdesk.calendar_export import build_calendar, write_calendar

    title = QCoreApplication.translate("TableExport", "Opvolgacties naar agenda")
    name = QCoreApplication.translate("TableExport", "Opvolgacties")
    suggested = _folder(ctx) / f"{file_stem(name)} {date.today().isoformat()}.ics"
    path = ask_calendar_path(parent, title, str(suggested))
    if not path:
        return None
    ctx.settings().setValue(FOLDER_KEY, str(Path(path).parent))
    database = _database_file(ctx)
    db = ctx.db

    def work(progress: Callable[[int, int], None]) -> tuple[Path, str]:
        target = check_output(path, database=database, force=True)
        export = build_calendar(db, member_id=owner_id)
        write_calendar(export, target)
        progress(1, 1)
        summary = (
            QCoreApplication.translate("TableExport", "%1 en %2.")
            .replace(
                "%1",
                QCoreApplication.translate("TableExport", "%n opvolgacties", "", export.actions),
            )
            .replace(
                "%2",
                QCoreApplication.translate(
                    "TableExport", "%n focusgroepen", "", export.focus_groups
                ),
            )
        )
        if export.undated:
            summary += " " + QCoreApplication.translate(
                "TableExport", "%1 acties zonder vervaldatum staan er niet in."
            ).replace("%1", str(export.undated))
        return target.path, summary

    return start_table_export(ctx.exports, parent, title, work, Path(path).name)


def calendar_owner(window: Any, ctx: AppContext) -> str | None:
    """Whose actions: as chosen on the Opvolgacties page (if it was opened), else mine
    once I chose who I am, else the team's. Actions without an owner: the team's."""
    pages = getattr(window, "_pages", {})
    page = pages.get("follow_up_action")
    if page is not None and hasattr(page, "owner_filter"):
        from supportdesk.queries.follow_ups import NO_OWNER

        owner = page.owner_filter()
        return None if owner == NO_OWNER else owner
    return ctx.current_member_id() or None


# -- the menu and its shortcuts --------------------------------------------------------------
def _window_action(window: QMainWindow, text: str, shortcut: str, tip: str) -> QAction:
    """An action of the whole window with its shortcut and status-bar tip."""
    action = QAction(text, window)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(tip)
    return action


def install(window: QMainWindow, ctx: AppContext) -> tuple[QAction, QAction]:
    """The two actions in ``window.file_menu`` (before Afsluiten) with their shortcuts;
    the table export is enabled on the pages that have a list."""
    menu = getattr(window, "file_menu", None) or window.menuBar().addMenu(
        QCoreApplication.translate("TableExport", "&Bestand")
    )
    table = _window_action(
        window,
        QCoreApplication.translate("TableExport", "E&xporteren naar Excel/CSV…"),
        TABLE_SHORTCUT,
        QCoreApplication.translate(
            "TableExport", "De lijst op het scherm, met alle rijen, als .xlsx of .csv"
        ),
    )
    calendar = _window_action(
        window,
        QCoreApplication.translate("TableExport", "Opvolgacties naar a&genda (.ics)…"),
        CALENDAR_SHORTCUT,
        QCoreApplication.translate(
            "TableExport", "Open opvolgacties en geplande focusgroepen voor Outlook of Thunderbird"
        ),
    )

    def current_page() -> QWidget | None:
        stack = getattr(window, "stack", None)
        return stack.currentWidget() if stack is not None else None

    def export_current() -> None:
        page = current_page()
        if page is not None:
            export_page(window, ctx, page)

    def sync(*_args: object) -> None:
        page = current_page()
        table.setEnabled(page is not None and request_for(page) is not None)

    table.triggered.connect(lambda _checked=False: export_current())
    calendar.triggered.connect(
        lambda _checked=False: export_calendar(window, ctx, calendar_owner(window, ctx))
    )
    actions = menu.actions()
    before = next((a for a in actions if a.isSeparator()), None)
    menu.insertActions(before, [table, calendar]) if before else menu.addActions([table, calendar])
    window.addAction(table)
    window.addAction(calendar)
    stack = getattr(window, "stack", None)
    if stack is not None:
        stack.currentChanged.connect(sync)
    sync()

    keys = [
        QKeySequence(TABLE_SHORTCUT)[0],  # type: ignore[index]  # the first combination
        QKeySequence(CALENDAR_SHORTCUT)[0],  # type: ignore[index]
    ]
    through = LetKeysThrough(keys, window)

    def on_focus(_old: QWidget | None, new: QWidget | None) -> None:
        if (
            isinstance(new, TEXT_FIELDS)
            and new.window() is window
            and not new.property("tableExportKeysThrough")
        ):
            new.installEventFilter(through)
            new.setProperty("tableExportKeysThrough", True)

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(on_focus)
        window.destroyed.connect(lambda *_a: _disconnect(app, on_focus))
    return table, calendar


def _disconnect(app: QApplication, slot: Callable[..., None]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):
        app.focusChanged.disconnect(slot)
