"""The Overzicht's action plan: every item of the year's plan, grouped by strategic goal
(SD1, SD2, SD3), each with its figure against its target in words and a bar, or a
milestone's state and note. Enter or a double-click on an item opens the list of what
it counts (``PlanRecordsDialog``); a year without a plan says so, with a button that
opens Beheer → Jaarplan.

The words carry everything the bar shows ("57,5 van 100 deelnemersuren (58 %) — doel
nog niet bereikt · 1 gepland"), so nothing depends on seeing the bar or its colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.database import Database
from supportdesk.indicators import PlanFigure, plan_item_months, year_plan_figures
from supportdesk.plan_codes import MilestoneState
from supportdesk.queries.year_charts import talks_by_province, talks_by_theme
from ui.a11y import describe_label
from ui.background_read import BackgroundRead
from ui.editors.activity_time import number_text
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.style.charts import SPARK_ROLE, BarChart, MonthChart, SparklineDelegate, sparkline_text
from ui.style.chip_delegate import LEADING_CHIP_ROLE, LeadingChipDelegate
from ui.style.chips import Tone
from ui.widgets.flat_list import KEY_ROLE, current_key, flat_list, select_key

NBSP = "\u00a0"
HOURS = "participant_hours"

#: what a figure counts, said after it ("2 van 3 gehouden")
VERBS: dict[str, str] = {
    "advice_talk": QT_TRANSLATE_NOOP("OverviewPage", "gehouden"),
    "trajectory": QT_TRANSLATE_NOOP("OverviewPage", "gestart"),
    "focus_group": QT_TRANSLATE_NOOP("OverviewPage", "gehouden"),
    "activity": QT_TRANSLATE_NOOP("OverviewPage", "gehouden"),
    "publication": QT_TRANSLATE_NOOP("OverviewPage", "gepubliceerd"),
    HOURS: QT_TRANSLATE_NOOP("OverviewPage", "deelnemersuren"),
}


def figure_number(fig: PlanFigure, value: Decimal | int | None) -> str:
    """A count as is; participant hours with a decimal sign (``57,5``)."""
    return number_text(value or 0) if fig.unit == HOURS else str(int(value or 0))


def state_chip(fig: PlanFigure) -> tuple[str, str] | None:
    """The chip before an item's words: "te bevestigen" (a planned one whose date
    passed), "bereikt" / "nog niet", or a milestone's state; None without a target."""
    if fig.attention:
        return QCoreApplication.translate("OverviewPage", "te bevestigen"), Tone.WARN
    if fig.item.is_milestone:
        state = fig.item.milestone_state
        tone: dict[str, Tone] = {MilestoneState.DONE: Tone.GOOD, MilestoneState.STARTED: Tone.INFO}
        return label("milestone_state", state), tone.get(state, Tone.NEUTRAL)
    reached = fig.reached
    if reached is None:
        return None
    if reached:
        return QCoreApplication.translate("OverviewPage", "bereikt"), Tone.GOOD
    return QCoreApplication.translate("OverviewPage", "nog niet"), Tone.INFO


