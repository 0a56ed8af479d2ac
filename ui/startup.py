"""What happens between starting the app and its main window: opening the database,
with a way out when it cannot be opened. (A new database's welcome, with the demo
database beside it, is ``ui.welcome``.)

A database that cannot be opened — not a SupportDesk database, made by a newer version,
damaged or unreadable, or no regular file at all (a device, FIFO: refused before
anything touches it, with the command line's one-line message) — is explained in words
and the user may choose another file, make a new one, or quit; never a traceback. A
database server that does not answer (within ``db.engine.CONNECT_TIMEOUT_S``) or
refuses gets its own question: try again, or open a local file instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from supportdesk.database import (
    Database,
    NewerDatabase,
    NotSupportDeskDatabase,
    ServerUnreachable,
    UnreadableDatabase,
    resolve_url,
)
from supportdesk.errors import DomainError
from ui.widgets.questions import Button, Icon, Role, ask

OPEN, NEW, QUIT, RETRY = "open", "new", "quit", "retry"
# Problems told in the core's own one line, as the command line tells them.
ONE_LINE_KINDS = ("special", "unsupported")


def problem_text(exc: BaseException) -> str:
    """A sentence a person can act on, for each way opening can fail."""
    if getattr(exc, "kind", None) in ONE_LINE_KINDS:
        return QCoreApplication.translate(
            "Startup", "Dit is geen bestand waarin SupportDesk een databank kan bewaren."
        )
    if isinstance(exc, NotSupportDeskDatabase):
        return QCoreApplication.translate("Startup", "Dit bestand is geen SupportDesk-databank.")
    if isinstance(exc, NewerDatabase):
        return QCoreApplication.translate(
            "Startup",
            "Deze databank werd bijgewerkt door een nieuwere versie van SupportDesk. "
            "Installeer die nieuwere versie om ze te openen.",
        )
    return QCoreApplication.translate(
        "Startup",
        "De databank kan niet geopend of gelezen worden (beschadigd, geen toegang of geen "
        "databank).",
    )


def ask_database_problem(location: str, exc: BaseException) -> str:
    """OPEN another file, make a NEW one, or QUIT."""
    if getattr(exc, "kind", None) in ONE_LINE_KINDS:
        informative = f"{location}: {exc}"  # the command line's own line
    else:
        informative = QCoreApplication.translate("Startup", "Bestand: %1").replace("%1", location)
    return _ask_problem(
        QCoreApplication.translate("Startup", "Databank niet geopend"),
        problem_text(exc),
        informative,
        exc,
        (OPEN, QCoreApplication.translate("Startup", "&Ander bestand kiezen…"), Role.AcceptRole),
        (NEW, QCoreApplication.translate("Startup", "&Nieuwe databank maken…"), Role.ActionRole),
    )


def choose_file(mode: str) -> str:
    """A file to open (OPEN) or to create (NEW); "" when the user cancelled."""
    file_filter = QCoreApplication.translate(
        "Startup", "SupportDesk-databank (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)"
    )
    if mode == NEW:
        path, _filter = QFileDialog.getSaveFileName(
            None,
            QCoreApplication.translate("Startup", "Nieuwe databank"),
            "supportdesk.sqlite3",
            file_filter,
        )
    else:
        path, _filter = QFileDialog.getOpenFileName(
            None, QCoreApplication.translate("Startup", "Databank openen"), "", file_filter
        )
    return path


def unreachable(exc: BaseException) -> bool:
    """True for a database server that did not answer, refused, or was not found."""
    return isinstance(exc, ServerUnreachable) or getattr(exc, "kind", None) == "unreachable"


def ask_server_problem(location: str, exc: BaseException) -> str:
    """RETRY, OPEN a local file instead, or QUIT, when the server is not reachable."""
    return _ask_problem(
        QCoreApplication.translate("Startup", "Databankserver niet bereikbaar"),
        QCoreApplication.translate(
            "Startup", "De databankserver antwoordt niet of weigert de verbinding."
        ),
        f"{location}: {exc}",
        exc,
        (RETRY, QCoreApplication.translate("Startup", "Opnieuw &proberen"), Role.AcceptRole),
        (OPEN, QCoreApplication.translate("Startup", "&Lokaal bestand openen…"), Role.ActionRole),
    )


def _ask_problem(
    title: str, text: str, informative: str, exc: BaseException, first: Button, second: Button
) -> str:
    """A start-up problem with the error's detail: ``first`` (Enter), ``second``, or
    QUIT (Esc, or the box closed)."""
    return ask(
        None,
        icon=Icon.Warning,
        title=title,
        text=text,
        informative=informative,
        detail=getattr(exc, "detail", "") or str(exc),
        buttons=[
            first,
            second,
            (QUIT, QCoreApplication.translate("Startup", "&Afsluiten"), Role.RejectRole),
        ],
        default=first[0],
        escape=QUIT,
    )


def open_with_recovery(
    location: str | None, opener: Callable[[str | None], Database]
) -> Database | None:
    """Open ``location`` with ``opener``; on failure ask what to do until a database
    opens or the user quits (None)."""
    while True:
        try:
            return opener(location)
        except (NotSupportDeskDatabase, NewerDatabase, UnreadableDatabase, DomainError) as exc:
            problem: BaseException = exc
        except Exception as exc:  # e.g. a malformed URL or a folder we may not write
            problem = UnreadableDatabase(str(exc))
        shown = location or resolve_url(None)
        if unreachable(problem):
            choice = ask_server_problem(shown, problem)
            if choice == RETRY:
                continue
            if choice == QUIT:
                return None
            path = choose_file(OPEN)
            if path:
                location = path
                continue
        while True:
            choice = ask_database_problem(shown, problem)
            if choice == QUIT:
                return None
            path = choose_file(choice)
            if path:
                location = path
                break
