"""Opvolgacties: the list of every open follow-up action, grouped as overdue, today,
this week and later, filtered by owner ("mine" by default once I chose who I am).

From the list an action is marked done (today's date is recorded; Ongedaan maken opens
it again) or moved to another due date, and Enter opens what it belongs to. Bewerken
opens the action's own editor (where it is archived or brought back); "Toon
gearchiveerd" shows the archived open actions too, marked "(gearchiveerd)".
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import DomainError
from supportdesk.queries.follow_ups import (
    GROUPS,
    NO_OWNER,
    FollowUpRow,
    follow_up_groups,
    follow_up_rows,
)
from supportdesk.services.follow_ups import (
    complete_follow_up,
    get_follow_up,
    reopen_follow_up,
    reschedule_follow_up,
)
from supportdesk.services.team import list_team_members
from ui.a11y import describe_label
from ui.context import AppContext
from ui.editors.follow_up import FollowUpEditor
from ui.pages.base import Page
from ui.pages.follow_ups_model import COL_DESCRIPTION, COL_DUE, COL_SUBJECT, FollowUpsModel
from ui.pages.list_page import with_free_mnemonic
from ui.pages.reschedule_dialog import RescheduleDialog

PAGE_SIZE = 50
ALL = "*"  # the owner filter "everyone"


class FollowUpsPage(Page):
    key = "follow_up_action"
    watches = (
        "follow_up_action",
        "advice_talk",
        "trajectory",
        "focus_group",
        "team_member",
        "settings",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today_override: date | None = None  # tests fix "today"
        self._last_done: FollowUpRow | None = None
        self._members_loaded_for: str | None = None

        heading = QLabel(self.tr("Opvolgacties"))
        heading.setAccessibleName(self.tr("Opvolgacties"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Eigenaar"))
        self.owner.setMinimumContentsLength(18)
        owner_label = QLabel(self.tr("&Eigenaar:"))
        owner_label.setBuddy(self.owner)
        self.summary = QLabel()
        describe_label(self.summary, self.tr("Samenvatting"))  # heard: the counts
        # its Alt letter is chosen once the page is in its window (see showEvent)
        self.show_archived = QCheckBox(self.tr("Toon gearchiveerd"))
        self.show_archived.setAccessibleName(self.tr("Toon gearchiveerde opvolgacties"))
        self.show_archived.setToolTip(
            self.tr("Ook gearchiveerde opvolgacties tonen, gemarkeerd met (gearchiveerd)")
        )
        self._archived_letter_chosen = False

        self.model = FollowUpsModel(self._fetch, self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Open opvolgacties"))
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        # The action and what it belongs to share the room left (on 1024 px the action
        # got ~30 px beside a fixed 250 px "Hoort bij"); the due date's words fit in 230.
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_DUE, 230)
        header.resizeSection(3, 130)
        header.resizeSection(4, 130)

        self.done_button = QPushButton(self.tr("&Afgewerkt"))
        self.done_button.setToolTip(
            self.tr("Markeer als afgewerkt met de datum van vandaag (Ctrl+D)")
        )
        self.move_button = QPushButton(self.tr("&Verplaatsen"))
        self.move_button.setToolTip(self.tr("Kies een nieuwe vervaldatum"))
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.open_button = QPushButton(self.tr("&Openen"))
        self.open_button.setToolTip(self.tr("Open waar deze actie bij hoort (Enter)"))
        self.edit_button = QPushButton(self.tr("Ac&tie bewerken…"))
        self.edit_button.setToolTip(
            self.tr("Open de actie zelf: wijzigen, archiveren of terugzetten (Ctrl+E)")
        )
        self.undo_button = QPushButton(self.tr("Ongedaan &maken"))
        self.undo_button.setToolTip(self.tr("Zet de laatst afgewerkte actie terug open (Ctrl+Z)"))
        self.undo_button.hide()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        describe_label(self.message, self.tr("Melding"))

        self._build_move_menu()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(owner_label)
        top.addWidget(self.owner)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        for button in (
            self.done_button,
            self.move_button,
            self.open_button,
            self.edit_button,
            self.undo_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.owner, self.show_archived)
        self.setTabOrder(self.show_archived, self.view)
        self.setTabOrder(self.view, self.done_button)
        self.setTabOrder(self.done_button, self.move_button)
        self.setTabOrder(self.move_button, self.open_button)
        self.setTabOrder(self.open_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.undo_button)

        self._add_shortcut("Ctrl+D", self.complete_current)
        self._add_shortcut("Ctrl+Z", self.undo)
        self._add_shortcut("Ctrl+E", self.edit_current)
        self.done_button.clicked.connect(self.complete_current)
        self.open_button.clicked.connect(self.open_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.undo_button.clicked.connect(self.undo)
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.owner.currentIndexChanged.connect(lambda _i: self.reload())
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Opvolgacties")

    # -- data ----------------------------------------------------------------------------
    def today(self) -> date:
        return self.today_override or date.today()

    def owner_filter(self) -> str | None:
        value = self.owner.currentData()
        return None if value in (None, ALL) else str(value)

    def include_archived(self) -> bool:
        return self.show_archived.isChecked()

    def _fetch(self, group: str, offset: int) -> tuple[FollowUpRow, ...]:
        return follow_up_rows(
            self.ctx.db,
            group,
            offset,
            self.today(),
            self.owner_filter(),
            PAGE_SIZE,
            self.include_archived(),
        )

    def _fill_owners(self) -> None:
        """The owner choices; "mine" first and chosen by default once I chose who I am."""
        me = self.ctx.current_member_id() or ""
        previous = self.owner.currentData() if self._members_loaded_for == me else None
        self.owner.blockSignals(True)
        self.owner.clear()
        if me:
            self.owner.addItem(self.tr("Mijn opvolgacties"), me)
        self.owner.addItem(self.tr("Iedereen"), ALL)
        self.owner.addItem(self.tr("Zonder eigenaar"), NO_OWNER)
        self.owner.insertSeparator(self.owner.count())
        for member in list_team_members(self.ctx.db):
            if member.id != me:
                self.owner.addItem(member.name, member.id)
        index = self.owner.findData(previous) if previous is not None else 0
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)
        self._members_loaded_for = me

    def refresh(self) -> None:
        self._fill_owners()
        self.reload()

    def reload(self) -> None:
        """Read the list again, keeping the selected action (or its place) selected."""
        current = self.view.currentIndex()
        kept = self.model.row_at(current)
        keep_id = kept.id if kept else None
        keep_group = current.parent().row() if current.parent().isValid() else -1
        keep_row = current.row()
        box = follow_up_groups(
            self.ctx.db, self.today(), self.owner_filter(), PAGE_SIZE, self.include_archived()
        )
        self.model.load(box)
        self.view.expandAll()
        for g in range(len(GROUPS)):
            self.view.setFirstColumnSpanned(g, QModelIndex(), True)
        target = self.model.index_of(keep_id) if keep_id else QModelIndex()
        if not target.isValid() and keep_group >= 0:
            group = self.model.index(keep_group, 0)
            count = self.model.rowCount(group)
            if count:
                target = self.model.index(min(keep_row, count - 1), 0, group)
        if not target.isValid():
            target = self._first_action()
        if target.isValid():
            self.view.setCurrentIndex(target)
        self._show_summary(box.overdue_count)
        self._update_buttons()

    def _first_action(self) -> QModelIndex:
        for g in range(len(GROUPS)):
            group = self.model.index(g, 0)
            if self.model.rowCount(group):
                return self.model.index(0, 0, group)
        return QModelIndex()

    def _show_summary(self, overdue: int) -> None:
        total = self.model.total()
        if total == 0:
            self.summary.setText(self.tr("Geen open opvolgacties."))
        elif total == 1:
            self.summary.setText(
                self.tr("1 open opvolgactie, waarvan %2 achterstallig.").replace("%2", str(overdue))
            )
        else:
            self.summary.setText(
                self.tr("%1 open opvolgacties, waarvan %2 achterstallig.")
                .replace("%1", str(total))
                .replace("%2", str(overdue))
            )

    def current_row(self) -> FollowUpRow | None:
        return self.model.row_at(self.view.currentIndex())

    # -- paging as the list scrolls ------------------------------------------------------
    def _on_scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if value < bar.maximum() - 5:
            bottom = self.view.indexAt(self.view.viewport().rect().bottomLeft())
            self._fetch_near(bottom)
            return
        for g in reversed(range(len(GROUPS))):
            group = self.model.index(g, 0)
            if self.model.has_more(group):
                self.model.load_more(group)
                return

    def _fetch_near(self, index: QModelIndex) -> None:
        """Fetch more of a group when ``index`` is among its last loaded rows."""
        parent = index.parent()
        if not index.isValid() or not parent.isValid():
            return
        if index.row() >= self.model.rowCount(parent) - 5 and self.model.has_more(parent):
            self.model.load_more(parent)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._fetch_near(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_row = self.current_row() is not None
        for button in (self.done_button, self.move_button, self.open_button, self.edit_button):
            button.setEnabled(has_row)

    # -- actions -----------------------------------------------------------------------
    def _add_shortcut(self, keys: str, slot: object) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _build_move_menu(self) -> None:
        menu = self.move_menu
        menu.addAction(
            self.tr("Naar &morgen"), lambda: self.move_current(self.today() + timedelta(days=1))
        )
        menu.addAction(
            self.tr("Naar volgende maan&dag"),
            lambda: self.move_current(self.today() + timedelta(days=7 - self.today().weekday())),
        )
        menu.addAction(self.tr("Een &week later"), self._move_week_later)
        menu.addSeparator()
        menu.addAction(self.tr("&Andere datum…"), self.choose_date)

    def _move_week_later(self) -> None:
        row = self.current_row()
        if row is not None:
            base = max(row.due_date or self.today(), self.today())
            self.move_current(base + timedelta(days=7))

    def _context_menu(self, pos: QPoint) -> None:
        if self.current_row() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Openen"), self.open_current)
        menu.addAction(self.tr("&Afgewerkt"), self.complete_current)
        move = menu.addMenu(self.tr("&Verplaatsen"))
        for action in self.move_menu.actions():
            move.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _run(self, what: object) -> bool:
        """Run a service call; show a domain error and reload instead of crashing."""
        try:
            what()  # type: ignore[operator]
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Opvolgacties"), exc.message)
            self.reload()
            return False
        return True

    def complete_current(self) -> None:
        """Mark the selected action done today; it leaves the list (undo brings it back)."""
        row = self.current_row()
        if row is None:
            return
        if not self._run(
            lambda: complete_follow_up(self.ctx.db, row.id, self.today(), row.version)
        ):
            return
        self._last_done = row
        self.message.setText(self.tr("“%1” is afgewerkt.").replace("%1", row.description))
        self.undo_button.show()
        self.ctx.notify_changed("follow_up_action")
        self.view.setFocus()

    def undo(self) -> None:
        row = self._last_done
        if row is None:
            return
        if not self._run(lambda: reopen_follow_up(self.ctx.db, row.id)):
            return
        self._last_done = None
        self.undo_button.hide()
        self.message.setText(self.tr("“%1” staat weer open.").replace("%1", row.description))
        self.ctx.notify_changed("follow_up_action")
        index = self.model.index_of(row.id)
        if index.isValid():
            self.view.setCurrentIndex(index)
        self.view.setFocus()

    def move_current(self, new_due: date) -> None:
        row = self.current_row()
        if row is None:
            return
        if not self._run(lambda: reschedule_follow_up(self.ctx.db, row.id, new_due, row.version)):
            return
        self.message.setText(
            self.tr("“%1” verplaatst naar %2.")
            .replace("%2", new_due.strftime("%d/%m/%Y"))
            .replace("%1", row.description)
        )
        self.ctx.notify_changed("follow_up_action")
        index = self.model.index_of(row.id)
        if index.isValid():
            self.view.setCurrentIndex(index)
        self.view.setFocus()

    def choose_date(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = RescheduleDialog(row, self.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.move_current(dialog.chosen())

    def open_current(self) -> None:
        """Open what the selected action belongs to (its talk, trajectory, ...)."""
        row = self.current_row()
        if row is None:
            index = self.view.currentIndex()
            if index.isValid() and not index.parent().isValid():
                self.view.setExpanded(index, not self.view.isExpanded(index))
            return
        if row.subject.id:
            self.ctx.open_requested.emit(row.subject.kind, row.subject.id)

    def edit_current(self) -> FollowUpEditor | None:
        """Open the selected action's own editor (change it, archive it, bring it back);
        the list follows through the change notification."""
        row = self.current_row()
        if row is None:
            return None
        try:
            view = get_follow_up(self.ctx.db, row.id)
        except DomainError as exc:  # gone meanwhile
            QMessageBox.warning(self, self.tr("Opvolgacties"), exc.message)
            self.reload()
            return None
        editor = FollowUpEditor(self.ctx, view.subject_kind, view.subject.id, self)
        editor.edit(view)
        editor.present()
        return editor

    def showEvent(self, event: QShowEvent) -> None:
        """Give "Toon gearchiveerd" an Alt letter free in the window the page is in."""
        super().showEvent(event)
        if not self._archived_letter_chosen:
            self._archived_letter_chosen = True
            self.show_archived.setText(
                with_free_mnemonic(self.tr("Toon gearchiveerd"), self.window())
            )

    # -- Page API ------------------------------------------------------------------------
    def open_record(self, public_id: str) -> None:
        """Select an action when it is in the list; an empty id just shows the page."""
        if public_id:
            index = self.model.index_of(public_id)
            if index.isValid():
                self.view.setCurrentIndex(index)
        QTimer.singleShot(0, self, self.view.setFocus)
