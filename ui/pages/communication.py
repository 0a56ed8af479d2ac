"""The Communicatie page (OD 1.1 and 1.3): what the team published — good practices,
articles, newsletters, website updates — filtered by kind, year and text, newest first,
each opened in its editor; and, on the second tab, the members of the digital-inclusion
network with the export of the current members' names and e-mail addresses (CSV) for the
newsletter and invitations (``communication_members``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from supportdesk.services.publications import (
    PublicationFilter,
    PublicationRow,
    get_publication,
    publication_years,
    publications_page,
)
from ui.context import AppContext
from ui.editors.publication import PublicationEditor
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import choices, label
from ui.pages.communication_members import MembersPanel
from ui.pages.editor_host import EditorHostPage
from ui.widgets.filter_bar import FilterBar
from ui.widgets.paged_model import Column, PagedTableModel

CONTEXT = "CommunicationPage"


def about_text(row: PublicationRow) -> str:
    """The government a good practice is about, or an article's medium."""
    return row.local_government or row.medium


COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("CommunicationPage", "Gepubliceerd"),
        None,
        lambda r: format_date(r.published_on),
    ),
    Column(
        QT_TRANSLATE_NOOP("CommunicationPage", "Soort"),
        None,
        lambda r: label("publication_kind", r.kind),
    ),
    Column(QT_TRANSLATE_NOOP("CommunicationPage", "Titel"), None, lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("CommunicationPage", "Over / medium"), None, about_text),
    Column(QT_TRANSLATE_NOOP("CommunicationPage", "Link"), None, lambda r: r.link),
]


class CommunicationPage(EditorHostPage[PublicationFilter, PublicationEditor]):
    key = "publication"
    read_view = staticmethod(get_publication)
    page_query = staticmethod(publications_page)
    watches = ("publication", "contact_person", "local_government", "network_member")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filters = FilterBar(
            self.tr("Fi&lter:"), self.tr("in titel, medium, items of notities")
        )
        self.filters.add_choice(
            "kind", self.tr("&Soort:"), choices("publication_kind"), self.tr("alle soorten")
        )
        self.filters.add_choice("year", self.tr("&Jaar:"), [], self.tr("alle jaren"))
        self.filters.changed.connect(self.apply_filter)
        self.filters.search.returnPressed.connect(self._search_enter)
        self._records_table(
            PagedTableModel(COLUMNS, context=CONTEXT),
            "publications",
            (100, 130, 380, 200, 280),
            self.tr("Publicaties"),
        )
        publications = QWidget()
        self._lay_out(
            self.filters, self.tr("Nieuwe &publicatie"), self.tr("&Openen"), into=publications
        )
        self.members = MembersPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(publications, self.tr("Publicaties"))
        self.tabs.addTab(self.members, self.tr("Leden van het netwerk"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._fill_choices()

    def title(self) -> str:
        return self.tr("Communicatie")

    def refresh(self) -> None:
        super().refresh()
        if self.tabs.currentWidget() is self.members:
            self.members.refresh()

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.members:
            self.members.refresh()

    def show_members(self) -> MembersPanel:
        self.tabs.setCurrentWidget(self.members)
        return self.members

    def _fill_choices(self) -> None:
        self.filters.blockSignals(True)
        self.filters.set_choices("year", [(str(y), y) for y in publication_years(self.ctx.db)])
        self.filters.blockSignals(False)

    def current_filter(self) -> PublicationFilter:
        return PublicationFilter(
            kind=self.filters.value("kind"),
            year=self.filters.value("year"),
            text=self.filters.text(),
        )

    def _fetch(
        self, f: PublicationFilter, sort: str, descending: bool, offset: int, limit: int
    ) -> tuple[Sequence[object], int | None]:
        return publications_page(self.ctx.db, f, offset=offset, limit=limit)

    def _empty_text(self, f: PublicationFilter) -> str:
        return (
            self.tr("Geen publicaties die aan de filters voldoen.")
            if f != PublicationFilter()
            else self.tr(
                "Nog geen publicaties. Kies “Nieuwe publicatie” voor een goede praktijk, "
                "een artikel, een nieuwsbrief of een update van de website."
            )
        )

    # -- editors -------------------------------------------------------------------------
    def _new_editor(self) -> PublicationEditor:
        kind = self.filters.value("kind") or "good_practice"
        return PublicationEditor(self.ctx, str(kind), self)

    def _record_title(self) -> str:
        return self.tr("Publicatie")

    def _focus_new(self, editor: PublicationEditor) -> None:
        editor.title_edit.setFocus()

    def open_record(self, public_id: str) -> PublicationEditor | None:  # type: ignore[override]
        self.tabs.setCurrentIndex(0)
        return super().open_record(public_id)
