"""Overzicht: how the chosen year stands against the action plan's targets, the overdue
follow-up actions, and the most recent activity. Every item opens with Enter.

Every item of the year's plan is shown under its strategic goal (SD1, SD2, SD3) with a
progress bar and words beside it ("5 van 8 gehouden (63 %) — doel nog niet bereikt · 1
gepland"), so nothing depends on seeing the bar or its colour (``overview_plan``); Enter
on an item opens the list behind its figure. Only what happened up to today counts
(``supportdesk.indicators``); what is planned later in the year, and what passed its date
while still planned ("te bevestigen"), are said beside the figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import DomainError
from supportdesk.indicators import focus_group_needs_attention, plan_item_records
from supportdesk.queries.follow_ups import FollowUpRow, follow_up_rows, overdue_count
from supportdesk.queries.overview import Activity, recent_activity
from ui.background_read import BackgroundRead, finish_all, when_all_read
from ui.context import AppContext
from ui.export.actions import export_year_report, install_export
from ui.follow_up_text import due_text, subject_text
from ui.formatting import format_date
from ui.labels import label
from ui.pages.base import Page
from ui.pages.my_trajectories import MyTrajectoriesPanel
from ui.pages.overview_plan import PlanTree
from ui.pages.plan_records import PlanRecordsDialog
from ui.widgets.dialog_parts import title_row
from ui.widgets.flat_list import flat_list

CONTEXT = "OverviewPage"
OVERDUE_SHOWN = 10
RECENT_SHOWN = 12
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _list(name: str, headers: list[str]) -> QTreeWidget:
    tree = flat_list(QTreeWidget(), name, headers)
    tree.setUniformRowHeights(True)
    return tree


@dataclass(frozen=True)
class _Lists:
    """The overdue actions (how many, the first rows) and the recent activity."""

    overdue: int
    overdue_rows: Sequence[FollowUpRow]
    recent: list[Activity]


class OverviewPage(Page):
    key = "overview"
    watches = ()  # everything: figures, actions and activity all move with any save

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today_override: date | None = None

        heading = QLabel(self.tr("Overzicht"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today().year)
        self.year.setAccessibleName(self.tr("Jaar"))
        year_label = QLabel(self.tr("&Jaar:"))
        year_label.setBuddy(self.year)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(year_label)
        top.addWidget(self.year)
        _action, self.export_button = install_export(  # Ctrl+E: the chosen year's report
            ctx.exports,
            self,
            lambda: export_year_report(self, ctx, self.year.value()),
            self.tr("Jaarrapport als &PDF…"),
        )
        top.addWidget(self.export_button)

        self.targets_box = QGroupBox()
        self.plan = PlanTree()
        self.lists_read: BackgroundRead[_Lists] = BackgroundRead("overview lists", self)
        self._raised: list[DomainError] | None = None
        for reader in self.readers():
            reader.failed.connect(self._failed)
        self.plan.open_item.connect(self.open_plan_item)
        self.plan.open_plan.connect(self.open_year_plan)
        box_layout = QVBoxLayout(self.targets_box)
        box_layout.addWidget(self.plan)

        self.overdue = _list(
            self.tr("Achterstallige opvolgacties"),
            [self.tr("Vervaldatum"), self.tr("Opvolgactie"), self.tr("Hoort bij")],
        )
        self.overdue_title = QLabel()
        self.overdue_title.setBuddy(self.overdue)
        self.all_actions = QPushButton(self.tr("Alle &opvolgacties"))
        self.all_actions.clicked.connect(lambda: ctx.open_requested.emit("follow_up_action", ""))
        self.recent = _list(
            self.tr("Recente activiteit"),
            [self.tr("Datum"), self.tr("Soort"), self.tr("Wat"), self.tr("Details")],
        )
        recent_title = QLabel(self.tr("&Recente activiteit"))
        recent_title.setBuddy(self.recent)
        for tree in (self.overdue, self.recent):
            tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            tree.header().resizeSection(0, 240)
            tree.itemActivated.connect(self._open_item)
        self.recent.header().resizeSection(0, 110)
        self.recent.header().resizeSection(1, 130)
        self.recent.header().resizeSection(2, 320)
        self.overdue.header().resizeSection(1, 320)

        overdue_head = title_row(self.overdue_title, self.all_actions)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.targets_box, 4)
        layout.addLayout(overdue_head)
        layout.addWidget(self.overdue, 2)
        self.my_trajectories = MyTrajectoriesPanel(ctx)  # a coach's trajectories
        layout.addWidget(self.my_trajectories, 2)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent, 3)
        self.setTabOrder(self.year, self.plan.tree)
        self.setTabOrder(self.plan.tree, self.overdue)
        self.setTabOrder(self.overdue, self.all_actions)
        self.setTabOrder(self.all_actions, self.recent)
        self.year.valueChanged.connect(lambda _y: self.show_indicators())

    def title(self) -> str:
        return self.tr("Overzicht")

    def today(self) -> date:
        return self.today_override or date.today()

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again: the plan, the overdue actions and the recent activity
        in worker threads (applied when they arrive: ``when_read``), a coach's
        trajectories now. A read in the background that fails is told
        (``Page.tell_failure``)."""
        self.show_indicators()
        self.show_lists()
        self.my_trajectories.refresh()

    def refresh_parts(self) -> list[Callable[[], object]]:
        """What ``refresh`` reads, in parts, each read at once (the worker's result
        waited for; a failure raised): ``MainWindow.fill_first_page`` runs them in turn."""
        return [
            lambda: self._now(self.show_indicators),
            lambda: self._now(self.show_lists),
            self.my_trajectories.refresh,
        ]

    def _now(self, start: Callable[[], object]) -> None:
        """``start`` reads in the background: wait for it here and raise its failure."""
        self._raised = []
        try:
            start()
            self.finish_reading()
        finally:
            raised, self._raised = self._raised, None
        if raised:
            raise raised[0]

    def readers(self) -> list[BackgroundRead[Any]]:
        """The page's reads that may be under way in a worker thread."""
        return [*self.plan.readers(), self.lists_read]

    def when_read(self, then: Callable[[], object]) -> None:
        """``then()`` once every read under way has been applied (or has failed)."""
        when_all_read(self.readers(), then)

    def finish_reading(self) -> None:
        """Wait for the reads under way and apply them now."""
        finish_all(self.readers())

    def _failed(self, error: DomainError) -> None:
        """A read in the background met a database that fails (locked, gone)."""
        if self._raised is not None:  # read at once (``refresh_parts``): raised there
            self._raised.append(error)
            return
        self.tell_failure(error)  # said by the window, read again when shown again

    def show_indicators(self) -> None:
        """The chosen year's plan, read in the background; the box's title follows when
        the figures are shown."""
        year = self.year.value()

        def shown() -> None:
            self.targets_box.setTitle(self.tr("Actieplan %1").replace("%1", str(year)))

        self.plan.show_year(self.ctx.db, year, self.today(), shown)

    def open_plan_item(self, key: str) -> PlanRecordsDialog | None:
        """The list behind one figure of the plan (Enter or double-click on it)."""
        figure = self.plan.figures.get(key)
        if figure is None or figure.item.is_milestone:
            return None
        year = self.year.value()
        records = plan_item_records(self.ctx.db, year, key, self.today())
        dialog = PlanRecordsDialog(self.ctx, year, figure, records, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_year_plan(self) -> None:
        """Beheer → Jaarplan at the chosen year (a year without a plan or targets)."""
        self.ctx.open_requested.emit("admin", f"year_plan:{self.year.value()}")

    def show_lists(self) -> None:
        """The overdue actions and the recent activity, read in the background."""
        db, member, today = self.ctx.db, self.ctx.current_member_id(), self.today()

        def read() -> _Lists:
            return _Lists(
                overdue_count(db, today, member),
                follow_up_rows(db, "overdue", 0, today, member, OVERDUE_SHOWN),
                recent_activity(db, today, RECENT_SHOWN),
            )

        def shown(lists: _Lists) -> None:
            self._show_overdue(lists.overdue, lists.overdue_rows, member, today)
            self._show_recent(lists.recent)

        self.lists_read.start(read, shown)

    def _show_overdue(
        self, count: int, rows: Sequence[FollowUpRow], member: str | None, today: date
    ) -> None:
        if member:
            title = self.tr("&Mijn achterstallige opvolgacties (%1)")
        else:
            title = self.tr("&Achterstallige opvolgacties (%1)")
        self.overdue_title.setText(title.replace("%1", str(count)))
        self.overdue.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [due_text(row, today), row.description, subject_text(row.subject)]
            )
            item.setData(0, KIND_ROLE, row.subject.kind)
            item.setData(0, ID_ROLE, row.subject.id)
            self.overdue.addTopLevelItem(item)
        if not rows:
            empty = QTreeWidgetItem([self.tr("Niets achterstallig."), "", ""])
            self.overdue.addTopLevelItem(empty)
        elif count > len(rows):
            more = QTreeWidgetItem(
                [
                    "",
                    self.tr("… en nog %1 (zie Opvolgacties)").replace("%1", str(count - len(rows))),
                    "",
                ]
            )
            more.setData(0, KIND_ROLE, "follow_up_action")
            more.setData(0, ID_ROLE, "")
            self.overdue.addTopLevelItem(more)

    def _show_recent(self, items: list[Activity]) -> None:
        self.recent.clear()
        for act in items:
            item = QTreeWidgetItem(
                [format_date(act.day), self._kind_text(act), act.title, self._detail(act)]
            )
            if act.kind == "follow_up_action":
                item.setData(0, KIND_ROLE, act.subject_kind)
                item.setData(0, ID_ROLE, act.subject_id)
            else:
                item.setData(0, KIND_ROLE, act.kind)
                item.setData(0, ID_ROLE, act.id)
            self.recent.addTopLevelItem(item)
        if not items:
            self.recent.addTopLevelItem(
                QTreeWidgetItem([self.tr("Nog geen activiteit."), "", "", ""])
            )

    def _kind_text(self, act: Activity) -> str:
        if act.kind == "follow_up_action":
            return self.tr("Actie afgewerkt")
        text = label("record_kind", act.kind)
        return text[:1].upper() + text[1:]

    def _detail(self, act: Activity) -> str:
        if act.kind == "trajectory" and act.status:
            return f"{act.detail} · {label('trajectory_status', act.status)}"
        if act.kind in ("focus_group", "activity") and focus_group_needs_attention(
            act.status, act.day, self.today()
        ):
            # dated in the past, still "gepland": not known to have taken place
            mark = "⚠ " + QCoreApplication.translate("FocusGroupsPage", "te bevestigen")
            return f"{act.detail} · {mark}" if act.detail else mark
        return act.detail

    # -- opening ------------------------------------------------------------------------
    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        public_id = item.data(0, ID_ROLE)
        if kind:
            self.ctx.open_requested.emit(str(kind), str(public_id or ""))
