"""The editor of one piece of communication (OD 1.3): a good practice, an article, a
newsletter or a website update, each with its date, title and link, and what only its
kind has: a good practice names the local government it is about; an article its medium
(the magazine Lokaal) and, if it is about one, the good practice; a newsletter its
items. Fields another kind does not use are hidden, never cleared behind your back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from supportdesk.services.publications import (
    PublicationFilter,
    PublicationInput,
    PublicationView,
    create_publication,
    get_publication,
    publications_page,
    update_publication,
)
from ui.context import AppContext
from ui.formatting import format_date
from ui.labels import choices, label
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import text_box
from ui.widgets.editor import EditorDialog
from ui.widgets.government_field import GovernmentField

#: the fields only some kinds have, by kind
OWN_FIELDS: dict[str, tuple[str, ...]] = {
    "good_practice": ("local_government_id",),
    "article": ("medium", "good_practice_id"),
    "newsletter": ("items",),
    "website_update": (),
}


class PublicationEditor(EditorDialog):
    """``PublicationEditor(ctx, kind="good_practice")`` for a new one; ``.edit(view)``."""

    kind = "publication"
    update_record = staticmethod(update_publication)

    def __init__(
        self, ctx: AppContext, publication_kind: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Nieuwe publicatie"))
        self.view: PublicationView | None = None
        self.kind_box = QComboBox()
        self._kinds = [code for _t, code in choices("publication_kind")]
        for text, _code in choices("publication_kind"):
            self.kind_box.addItem(text)
        if publication_kind in self._kinds:
            self.kind_box.setCurrentIndex(self._kinds.index(publication_kind))
        self.title_edit = QLineEdit()
        self.published_on = DateEdit()
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("https://www.vvsg.be/…"))
        self.government = GovernmentField(ctx)
        self.medium = QLineEdit()
        self.medium.setPlaceholderText(self.tr("bv. Lokaal"))
        self.good_practice = QComboBox()
        self._practices: list[str] = [""]
        self.good_practice.addItem(self.tr("geen"))
        practices, _total = publications_page(ctx.db, PublicationFilter(kind="good_practice"))
        for gp in practices:
            self.good_practice.addItem(f"{gp.title} ({format_date(gp.published_on)})")
            self._practices.append(gp.id)
        self.items = text_box(minimum=90)
        self.items.setPlaceholderText(self.tr("de onderwerpen van de nieuwsbrief, één per regel"))
        self.notes = text_box(minimum=70)
        self.add_field("kind", self.tr("&Soort:"), self.kind_box)
        self.add_field("title", self.tr("&Titel:"), self.title_edit)
        self.add_field("published_on", self.tr("Gepubliceer&d op:"), self.published_on)
        self.add_field("link", self.tr("&Link:"), self.link)
        self.add_field("local_government_id", self.tr("&Over lokaal bestuur:"), self.government)
        self.add_field("medium", self.tr("&Medium:"), self.medium)
        self.add_field("good_practice_id", self.tr("Over goede &praktijk:"), self.good_practice)
        self.add_field("items", self.tr("&Items:"), self.items)
        self.add_field("notes", self.tr("&Notities:"), self.notes)
        self.kind_box.currentIndexChanged.connect(self._show_kind)
        self.title_edit.textChanged.connect(self.update_save_state)
        self._show_kind()
        self.resize(620, 520)
        self.title_edit.setFocus()
        self.update_save_state()

    def current_kind(self) -> str:
        return self._kinds[self.kind_box.currentIndex()]

    def _show_kind(self) -> None:
        own = OWN_FIELDS.get(self.current_kind(), ())
        for name in {n for names in OWN_FIELDS.values() for n in names}:
            field = self.fields[name]
            shown = name in own
            field.label.setVisible(shown)
            parent = field.widget.parentWidget()
            (parent or field.widget).setVisible(shown)
        if self.current_kind() == "article" and not self.medium.text() and not self._loading:
            self.medium.setText("Lokaal")

    # -- record --------------------------------------------------------------------
    def load(self, view: PublicationView) -> None:
        self.view = view
        self.setWindowTitle(
            self.tr("%1: %2")
            .replace("%1", label("publication_kind", view.kind))
            .replace("%2", view.title)
        )
        if view.kind in self._kinds:
            self.kind_box.setCurrentIndex(self._kinds.index(view.kind))
        self.title_edit.setText(view.title)
        self.published_on.set_value(view.published_on)
        self.link.setText(view.link)
        if view.local_government is not None:
            self.government.set_value(view.local_government.id, view.local_government.name)
        else:
            self.government.clear_value()
        self.medium.setText(view.medium)
        chosen = view.good_practice.id if view.good_practice else ""
        if chosen and chosen not in self._practices:
            self.good_practice.addItem(view.good_practice.name if view.good_practice else "")
            self._practices.append(chosen)
        self.good_practice.setCurrentIndex(self._practices.index(chosen))
        self.items.setPlainText(view.items)
        self.notes.setPlainText(view.notes)
        self._show_kind()

    def fetch_current(self) -> PublicationView:
        assert self.record_id
        return get_publication(self.ctx.db, self.record_id)

    def local_errors(self) -> dict[str, str]:
        if not self.title_edit.text().strip():
            return {"title": self.tr("De titel is verplicht.")}
        return {}

    def collect(self) -> PublicationInput:
        own = OWN_FIELDS.get(self.current_kind(), ())
        practice = self._practices[self.good_practice.currentIndex()]
        return PublicationInput(
            kind=self.current_kind(),
            title=self.title_edit.text(),
            published_on=self.published_on.value(),
            link=self.link.text(),
            local_government_id=(self.government.value() or None)
            if "local_government_id" in own
            else None,
            medium=self.medium.text() if "medium" in own else "",
            good_practice_id=(practice or None) if "good_practice_id" in own else None,
            items=self.items.toPlainText() if "items" in own else "",
            notes=self.notes.toPlainText(),
        )

    def create_record(self, data: PublicationInput) -> PublicationView:
        return create_publication(self.ctx.db, data)
