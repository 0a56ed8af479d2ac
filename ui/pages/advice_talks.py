"""The Adviesgesprekken page: every advice talk, filtered and sorted in SQL, a page of
rows at a time; Enter or a double-click opens the editor, Ctrl+N logs a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from supportdesk.queries.advice_talks import (
    AdviceTalkFilter,
    advice_talk_years,
    advice_talks_page,
    count_advice_talks,
)
from supportdesk.services.advice import get_advice_talk
from supportdesk.services.local_governments import list_local_governments_brief
from supportdesk.services.team import list_team_members, list_themes
from ui.context import AppContext
from ui.editors.advice_talk import AdviceTalkEditor
from ui.formatting import format_date, format_minutes
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import choices, label
from ui.pages.editor_host import EditorHostPage
from ui.widgets.filter_bar import FilterBar
from ui.widgets.paged_model import Column, PagedTableModel

CONTEXT = "AdviceTalksPage"
#: counting stops here ("meer dan 500 resultaten"): an exact count of a broad filter
#: at 100,000 talks would cost more than the page itself
COUNT_CAP = 500
(
    COL_DATE,
    COL_GOVERNMENT,
    COL_CHANNEL,
    COL_DURATION,
    COL_QUESTION,
    COL_THEMES,
    COL_MEMBERS,
    COL_OPEN,
    COL_FLAGS,
) = range(9)

_FLAG_CODES = ("info_session_idea", "policy_dossier_input", "signal", "experienced_government")


def _flags(row: object) -> str:
    return ", ".join(label("flag", code) for code in _FLAG_CODES if getattr(row, code))


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AdviceTalksPage", "Datum"), "date", lambda r: format_date(r.date)),
    Column(
        QT_TRANSLATE_NOOP("AdviceTalksPage", "Lokaal bestuur"),
        "local_government",
        lambda r: r.local_government,
    ),
    Column(
        QT_TRANSLATE_NOOP("AdviceTalksPage", "Kanaal"),
        "channel",
        lambda r: label("channel", r.channel),
    ),
    Column(
        QT_TRANSLATE_NOOP("AdviceTalksPage", "Duur"),
        "duration",
        lambda r: format_minutes(r.duration_minutes),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("AdviceTalksPage", "Vraag"),
        "question",
        lambda r: _first_line(r.question),
        tooltip=lambda r: r.question,
    ),
    Column(QT_TRANSLATE_NOOP("AdviceTalksPage", "Thema's"), None, lambda r: ", ".join(r.themes)),
    Column(
        QT_TRANSLATE_NOOP("AdviceTalksPage", "Medewerkers"),
        None,
        lambda r: ", ".join(r.team_members),
    ),
    Column(
        QT_TRANSLATE_NOOP("AdviceTalksPage", "Open acties"),
        "open_actions",
        lambda r: str(r.open_actions) if r.open_actions else "",
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("AdviceTalksPage", "Vlaggen"), None, _flags),
]


class AdviceTalksPage(EditorHostPage[AdviceTalkFilter, AdviceTalkEditor]):
    key = "advice_talk"
    editor_class = AdviceTalkEditor
    read_view = staticmethod(get_advice_talk)
    page_query = staticmethod(advice_talks_page)
    watches = ("advice_talk", "follow_up_action", "team_member", "theme", "local_government")
    count_cap = COUNT_CAP

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filters = FilterBar(
            self.tr("Fi&lter:"), self.tr("in vraag, advies, notities of bestuur")
        )
        self.filters.add_choice("year", self.tr("&Jaar:"), [], self.tr("alle jaren"))
        self.filters.add_choice("government", self.tr("B&estuur:"), [], self.tr("alle besturen"))
        self.filters.add_choice("theme", self.tr("&Thema:"), [], self.tr("alle thema's"))
        self.filters.add_choice("member", self.tr("&Medewerker:"), [], self.tr("iedereen"))
        self.filters.add_choice(
            "channel", self.tr("&Kanaal:"), [(t, c) for t, c in choices("channel")], self.tr("alle")
        )
        self.filters.add_choice(
            "flag", self.tr("&Vlag:"), [(t, c) for t, c in choices("flag")], self.tr("alle")
        )
        self.filters.changed.connect(self.apply_filter)
        self.filters.search.returnPressed.connect(self._search_enter)

        self._records_table(
            PagedTableModel(COLUMNS, context=CONTEXT, default_sort=("date", True)),
            "advice_talks",
            (90, 170, 110, 70, 360, 180, 140, 80, 160),
            self.tr("Adviesgesprekken"),
        )
        self._lay_out(self.filters, self.tr("&Nieuw adviesgesprek (Ctrl+N)"), self.tr("&Openen"))

    def title(self) -> str:
        return self.tr("Adviesgesprekken")

    # -- list ------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        db = self.ctx.db
        self.filters.set_choices("year", [(str(y), y) for y in advice_talk_years(db)])
        self.filters.set_choices(
            "government", [(g.name, g.id) for g in list_local_governments_brief(db)]
        )
        self.filters.set_choices("theme", [(t.name, t.id) for t in list_themes(db)])
        self.filters.set_choices("member", [(m.name, m.id) for m in list_team_members(db)])

    def current_filter(self) -> AdviceTalkFilter:
        flag = self.filters.value("flag")
        return AdviceTalkFilter(
            year=self.filters.value("year"),
            local_government_id=self.filters.value("government"),
            theme_id=self.filters.value("theme"),
            team_member_id=self.filters.value("member"),
            channel=self.filters.value("channel"),
            flags=(flag,) if flag else (),
            text=self.filters.text(),
        )

    def _count(self, f: AdviceTalkFilter) -> int:
        return count_advice_talks(self.ctx.db, f, cap=COUNT_CAP)

    def _empty_text(self, f: AdviceTalkFilter) -> str:
        return (
            self.tr(
                "Geen adviesgesprekken die aan de filters voldoen. Filters wissen (Alt+W) "
                "toont ze alle."
            )
            if f != AdviceTalkFilter()
            else self.tr("Nog geen adviesgesprekken. Druk Ctrl+N om er een te noteren.")
        )

    # -- editors (the rest is in EditorHostPage) ------------------------------------
    def _record_title(self) -> str:
        return self.tr("Adviesgesprek")

    def _focus_new(self, editor: AdviceTalkEditor) -> None:
        editor.government.setFocus()

    def _focus_opened(self, editor: AdviceTalkEditor) -> None:
        editor.question.setFocus()
