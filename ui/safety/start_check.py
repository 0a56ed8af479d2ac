"""The quick check and start backup, in a worker thread once the main window shows.

``StartChecker`` runs ``supportdesk.safety.start_checks.run_start_checks`` in a
``QThread`` (its own SQLite connections; the online backup API copies a consistent
snapshot while the app works) with a status-bar message while it runs. If the quick
check finds damage, writes are blocked at once and the damaged-database question is
asked: put the newest backup back (then the app carries on, on the restored file), or
the other choices (another file, a new database, quit: ``ui.startup``). Choosing a
file closes the windows; ``run_app`` then opens that file (``next_location``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from supportdesk.safety.backups import BackupError, restore
from supportdesk.safety.check_record import StartPlan
from supportdesk.safety.start_checks import (
    StartCheck,
    allow_writes,
    block_writes,
    run_start_checks,
)
from supportdesk.safety.startup import DatabaseProblem
from ui.context import EVERYTHING, AppContext
from ui.read_problems import ReadProblems

CONTEXT = "StartCheck"
MESSAGE_MS = 8000


class _Worker(QThread):
    done = Signal(object)  # StartCheck

    def __init__(
        self, path: Path, keep: int, plan: StartPlan | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.keep = keep
        self.plan = plan

    def run(self) -> None:  # in the worker thread: no widgets, no app connection
        self.done.emit(run_start_checks(self.path, self.keep, self.plan))


class StartChecker(QObject):
    """Runs the deferred start checks for ``window``'s database and reacts to them."""

    finished = Signal(object)  # StartCheck, after the reaction (dialogs) is over

    def __init__(
        self,
        window: QMainWindow,
        ctx: AppContext,
        path: Path,
        keep: int,
        plan: StartPlan | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.path = path
        self.result: StartCheck | None = None
        self.next_location: str | None = None  # another file the user chose to open
        self._thread = _Worker(path, keep, plan)
        self._thread.done.connect(self._on_done)

    def start(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "StartCheck", "Databank wordt gecontroleerd en een reservekopie gemaakt…"
            )
        )
        self._thread.start()

    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        """Let a running check or backup finish (at exit: no half-made backup)."""
        self._thread.wait()

    def _on_done(self, check: StartCheck) -> None:
        self._thread.wait()
        self.result = check
        bar = self.window.statusBar()
        bar.clearMessage()
        if check.not_checked is not None:
            self._not_checked(check.not_checked)
        elif check.problem is None:
            self._sound(check)
        else:
            self._damaged(check)
        self.finished.emit(check)

    def _sound(self, check: StartCheck) -> None:
        """The file is sound: said, but only once what the window could not read (a
        file locked at the start) has been read; it is read again now, and while it
        still fails the status bar says that, not "in orde"."""
        if check.backup_error:
            text = QCoreApplication.translate(
                "StartCheck", "Databank in orde, maar geen reservekopie gemaakt: %1"
            ).replace("%1", check.backup_error)
        else:
            text = QCoreApplication.translate(
                "StartCheck", "Databank in orde; reservekopie gemaakt."
            )
        bar = self.window.statusBar()
        problems = self.window.findChild(ReadProblems)
        if problems is not None and problems.failing() and not problems.read_again():
            problems.say_in_status_bar()
            problems.cleared.connect(
                lambda: bar.showMessage(text, MESSAGE_MS), Qt.ConnectionType.SingleShotConnection
            )
        else:
            bar.showMessage(text, MESSAGE_MS)

    def _not_checked(self, why: str) -> None:
        """Another program held the file through the check's wait: that is no damage
        (nothing is blocked, no backup is offered); said, and checked at the next start."""
        text = QCoreApplication.translate(
            "StartCheck", "Databank niet gecontroleerd: %1. Dat gebeurt bij de volgende start."
        ).replace("%1", why)
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def _damaged(self, check: StartCheck) -> None:
        """Nothing more is written; the user chooses: newest backup, or the other ways."""
        from ui.safety import damaged
        from ui.startup import QUIT, ask_database_problem, choose_file

        assert check.problem is not None
        block_writes(self.ctx.db)
        problem = DatabaseProblem.of(check.problem, check.path, check.backups)
        newest = problem.newest_backup
        if newest is not None and damaged.ask_restore_newest(problem):
            self.ctx.db.dispose()  # no connection of ours may hold the damaged file
            try:
                restore(check.path, newest.path)
            except BackupError as exc:
                QMessageBox.warning(
                    self.window,
                    QCoreApplication.translate("Damaged", "Niet teruggezet"),
                    exc.message,
                )
            else:
                allow_writes(self.ctx.db)
                self.ctx.notify_changed(EVERYTHING)  # every page reads again
                self.window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "StartCheck", "De nieuwste reservekopie is teruggezet."
                    ),
                    MESSAGE_MS,
                )
                return
        while True:
            choice = ask_database_problem(str(check.path), problem)
            if choice == QUIT:
                break
            chosen = choose_file(choice)
            if chosen:
                self.next_location = chosen
                break
        self._close_windows()

    def _close_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.quit()
