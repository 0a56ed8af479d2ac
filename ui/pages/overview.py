"""Overzicht: how the chosen year stands against the action plan's targets, the overdue
follow-up actions, and the most recent activity. Every item opens with Enter.

Figures are drawn as progress bars and said in words beside them ("5 van 8 gehouden
(63 %) — doel nog niet bereikt · 1 gepland"), so nothing depends on seeing the bar or
its colour. Only what happened up to today counts (``supportdesk.indicators``); what is
planned later in the year, and focus groups whose date passed while still planned ("te
bevestigen"), are said beside the figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.indicators import (
    ADVICE_TALKS,
    FOCUS_GROUPS,
    LABELS,
    PLAN_ITEMS,
    TRAJECTORIES,
    Indicator,
    focus_group_needs_attention,
    year_indicators,
)
from supportdesk.queries.follow_ups import follow_up_rows, overdue_count
from supportdesk.queries.overview import Activity, recent_activity
from ui.a11y import describe_label
from ui.context import AppContext
from ui.export.actions import export_year_report, install_export
from ui.follow_up_text import due_text, subject_text
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.pages.base import Page
from ui.pages.my_trajectories import MyTrajectoriesPanel

CONTEXT = "OverviewPage"
#: the plan's words for its figures: the core's table (``supportdesk.labels``)
INDICATOR_TITLES: Mapping[str, str] = LABELS
#: what the figure counts, said after it ("5 van 8 gehouden")
INDICATOR_VERBS: dict[str, str] = {
    ADVICE_TALKS: QT_TRANSLATE_NOOP("OverviewPage", "gehouden"),
    TRAJECTORIES: QT_TRANSLATE_NOOP("OverviewPage", "gestart"),
    FOCUS_GROUPS: QT_TRANSLATE_NOOP("OverviewPage", "gehouden"),
}
OVERDUE_SHOWN = 10
RECENT_SHOWN = 12
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


NBSP = "\u00a0"


def indicator_words(ind: Indicator) -> str:
    """``5 van 8 gehouden (63 %) — doel nog niet bereikt · 1 gepland``; the words carry
    what the bar shows, and what is planned or still to confirm beside it."""
    verb = QCoreApplication.translate(CONTEXT, INDICATOR_VERBS.get(ind.key, "gehouden"))
    if ind.target is None:
        text = (
            QCoreApplication.translate("OverviewPage", "%1 %2 (geen doel voor dit jaar)")
            .replace("%1", str(ind.value))
            .replace("%2", verb)
        )
    else:
        percent = round(100 * ind.value / ind.target) if ind.target else 100
        state = (
            QCoreApplication.translate("OverviewPage", "doel bereikt")
            if ind.value >= ind.target
            else QCoreApplication.translate("OverviewPage", "doel nog niet bereikt")
        )
        text = (
            QCoreApplication.translate("OverviewPage", "%1 van %2 %3 (%4 %) — %5")
            .replace("%1", str(ind.value))
            .replace("%2", str(ind.target))
            .replace("%3", verb)
            .replace("%4", str(percent))
            .replace("%5", state)
        )
    # "1 gepland" and "1 te bevestigen" stay on one line when the words wrap
    if ind.planned:
        text += " · " + QCoreApplication.translate("OverviewPage", "%1 gepland").replace(
            "%1", str(ind.planned)
        ).replace(" ", NBSP)
    if ind.attention:
        text += " · " + QCoreApplication.translate("OverviewPage", "%1 te bevestigen").replace(
            "%1", str(ind.attention)
        ).replace(" ", NBSP)
    return text


def _list(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return tree


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
        grid = QGridLayout(self.targets_box)
        self.bars: dict[str, QProgressBar] = {}
        self.words: dict[str, QLabel] = {}
        for row, key in enumerate(INDICATOR_TITLES):
            name = QLabel(f"{label('indicator', key)} ({PLAN_ITEMS.get(key, '')})")
            name.setWordWrap(True)
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMinimumWidth(120)
            # The words wrap rather than widen the window: with "· 1 gepland · 1 te
            # bevestigen" they no longer fit beside the bar on a 1024-pixel screen.
            words = QLabel()
            words.setWordWrap(True)
            words.setMinimumWidth(220)
            describe_label(words, label("indicator", key))
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(words, row, 2)
            self.bars[key], self.words[key] = bar, words
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)

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

        overdue_head = QHBoxLayout()
        overdue_head.addWidget(self.overdue_title)
        overdue_head.addStretch(1)
        overdue_head.addWidget(self.all_actions)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.targets_box)
        layout.addLayout(overdue_head)
        layout.addWidget(self.overdue, 2)
        self.my_trajectories = MyTrajectoriesPanel(ctx)  # a coach's trajectories
        layout.addWidget(self.my_trajectories, 2)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent, 3)
        self.setTabOrder(self.year, self.overdue)
        self.setTabOrder(self.overdue, self.all_actions)
        self.setTabOrder(self.all_actions, self.recent)
        self.year.valueChanged.connect(lambda _y: self.show_indicators())

    def title(self) -> str:
        return self.tr("Overzicht")

    def today(self) -> date:
        return self.today_override or date.today()

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.show_indicators()
        self.show_overdue()
        self.my_trajectories.refresh()
        self.show_recent()

    def show_indicators(self) -> None:
        year = self.year.value()
        self.targets_box.setTitle(
            self.tr("Doelstellingen van het actieplan %1").replace("%1", str(year))
        )
        for ind in year_indicators(self.ctx.db, year, self.today()):
            bar, words = self.bars.get(ind.key), self.words.get(ind.key)
            if bar is None or words is None:
                continue
            bar.setRange(0, max(ind.target or 0, ind.value, 1))
            bar.setValue(ind.value)
            text = indicator_words(ind)
            words.setText(text)
            bar.setAccessibleName(f"{label('indicator', ind.key)}: {text}")

    def show_overdue(self) -> None:
        member = self.ctx.current_member_id()
        today = self.today()
        count = overdue_count(self.ctx.db, today, member)
        rows = follow_up_rows(self.ctx.db, "overdue", 0, today, member, OVERDUE_SHOWN)
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

    def show_recent(self) -> None:
        self.recent.clear()
        items = recent_activity(self.ctx.db, self.today(), RECENT_SHOWN)
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
        if act.kind == "focus_group" and focus_group_needs_attention(
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
