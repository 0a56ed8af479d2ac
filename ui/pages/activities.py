"""The Activiteiten page: every meeting, session and training of the plan with its date,
kind, status, topic, place or online, who leads, participants and participant hours,
and the feedback score. Filters (year, kind, status, lead) and sorting run in SQL. A
planned activity whose date has passed says "⚠ te bevestigen" in words: it does not
count until someone says it was held. Cancelled ones stay listed, as "geannuleerd".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from supportdesk.queries.activities import (
    ActivityFilter,
    ActivityRow,
    activities_page,
    activity_years,
)
from supportdesk.services.activities import get_activity, list_activity_kinds
from ui.context import AppContext
from ui.editors.activity import ActivityEditor
from ui.editors.activity_time import number_text
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import choices, label
from ui.pages.editor_host import EditorHostPage
from ui.pages.meeting_words import place_text
from ui.pages.meeting_words import status_text as meeting_status
from ui.style.chips import Tone, tone_of
from ui.widgets.filter_bar import FilterBar
from ui.widgets.paged_model import Column, PagedTableModel

CONTEXT = "ActivitiesPage"


def status_text(row: ActivityRow) -> str:
    """``gehouden``, ``geannuleerd``, ``gepland``, or ``⚠ te bevestigen``."""
    return meeting_status(row, "activity_status")


def lead_text(row: ActivityRow) -> str:
    lead = label("lead", row.lead)
    role = label("team_role", row.team_role)
    return f"{lead} · {role}"


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Datum"), "date", lambda r: format_date(r.date)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Soort"), "kind", lambda r: r.kind),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Status"), "status", status_text),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Onderwerp"), "topic", lambda r: r.topic),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Plaats"), None, place_text),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Trekker · rol"), None, lead_text),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Deelnemers"),
        "participants",
        lambda r: "" if r.participants is None else str(r.participants),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Deelnemersuren"),
        "participant_hours",
        lambda r: number_text(r.participant_hours),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Besturen"),
        None,
        lambda r: str(r.governments),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Feedback"),
        None,
        lambda r: number_text(r.feedback_score),
        numeric=True,
    ),
]


class ActivitiesPage(EditorHostPage[ActivityFilter, ActivityEditor]):
    key = "activity"
    editor_class = ActivityEditor
    read_view = staticmethod(get_activity)
    page_query = staticmethod(activities_page)
    watches = ("activity", "follow_up_action", "team_member", "theme", "activity_kind", "settings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today_override: date | None = None
        self.filters = FilterBar(
            self.tr("Fi&lter:"), self.tr("in onderwerp, plaats, partner, feedback of notities")
        )
        self.filters.add_choice("year", self.tr("&Jaar:"), [], self.tr("alle jaren"))
        self.filters.add_choice("kind", self.tr("&Soort:"), [], self.tr("alle soorten"))
        self.filters.add_choice(
            "status",
            self.tr("Stat&us:"),
            # the statuses in the core's words, then those whose date passed unconfirmed
            [*choices("activity_status"), (self.tr("te bevestigen"), "attention")],
            self.tr("altijd"),
        )
        self.filters.changed.connect(self.apply_filter)
        self.filters.search.returnPressed.connect(self._search_enter)

        self._records_table(
            PagedTableModel(COLUMNS, context=CONTEXT, default_sort=("date", True)),
            "activities",
            (90, 220, 135, 280, 160, 160, 90, 110, 80, 80),
            self.tr("Activiteiten"),
        )
        self._status_chips(
            lambda r: Tone.WARN if r.needs_attention else tone_of("activity_status", r.status)
        )
        self._lay_out(self.filters, self.tr("Nieuwe &activiteit"), self.tr("&Openen"))
        self._fill_choices()

    def title(self) -> str:
        return self.tr("Activiteiten")

    def today(self) -> date:
        return self.today_override or date.today()

    def _fill_choices(self) -> None:
        db = self.ctx.db
        self.filters.blockSignals(True)
        self.filters.set_choices("year", [(str(y), y) for y in activity_years(db)])
        self.filters.set_choices("kind", [(k.name, k.id) for k in list_activity_kinds(db)])
        self.filters.blockSignals(False)

    def current_filter(self) -> ActivityFilter:
        return ActivityFilter(
            year=self.filters.value("year"),
            kind_id=self.filters.value("kind"),
            status=self.filters.value("status"),
            text=self.filters.text(),
            today=self.today(),
        )

    def _empty_text(self, f: ActivityFilter) -> str:
        return (
            self.tr("Geen activiteiten die aan de filters voldoen.")
            if f != ActivityFilter(today=f.today)
            else self.tr(
                "Nog geen activiteiten. Kies “Nieuwe activiteit” om een bijeenkomst, "
                "infosessie of opleiding te noteren."
            )
        )

    # -- editors (the rest is in EditorHostPage) ------------------------------------
    def _record_title(self) -> str:
        return self.tr("Activiteit")

    def _focus_new(self, editor: ActivityEditor) -> None:
        editor.kind_box.setFocus()