def figure_words(fig: PlanFigure) -> str:
    """``2 van 3 gehouden (67 %) — doel nog niet bereikt · 1 gepland``, ``57,5 van 100
    deelnemersuren (58 %) — …``, or a milestone's ``mijlpaal: bezig — note``."""
    item = fig.item
    if item.is_milestone:
        words = QCoreApplication.translate("OverviewPage", "mijlpaal: %1").replace(
            "%1", label("milestone_state", item.milestone_state)
        )
        note = item.note.strip().splitlines()[0] if item.note.strip() else ""
        return f"{words} — {note}" if note else words
    verb = QCoreApplication.translate(
        "OverviewPage", VERBS.get(HOURS if fig.unit == HOURS else item.counted, "")
    )
    value = figure_number(fig, fig.value)
    if fig.target is None:
        text = (
            QCoreApplication.translate("OverviewPage", "%1 %2 (geen doel voor dit jaar)")
            .replace("%1", value)
            .replace("%2", verb)
        )
    else:
        done = fig.value or 0
        percent = round(100 * done / fig.target) if fig.target else 100
        state = (
            QCoreApplication.translate("OverviewPage", "doel bereikt")
            if done >= fig.target
            else QCoreApplication.translate("OverviewPage", "doel nog niet bereikt")
        )
        text = (
            QCoreApplication.translate("OverviewPage", "%1 van %2 %3 (%4 %) — %5")
            .replace("%1", value)
            .replace("%2", figure_number(fig, fig.target))
            .replace("%3", verb)
            .replace("%4", str(percent))
            .replace("%5", state)
        )
    # "1 gepland" and "1 te bevestigen" stay on one line when the words wrap
    if fig.planned:
        text += " · " + QCoreApplication.translate("OverviewPage", "%1 gepland").replace(
            "%1", str(fig.planned)
        ).replace(" ", NBSP)
    if fig.attention:
        text += " · " + QCoreApplication.translate("OverviewPage", "%1 te bevestigen").replace(
            "%1", str(fig.attention)
        ).replace(" ", NBSP)
    return text


