"""The Lokale besturen page: the list (filters and sort in SQL) beside one government's
detail. The list's open follow-up actions and last contact come from the same query."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from supportdesk.queries.local_governments import (
    LocalGovernmentFilter,
    count_local_governments,
    local_governments_page,
    provinces,
)
from ui.context import AppContext
from ui.editors.advice_talk import AdviceTalkEditor
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import choices, label
from ui.pages.list_page import ListPage
from ui.pages.local_government_detail import LocalGovernmentDetail
from ui.widgets.dialog_parts import scroll_area
from ui.widgets.editor import confirm_close_editors
from ui.widgets.filter_bar import FilterBar
from ui.widgets.paged_model import Column, PagedTableModel
from ui.widgets.record_table import RecordTable

CONTEXT = "LocalGovernmentsPage"

COL_NAME, COL_NIS, COL_PROVINCE, COL_KIND, COL_POSITION, COL_OPEN, COL_LAST = range(7)

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("LocalGovernmentsPage", "Naam"), "name", lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP("LocalGovernmentsPage", "NIS-code"),
        "nis_code",
        lambda r: r.nis_code or "",
    ),
    Column(
        QT_TRANSLATE_NOOP("LocalGovernmentsPage", "Provincie"),
        "province",
        lambda r: r.province or "",
    ),
    Column(
        QT_TRANSLATE_NOOP("LocalGovernmentsPage", "Soort"),
        "kind",
        lambda r: label("lg_kind", r.kind),
    ),
    Column(
        QT_TRANSLATE_NOOP("LocalGovernmentsPage", "Startpositie"),
        "starting_position",
        lambda r: label("starting_position", r.starting_position),
    ),
    Column(
        QT_TRANSLATE_NOOP("LocalGovernmentsPage", "Open acties"),
        "open_actions",
        lambda r: str(r.open_actions) if r.open_actions else "",
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("LocalGovernmentsPage", "Laatste contact"),
        "last_contact",
        lambda r: format_date(r.last_contact),
    ),
]


class LocalGovernmentsPage(ListPage[LocalGovernmentFilter]):
    key = "local_government"
    page_query = staticmethod(local_governments_page)
    watches = (
        "local_government",
        "contact_person",
        "advice_talk",
        "trajectory",
        "focus_group",
        "follow_up_action",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filters = FilterBar(
            self.tr("Fi&lter:"), self.tr("naam, NIS-code of voormalige gemeente"), per_row=2
        )
        self.filters.add_choice(
            "province",
            self.tr("&Provincie:"),
            [(p, p) for p in provinces(ctx.db)],
            self.tr("alle provincies"),
        )
        self.filters.add_choice(
            "kind",
            self.tr("S&oort:"),
            [(t, c) for t, c in choices("lg_kind")],
            self.tr("alle soorten"),
        )
        self.filters.add_choice(
            "starting_position",
            self.tr("S&tartpositie:"),
            [*((t, c) for t, c in choices("starting_position")), (self.tr("onbekend"), "")],
            self.tr("alle"),
        )
        self.filters.changed.connect(self.apply_filter)
        self.filters.search.returnPressed.connect(self._search_enter)

        # All 285 rows are rows of the table (a screen reader hears the real count).
        self.model = PagedTableModel(
            COLUMNS, context=CONTEXT, default_sort=("name", False), whole_result=True
        )
        self.table = RecordTable(
            ctx,
            self.model,
            state_key="local_governments",
            widths=(170, 70, 120, 100, 125, 95, 110),
        )
        self.table.setAccessibleName(self.tr("Lokale besturen"))
        self.table.current_changed.connect(self._show_current)
        self.table.open_requested.connect(self._focus_detail)
        self.detail = LocalGovernmentDetail(ctx)
        self.detail.new_talk_requested.connect(self.new_talk)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        # On a small screen (1024×640) the detail scrolls rather than cutting off its
        # buttons and facts, or pushing the window wider than the screen.
        self.detail_scroll = scroll_area(self.detail, tab_past=True)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        state = ctx.settings().value("local_governments/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([640, 560])
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.filters.search, self.filters.reset_button)

    def title(self) -> str:
        return self.tr("Lokale besturen")

    # -- list ------------------------------------------------------------------------
    def current_filter(self) -> LocalGovernmentFilter:
        return LocalGovernmentFilter(
            text=self.filters.text(),
            province=self.filters.value("province"),
            kind=self.filters.value("kind"),
            starting_position=self.filters.value("starting_position"),
        )

    def _count(self, f: LocalGovernmentFilter) -> int:
        return count_local_governments(self.ctx.db, f)

    def _keep_id(self) -> str:
        return self.table.current_id() or self.detail.current_id()

    def _fill_choices(self) -> None:
        self.filters.set_choices("province", [(p, p) for p in provinces(self.ctx.db)])

    def refresh(self) -> None:
        super().refresh()
        self.detail.reload()

    def _show_current(self, public_id: str) -> None:
        if public_id and public_id != self.detail.current_id():
            self.detail.show_government(public_id)

    def _focus_detail(self, public_id: str) -> None:
        self.detail.show_government(public_id)
        self.detail.position.setFocus()

    # -- records ---------------------------------------------------------------------
    def open_record(self, public_id: str) -> None:
        if not self.table.select_id(public_id):
            self.table.clearSelection()
        self.detail.show_government(public_id)

    def new_talk(self, government_id: str, name: str) -> AdviceTalkEditor:
        """A new advice talk with the government on screen already filled in."""
        editor = AdviceTalkEditor(self.ctx, self)
        with editor.loading():
            editor.government.set_value(government_id, name)
        editor.present()
        if editor.contacts.isVisible():
            editor.contacts.setFocus()
        else:
            editor.question.setFocus()
        return editor

    def confirm_close(self) -> bool:
        """Asked by the main window before it closes: open contact editors ask first."""
        return confirm_close_editors(self)

    def _save_splitter(self, *_args: object) -> None:
        self.ctx.settings().setValue("local_governments/splitter", self.splitter.saveState())
