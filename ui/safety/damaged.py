"""When the database cannot be opened: offer the newest backup before anything else.

``open_checked`` is the app's opener: it checks the file and makes the start backup
(``supportdesk.safety.startup.open_safely``, keeping as many as the settings say). A
damaged, truncated, emptied or foreign file that has backups gets a question: put the
newest backup back, or look at the other choices (another file, a new database, quit:
``ui.startup``'s dialog, which gets the problem re-raised). A database from a newer
version is never "restored" over: that would throw away the newer work; nor is a file
another program holds (``LOCKED``): nothing is wrong with it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from supportdesk.database import Database
from supportdesk.safety.backups import DEFAULT_KEEP, BackupError, restore
from supportdesk.safety.diagnosis import LOCKED
from supportdesk.safety.startup import DatabaseProblem, Opened, open_safely
from ui.widgets.questions import Icon, Role, ask

CONTEXT = "Damaged"
KEEP_KEY = "safety/backups_to_keep"
NOT_RESTORABLE = ("newer", "missing", LOCKED)  # nothing wrong with the file itself


def backups_to_keep() -> int:
    """How many start backups to keep (settings key ``safety/backups_to_keep``)."""
    value = QSettings().value(KEEP_KEY, DEFAULT_KEEP, type=int)
    return max(1, int(value)) if isinstance(value, int) else DEFAULT_KEEP


def ask_restore_newest(problem: DatabaseProblem) -> bool:
    """True when the user chooses to put the newest backup back."""
    newest = problem.newest_backup
    assert newest is not None
    when = newest.made_at.astimezone().strftime("%d/%m/%Y %H:%M")
    answer = ask(
        None,
        icon=Icon.Warning,
        title=QCoreApplication.translate("Damaged", "Databank niet geopend"),
        text=QCoreApplication.translate(
            "Damaged", "De databank kan niet geopend worden: %1."
        ).replace("%1", problem.message),
        informative=QCoreApplication.translate(
            "Damaged",
            "De nieuwste reservekopie is van %1. Zet je die terug, dan wordt het huidige "
            "bestand eerst apart bewaard; wat na %1 bewaard werd, zit niet in de kopie.",
        ).replace("%1", when),
        detail=str(problem.path) if problem.path is not None else "",
        buttons=[
            (
                "restore",
                QCoreApplication.translate("Damaged", "Nieuwste reservekopie &terugzetten"),
                Role.AcceptRole,
            ),
            (
                "other",
                QCoreApplication.translate("Damaged", "&Andere mogelijkheden…"),
                Role.RejectRole,
            ),
        ],
        default="restore",
        escape="other",
    )
    return answer == "restore"


def open_checked(location: str | None, *, keep: int | None = None) -> Database:
    """Open the database with every check and the start backup before it returns;
    restore the newest backup if the user wants.

    Raises ``DatabaseProblem`` (a DomainError) when the user wants another choice or
    no backup can help, for the caller's own "another file / new / quit" question.
    """
    return open_checked_deferred(location, keep=keep, defer_checks=False).db


def open_checked_deferred(
    location: str | None, *, keep: int | None = None, defer_checks: bool = True
) -> Opened:
    """As ``open_checked``, but the quick check and the start backup of a sound file
    are left for later: ``Opened.checks_pending`` names the file for
    ``ui.safety.start_check.StartChecker``, which ``ui.app.show_and_check`` starts once the
    window's first page is filled."""
    while True:
        try:
            return open_safely(location, keep=keep or backups_to_keep(), defer_checks=defer_checks)
        except DatabaseProblem as problem:
            if (
                problem.path is None
                or problem.newest_backup is None
                or problem.kind in NOT_RESTORABLE
                or not ask_restore_newest(problem)
            ):
                raise
            try:
                restore(problem.path, problem.newest_backup.path)
            except BackupError as exc:
                QMessageBox.warning(
                    None, QCoreApplication.translate("Damaged", "Niet teruggezet"), exc.message
                )
                raise problem from exc
