"""The Trajecten page: every support trajectory with its status, government, coaches,
dates, next open follow-up action and what needs attention (overdue, feedback missing)
in words and in bold, never by colour alone. Filters for status, coach, year, starting
position and attention run in SQL; "Mijn trajecten" keeps the current team member's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from supportdesk.codes import CLOSED_TRAJECTORY_STATUSES
from supportdesk.queries.trajectories import (
    OPEN_STATUSES,
    TrajectoryFilter,
    count_trajectories,
    trajectories_page,
    trajectory_years,
)
from supportdesk.services.team import list_team_members
from supportdesk.services.trajectories import get_trajectory
from ui.context import AppContext
from ui.editors.trajectory import TrajectoryEditor
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import choices, label
from ui.pages.editor_host import EditorHostPage
from ui.pages.trajectory_texts import attention_text, next_action_text, title_text
from ui.style.chips import Tone, tone_of
from ui.widgets.filter_bar import FilterBar
from ui.widgets.paged_model import Column, Index, PagedTableModel

CONTEXT = "TrajectoriesPage"
(
    COL_STATUS,
    COL_ATTENTION,
    COL_GOVERNMENT,
    COL_TITLE,
    COL_COACHES,
    COL_START,
    COL_PLANNED_END,
    COL_NEXT,
) = range(8)


COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("TrajectoriesPage", "Status"),
        "status",
        lambda r: label("trajectory_status", r.status),
    ),
    Column(QT_TRANSLATE_NOOP("TrajectoriesPage", "Aandacht"), None, attention_text),
    Column(
        QT_TRANSLATE_NOOP("TrajectoriesPage", "Lokaal bestuur"),
        "local_government",
        lambda r: r.local_government,
    ),
    Column(QT_TRANSLATE_NOOP("TrajectoriesPage", "Titel"), "title", title_text),
    Column(
        QT_TRANSLATE_NOOP("TrajectoriesPage", "Begeleiders"), None, lambda r: ", ".join(r.coaches)
    ),
    Column(
        QT_TRANSLATE_NOOP("TrajectoriesPage", "Start"),
        "start_date",
        lambda r: format_date(r.start_date),
    ),
    Column(
        QT_TRANSLATE_NOOP("TrajectoriesPage", "Gepland einde"),
        "planned_end_date",
        lambda r: format_date(r.planned_end_date),
    ),
    Column(QT_TRANSLATE_NOOP("TrajectoriesPage", "Volgende actie"), "next_due", next_action_text),
]


def status_tone(row: Any) -> Tone:
    """The status chip's tone: a warning while the row needs attention."""
    return Tone.WARN if row.needs_attention else tone_of("trajectory_status", row.status)