def grouped_rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The item rows of a tree grouped by goal (the goals' children, in order)."""
    out: list[QTreeWidgetItem] = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group is not None:
            out += [c for j in range(group.childCount()) if (c := group.child(j)) is not None]
    return out


class PlanTree(QWidget):
    """The year's plan items under their goals. ``open_item(key)`` when one is chosen
    with Enter or a double-click; ``open_plan()`` from the "no plan" button."""

    open_item = Signal(str)
    open_plan = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = flat_list(
            QTreeWidget(),
            self.tr("Actieplan"),
            [
                self.tr("Plan"),
                self.tr("Wat het plan vraagt"),
                self.tr("Voortgang"),
                self.tr("Stand"),
                self.tr("Per maand"),
            ],
        )
        self.tree.setItemsExpandable(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 70)
        header.resizeSection(1, 380)
        header.resizeSection(2, 120)
        header.resizeSection(3, 430)
        self.tree.itemActivated.connect(self._activated)
        self.tree.setToolTip(self.tr("Enter of dubbelklik: de lijst achter het cijfer"))
        self.tree.setMinimumHeight(236)  # about thirteen items before it scrolls; fits 1024×640
        # "Stand" starts with a status chip, as statuses look everywhere (ui/style)
        self.tree.setItemDelegateForColumn(3, LeadingChipDelegate(self.tree))
        # and every item's year month by month at a glance (read after the page shows)
        self.tree.setItemDelegateForColumn(4, SparklineDelegate(self.tree))

        self.no_plan = QLabel()
        self.no_plan.setWordWrap(True)
        self.no_plan.setTextFormat(Qt.TextFormat.PlainText)
        describe_label(self.no_plan, self.tr("Jaarplan"))
        self.plan_button = QPushButton(self.tr("Jaarplan &invullen…"))
        self.plan_button.clicked.connect(self.open_plan)
        for unknown in (self.no_plan, self.plan_button):  # until the figures say (show_figures)
            unknown.hide()
        no_plan_row = QHBoxLayout()
        no_plan_row.addWidget(self.no_plan, 1)
        no_plan_row.addWidget(self.plan_button)
        # The chosen item month by month (this year beside last year); under OD 3.2 the
        # talks per theme and per province. Read after the page shows (QTimer), so the
        # page itself opens fast.
        self.month_chart = MonthChart(self.tr("Per maand"))
        self.chart_title = QLabel()
        self.chart_title.setTextFormat(Qt.TextFormat.PlainText)
        self.chart_title.setBuddy(self.month_chart)
        self.themes_chart = BarChart(self.tr("Adviesgesprekken per thema"), self.tr("Gesprekken"))
        self.provinces_chart = BarChart(
            self.tr("Adviesgesprekken per provincie"), self.tr("Gesprekken")
        )
        charts = QHBoxLayout()
        charts.addWidget(self.month_chart, 2)
        charts.addWidget(self.themes_chart, 1)
        charts.addWidget(self.provinces_chart, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(no_plan_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.chart_title)
        layout.addLayout(charts)
        #: what was read for the year shown: its months and last year's, its talks per
        #: theme and per province (read when a talk item is chosen)
        self._months: dict[int, dict[str, list[int | Decimal]]] = {}
        self._talks: dict[int, tuple[list[tuple[str, int]], list[tuple[str, int]]]] = {}
        self._where: tuple[Database, int, date] | None = None
        # Read in worker threads, applied when they arrive (ui.background_read): at
        # 100,000 talks the figures take ~25-50 ms, the months ~70, the talks ~130.
        self.figures_read: BackgroundRead[list[PlanFigure]] = BackgroundRead("plan figures", self)
        self.months_read: BackgroundRead[dict[int, dict[str, list[int | Decimal]]]] = (
            BackgroundRead("plan months", self)
        )
        self.talks_read: BackgroundRead[tuple[list[tuple[str, int]], list[tuple[str, int]]]] = (
            BackgroundRead("talks per theme and province", self)
        )
        # 1 ms, not 0: a zero timer started from a timer runs in the same pass, before
        # the page or the window can repaint or take a key
        self.tree.currentItemChanged.connect(lambda *_a: QTimer.singleShot(1, self.show_chart))
        self.figures: dict[str, PlanFigure] = {}
        self.words: dict[str, str] = {}
        self.bars: dict[str, QProgressBar] = {}

    def readers(self) -> list[BackgroundRead[Any]]:
        """The reads of the plan that may be under way."""
        return [self.figures_read, self.months_read, self.talks_read]

    def show_year(self, db: Database, year: int, today: date, then: Callable[[], object]) -> None:
        """Read ``year``'s figures and its months (and last year's) in worker threads;
        the figures are shown when they arrive (then ``then()``: the page's title), the
        sparklines and the chart when the months do. A year asked for later supersedes
        this one."""
        self._where, self._months, self._talks = (db, year, today), {}, {}
        self.talks_read.cancel()

        def shown(figures: list[PlanFigure]) -> None:
            self.show_figures(year, figures)
            then()
            self.show_chart()

        def months() -> dict[int, dict[str, list[int | Decimal]]]:
            return {y: plan_item_months(db, y, today) for y in (year, year - 1)}

        self.figures_read.start(lambda: year_plan_figures(db, year, today), shown)
        self.months_read.start(months, self._months_arrived)

    def _months_arrived(self, months: dict[int, dict[str, list[int | Decimal]]]) -> None:
        self._months = months
        if self._where is not None:
            self._fill_sparklines(self._where[1])
        self.show_chart()

    def _fill_sparklines(self, year: int) -> None:
        """Each item's months as tiny bars in its row, with the numbers in words."""
        months = self._months.get(year, {})
        for row in self.plan_items():
            values = months.get(str(row.data(0, KEY_ROLE)))
            if values is None or row.data(4, SPARK_ROLE) == values:
                continue
            row.setData(4, SPARK_ROLE, list(values))
            words = sparkline_text([number_text(v) for v in values])
            row.setToolTip(4, words.replace("; ", "\n"))
            row.setData(4, Qt.ItemDataRole.AccessibleTextRole, words)

    def show_chart(self) -> None:
        """The chosen item's figure per month, this year beside last year (once the
        months have been read; under a talk item the talks per theme and province, read
        when first asked for)."""
        key = self.current_key()
        figure = self.figures.get(key)
        shown = self._where is not None and figure is not None and not figure.item.is_milestone
        for widget in (self.chart_title, self.month_chart):
            widget.setVisible(shown)
        talks = shown and figure is not None and figure.item.counted == "advice_talk"
        self.themes_chart.setVisible(talks)
        self.provinces_chart.setVisible(talks)
        if not shown or figure is None or self._where is None:
            return
        db, year, today = self._where
        self.chart_title.setText(
            self.tr("Per maan&d: %1 %2")
            .replace("%1", figure.item.code)
            .replace("%2", figure.item.text)
        )
        if year in self._months:
            self._fill_sparklines(year)
            this_year = [int(v) for v in self._months[year].get(key, [0] * 12)]
            last_year = [int(v) for v in self._months.get(year - 1, {}).get(key, [0] * 12)]
            self.month_chart.set_values(year, this_year, last_year)
        if not talks:
            return
        if year in self._talks:
            themes, provinces = self._talks[year]
            self.themes_chart.set_items(themes)
            self.provinces_chart.set_items(provinces)
        elif not self.talks_read.running():

            def arrived(read: tuple[list[tuple[str, int]], list[tuple[str, int]]]) -> None:
                self._talks[year] = read
                self.show_chart()

            self.talks_read.start(
                lambda: (talks_by_theme(db, year, today), talks_by_province(db, year, today)),
                arrived,
            )

    def show_figures(self, year: int, figures: Sequence[PlanFigure]) -> None:
        keep = self.current_key()
        self.tree.clear()
        self.figures = {f.item.key: f for f in figures}
        self.words = {}
        self.bars = {}
        groups: dict[str, QTreeWidgetItem] = {}
        for fig in figures:
            item = fig.item
            group = groups.get(item.goal)
            if group is None:
                group = QTreeWidgetItem(["", label("goal", item.goal)])
                font = group.font(1)
                font.setBold(True)
                group.setFont(1, font)
                group.setText(0, label("goal", item.goal))
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)  # once in the tree
                groups[item.goal] = group
            words = figure_words(fig)
            row = QTreeWidgetItem([item.code, item.text, "", words])
            row.setData(0, KEY_ROLE, item.key)
            row.setToolTip(1, item.text)
            row.setToolTip(3, words)
            row.setData(3, LEADING_CHIP_ROLE, state_chip(fig))
            group.addChild(row)
            self.words[item.key] = words
            if not item.is_milestone:
                bar = QProgressBar()
                bar.setTextVisible(False)
                bar.setMaximumHeight(14)
                done = float(fig.value or 0)
                scale = 10 if fig.unit == HOURS else 1  # tenths of an hour
                bar.setRange(0, int(max(float(fig.target or 0), done, 1) * scale))
                bar.setValue(int(done * scale))
                bar.setAccessibleName(f"{item.code} {item.text}: {words}")
                self.tree.setItemWidget(row, 2, bar)
                self.bars[item.key] = bar
        self.tree.expandAll()
        with_target = any(f.target is not None or f.item.is_milestone for f in figures)
        if not figures:
            message = self.tr("Voor %1 is nog geen jaarplan ingevuld.")
        elif not with_target:
            message = self.tr("Voor %1 zijn nog geen doelen bepaald.")
        elif not all(f.item.id for f in figures):  # shown as the last plan would make it
            message = self.tr(
                "Voor %1 is nog geen jaarplan vastgelegd: de doelen hieronder zijn die van "
                "het vorige plan."
            )
        else:
            message = ""
        self.no_plan.setText(message.replace("%1", str(year)))
        self.no_plan.setVisible(bool(message))
        self.plan_button.setVisible(bool(message))
        if not self.select_key(keep):
            self._select_first()

    # -- choosing -----------------------------------------------------------------------
    def plan_items(self) -> list[QTreeWidgetItem]:
        return grouped_rows(self.tree)

    def current_key(self) -> str:
        return current_key(self.tree)

    def select_key(self, key: str) -> bool:
        return select_key(self.tree, key, self.plan_items())

    def _select_first(self) -> None:
        items = self.plan_items()
        if items:
            self.tree.setCurrentItem(items[0])

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.open_item.emit(str(key))
