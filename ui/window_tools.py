"""What the main window gets besides its pages: the search box in a toolbar with Ctrl+F
and Ctrl+K, the settings menu item, and the overdue count in the status bar.

Kept apart from ``main_window.py`` so that file stays a thin frame; ``install`` is
called once from the window's constructor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from ui.a11y import announce
from ui.context import AppContext
from ui.search_box import SearchBox
from ui.settings_dialog import apply_member_as_actor

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.read_problems import ReadProblems

RECHECK_MS = 10 * 60 * 1000  # the date moves on at midnight: count again now and then


class OverdueStatus(QObject):
    """Keeps the status bar's overdue count up to date: after every change, after the
    settings changed (the count is "mine" once I chose who I am), and every few minutes.
    The count is said in words, with a warning sign, never by colour alone. ``label`` is
    a flat button (one Tab stop; Enter or Space opens the follow-ups).

    ``count_now`` False (the app's start): the first count is read by the window once
    it has been painted (``MainWindow.fill_first_page``), not while it is built.

    ``refresh`` runs from the event loop (a timer, a change): a database that fails
    then is said by ``problems`` (the window's bar above the pages and its status bar)
    and read again with it, never raised; the count shown stays as it was."""

    def __init__(
        self,
        ctx: AppContext,
        label: QPushButton,
        problems: ReadProblems,
        *,
        count_now: bool = True,
    ) -> None:
        super().__init__(label)
        self.ctx = ctx
        self.label = label
        self.problems = problems
        label.clicked.connect(lambda: ctx.open_requested.emit("follow_up_action", ""))
        ctx.changed.connect(lambda _kind: self.refresh())
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.count = 0
        if count_now:
            self.refresh()

    def refresh(self, *, unless_failing: bool = False) -> bool:
        """Count again; False when the database failed (said, not raised).
        ``unless_failing``: not tried while another read failed (``ReadProblems``)."""
        name = self.tr("achterstallige opvolgacties")
        if unless_failing:
            return self.problems.unless_failing("overdue_count", name, self._count, self.refresh)
        return self.problems.run("overdue_count", name, self._count)

    def _count(self) -> None:
        from supportdesk.queries.follow_ups import overdue_count

        member = self.ctx.current_member_id()
        self.count = overdue_count(self.ctx.db, date.today(), member)
        if self.count == 0:
            text = self.tr("Geen achterstallige opvolgacties")
        elif member:
            text = (
                self.tr("⚠ 1 van mijn opvolgacties is achterstallig")
                if self.count == 1
                else self.tr("⚠ %1 van mijn opvolgacties zijn achterstallig").replace(
                    "%1", str(self.count)
                )
            )
        else:
            text = (
                self.tr("⚠ 1 opvolgactie is achterstallig")
                if self.count == 1
                else self.tr("⚠ %1 opvolgacties zijn achterstallig").replace("%1", str(self.count))
            )
        self.label.setText(text)
        self.label.setAccessibleName(text.removeprefix("⚠ "))
        announce(self.label)
        self.label.setToolTip(self.tr("Naar de opvolgacties"))


@dataclass(frozen=True)
class WindowTools:
    """What ``install`` adds to the main window, for the window to keep."""

    search_box: SearchBox
    find_action: QAction
    settings_action: QAction
    overdue_status: OverdueStatus


def install(window: MainWindow, *, count_now: bool = True) -> WindowTools:
    """Add the search toolbar, the search shortcuts, Instellingen and the overdue count
    (read now, or with ``count_now`` False by ``OverdueStatus.refresh`` later)."""
    ctx = window.ctx
    apply_member_as_actor(ctx)

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Zoeken"), window)
    toolbar.setObjectName("search_toolbar")
    toolbar.setMovable(False)
    search_box = SearchBox(ctx, toolbar)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    # No mnemonic: pages use Alt+L for their own filter box; Ctrl+F / Ctrl+K come here.
    search_label = QLabel(QCoreApplication.translate("MainWindow", "Zoek overal:"), toolbar)
    search_label.setBuddy(search_box)
    toolbar.addWidget(search_label)
    toolbar.addWidget(search_box)
    window.addToolBar(toolbar)

    find = QAction(QCoreApplication.translate("MainWindow", "&Zoeken"), window)
    find.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
    find.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    find.triggered.connect(search_box.activate)
    window.addAction(find)

    settings = QAction(QCoreApplication.translate("MainWindow", "&Instellingen…"), window)
    settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.triggered.connect(lambda: _settings_dialog(window))
    menu = window.file_menu
    actions = menu.actions()
    # Before the separator that precedes Afsluiten.
    before = actions[-2] if len(actions) >= 2 else None
    if before is not None:
        menu.insertAction(before, settings)
    else:
        menu.addAction(settings)
    status = OverdueStatus(ctx, window.overdue_label, window.read_problems, count_now=count_now)
    return WindowTools(search_box, find, settings, status)


def _settings_dialog(window: MainWindow) -> None:
    """Instellingen (Ctrl+,): its module and the team's list load when first asked for."""
    from ui.settings_dialog import SettingsDialog

    SettingsDialog(window.ctx, window).exec()
