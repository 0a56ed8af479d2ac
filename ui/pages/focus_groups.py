"""The Focusgroepen page: every focus group with its date, status, topic, place or
online, how many governments were invited and came, the tools evaluated and the next
open action. Filters (year, status, organiser, government, tool) and sorting run in SQL.
A planned focus group whose date has passed says "⚠ te bevestigen" in words: it does
not count until someone says it was held. Cancelled ones stay listed, as "geannuleerd".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from supportdesk.codes import FocusGroupStatus
from supportdesk.queries.focus_groups import (
    FocusGroupFilter,
    FocusGroupRow,
    focus_group_years,
    focus_groups_page,
)
from supportdesk.services.focus_groups import get_focus_group
from supportdesk.services.local_governments import list_local_governments_brief
from supportdesk.services.team import list_team_members, list_tools
from ui.context import AppContext
from ui.editors.focus_group import FocusGroupEditor
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.pages.editor_host import EditorHostPage
from ui.pages.meeting_words import place_text
from ui.pages.meeting_words import status_text as meeting_status
from ui.style.chips import Tone, tone_of
from ui.widgets.fill_on_use import fill_on_first_use
from ui.widgets.filter_bar import FilterBar
from ui.widgets.paged_model import Column, PagedTableModel

CONTEXT = "FocusGroupsPage"
COL_DATE, COL_STATUS, COL_TOPIC, COL_PLACE, COL_INVITED, COL_PRESENT, COL_TOOLS, COL_NEXT = range(8)


def status_text(row: FocusGroupRow) -> str:
    """``gehouden``, ``geannuleerd``, ``gepland``, or ``⚠ te bevestigen``."""
    return meeting_status(row, "focus_group_status")


def next_text(row: FocusGroupRow) -> str:
    if not row.next_action:
        return ""
    due = format_date(row.next_due)
    return f"{due} · {row.next_action}" if due else row.next_action


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("FocusGroupsPage", "Datum"), "date", lambda r: format_date(r.date)),
    Column(QT_TRANSLATE_NOOP("FocusGroupsPage", "Status"), "status", status_text),
    Column(QT_TRANSLATE_NOOP("FocusGroupsPage", "Onderwerp"), "topic", lambda r: r.topic),
    Column(QT_TRANSLATE_NOOP("FocusGroupsPage", "Plaats"), "place", place_text),
    Column(
        QT_TRANSLATE_NOOP("FocusGroupsPage", "Uitgenodigd"),
        "governments",
        lambda r: str(r.governments),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("FocusGroupsPage", "Aanwezig"),
        "present",
        lambda r: str(r.present),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("FocusGroupsPage", "Geëvalueerde tools"),
        None,
        lambda r: ", ".join(r.tools),
    ),
    Column(QT_TRANSLATE_NOOP("FocusGroupsPage", "Volgende actie"), "open_actions", next_text),
]


def status_tone(row: Any) -> Tone:
    """The status chip's tone: a warning while the row needs attention."""
    return Tone.WARN if row.needs_attention else tone_of("focus_group_status", row.status)


class FocusGroupsPage(EditorHostPage[FocusGroupFilter, FocusGroupEditor]):
    key = "focus_group"
    editor_class = FocusGroupEditor
    read_view = staticmethod(get_focus_group)
    page_query = staticmethod(focus_groups_page)
    watches = ("focus_group", "follow_up_action", "feedback", "team_member", "tool", "settings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filters = FilterBar(
            self.tr("Fi&lter:"), self.tr("in onderwerp, plaats, nieuwe noden of notities")
        )
        self.filters.add_choice("year", self.tr("&Jaar:"), [], self.tr("alle jaren"))
        self.filters.add_choice(
            "when",
            self.tr("Wa&nneer:"),
            [
                (self.tr("nog te houden"), "upcoming"),
                (label("focus_group_status", FocusGroupStatus.HELD), "held"),
                (label("focus_group_status", FocusGroupStatus.CANCELLED), "cancelled"),
                (self.tr("te bevestigen"), "attention"),
            ],
            self.tr("altijd"),
        )
        self.filters.add_choice("organiser", self.tr("Organisato&r:"), [], self.tr("iedereen"))
        governments = self.filters.add_choice(
            "government", self.tr("Bestu&ur:"), [], self.tr("alle besturen")
        )
        # 2,786 governments at 100,000 talks: read when the box is first used
        self._governments = fill_on_first_use(governments, self._fill_governments)
        self.filters.add_choice("tool", self.tr("&Tool:"), [], self.tr("alle tools"))
        self.filters.changed.connect(self.apply_filter)
        self.filters.search.returnPressed.connect(self._search_enter)

        self._records_table(
            PagedTableModel(COLUMNS, context=CONTEXT, default_sort=("date", True)),
            "focus_groups",
            (90, 120, 300, 180, 90, 80, 260, 240),
            self.tr("Focusgroepen"),
        )
        self._status_chips(status_tone)
        self._lay_out(self.filters, self.tr("Nieuwe &focusgroep"), self.tr("&Openen"))

    def title(self) -> str:
        return self.tr("Focusgroepen")

    def _fill_choices(self) -> None:
        db = self.ctx.db
        self.filters.blockSignals(True)
        self.filters.set_choices("year", [(str(y), y) for y in focus_group_years(db)])
        self.filters.set_choices("organiser", [(m.name, m.id) for m in list_team_members(db)])
        if self._governments.filled:
            self._fill_governments()
        self.filters.set_choices("tool", [(t.name, t.id) for t in list_tools(db)])
        self.filters.blockSignals(False)

    def _fill_governments(self) -> None:
        """Every government, filled when the box is first used (``fill_on_use``)."""
        blocked = self.filters.blockSignals(True)
        self.filters.set_choices(
            "government", [(g.name, g.id) for g in list_local_governments_brief(self.ctx.db)]
        )
        self.filters.blockSignals(blocked)

    def current_filter(self) -> FocusGroupFilter:
        return FocusGroupFilter(
            year=self.filters.value("year"),
            when=self.filters.value("when"),
            organiser_id=self.filters.value("organiser"),
            local_government_id=self.filters.value("government"),
            tool_id=self.filters.value("tool"),
            text=self.filters.text(),
        )

    def _empty_text(self, f: FocusGroupFilter) -> str:
        return (
            self.tr(
                "Geen focusgroepen die aan de filters voldoen. Filters wissen (Alt+W) "
                "toont ze alle."
            )
            if f != FocusGroupFilter()
            else self.tr("Nog geen focusgroepen. Druk Ctrl+N om er een te plannen.")
        )

    # -- editors (the rest is in EditorHostPage) ------------------------------------
    def _record_title(self) -> str:
        return self.tr("Focusgroep")

    def _focus_new(self, editor: FocusGroupEditor) -> None:
        editor.topic.setFocus()