class TrajectoryTableModel(PagedTableModel):
    """Rows that need attention are bold as well as worded (never colour alone)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.row_at(index.row())
            if row.needs_attention:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


class TrajectoriesPage(EditorHostPage[TrajectoryFilter, TrajectoryEditor]):
    key = "trajectory"
    editor_class = TrajectoryEditor
    read_view = staticmethod(get_trajectory)
    page_query = staticmethod(trajectories_page)
    watches = (
        "trajectory",
        "follow_up_action",
        "feedback",
        "contact_moment",
        "team_member",
        "local_government",
        "advice_talk",
        "settings",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filters = FilterBar(self.tr("Fi&lter:"), self.tr("in titel, noden, doelen of bestuur"))
        statuses = [
            (self.tr("nog niet afgesloten"), OPEN_STATUSES),
            *((text, (code,)) for text, code in choices("trajectory_status")),
            (self.tr("afgesloten"), CLOSED_TRAJECTORY_STATUSES),
        ]
        self.filters.add_choice("status", self.tr("St&atus:"), statuses, self.tr("alle"))
        self.filters.add_choice("coach", self.tr("Begeleide&r:"), [], self.tr("iedereen"))
        self.filters.add_choice("year", self.tr("&Jaar:"), [], self.tr("alle jaren"))
        self.filters.add_choice(
            "position",
            self.tr("Start&positie:"),
            [*((t, c) for t, c in choices("starting_position")), (self.tr("onbekend"), "")],
            self.tr("alle"),
        )
        self.filters.add_choice(
            "attention",
            self.tr("Aa&ndacht:"),
            [
                (self.tr("te laat of feedback ontbreekt"), "any"),
                (self.tr("te laat"), "overdue"),
                (self.tr("feedback ontbreekt"), "feedback_missing"),
            ],
            self.tr("alles"),
        )
        self.filters.changed.connect(self._filters_changed)
        self.filters.search.returnPressed.connect(self._search_enter)

        self.mine = QPushButton(self.tr("&Mijn trajecten"))
        self.mine.setCheckable(True)
        self.mine.setToolTip(self.tr("Alleen de trajecten die ik begeleid (Ctrl+M)"))
        self.mine.toggled.connect(self._mine_toggled)
        mine_action = QAction(self)
        mine_action.setShortcut(QKeySequence("Ctrl+M"))
        mine_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        mine_action.triggered.connect(self._toggle_mine)
        self.addAction(mine_action)

        self._records_table(
            TrajectoryTableModel(COLUMNS, context=CONTEXT, default_sort=("status", False)),
            "trajectories",
            (75, 180, 115, 180, 120, 90, 100, 170),
            self.tr("Trajecten"),
        )
        self._status_chips(status_tone)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.mine, 0, Qt.AlignmentFlag.AlignTop)
        self._lay_out(top, self.tr("Nieuw &traject"), self.tr("&Openen"))
        self._me_loaded_for: str | None = None

    def title(self) -> str:
        return self.tr("Trajecten")

    # -- filters -------------------------------------------------------------------
    def _fill_choices(self) -> None:
        db = self.ctx.db
        self.filters.blockSignals(True)
        self.filters.set_choices("coach", [(m.name, m.id) for m in list_team_members(db)])
        self.filters.set_choices("year", [(str(y), y) for y in trajectory_years(db)])
        self.filters.blockSignals(False)
        me = self.ctx.current_member_id()
        self.mine.setEnabled(bool(me))
        self.mine.setToolTip(
            self.tr("Alleen de trajecten die ik begeleid (Ctrl+M)")
            if me
            else self.tr("Kies eerst in Instellingen wie je bent.")
        )
        if me != self._me_loaded_for:
            # "Mine" is where a coach starts, once the app knows who they are and they
            # coach something; someone who coaches nothing starts with everyone's.
            self._me_loaded_for = me
            mine = bool(me) and count_trajectories(db, TrajectoryFilter(coach_id=me)) > 0
            me = me if mine else None
            self.mine.blockSignals(True)
            self.mine.setChecked(mine)
            self.mine.blockSignals(False)
            self.filters.blockSignals(True)
            self.filters.set_value("coach", me if me else None)
            if not me:
                self.filters.combo("coach").setCurrentIndex(0)
            self.filters.blockSignals(False)

    def _toggle_mine(self) -> None:
        if self.mine.isEnabled():
            self.mine.toggle()

    def _mine_toggled(self, checked: bool) -> None:
        me = self.ctx.current_member_id()
        if checked and me:
            self.filters.set_value("coach", me)
        elif not checked and self.filters.value("coach") == me:
            self.filters.combo("coach").setCurrentIndex(0)

    def _filters_changed(self) -> None:
        me = self.ctx.current_member_id()
        self.mine.blockSignals(True)
        self.mine.setChecked(bool(me) and self.filters.value("coach") == me)
        self.mine.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> TrajectoryFilter:
        return TrajectoryFilter(
            statuses=self.filters.value("status") or (),
            coach_id=self.filters.value("coach"),
            year=self.filters.value("year"),
            starting_position=self.filters.value("position"),
            attention=self.filters.value("attention"),
            text=self.filters.text(),
        )

    def _count(self, f: TrajectoryFilter) -> int:
        return count_trajectories(self.ctx.db, f)

    def _empty_text(self, f: TrajectoryFilter) -> str:
        me = self.ctx.current_member_id()
        if f == TrajectoryFilter():
            return self.tr("Nog geen trajecten. Druk Ctrl+N om er een te starten.")
        if me and f == TrajectoryFilter(coach_id=me):
            return self.tr(
                "Je begeleidt (nog) geen trajecten. Zet “Mijn trajecten” uit (Ctrl+M) "
                "om die van iedereen te zien."
            )
        return self.tr(
            "Geen trajecten die aan de filters voldoen. Filters wissen (Alt+W) toont ze alle."
        )

    # -- editors (the rest is in EditorHostPage) ------------------------------------
    def _record_title(self) -> str:
        return self.tr("Traject")

    def _focus_new(self, editor: TrajectoryEditor) -> None:
        editor.government.setFocus()
