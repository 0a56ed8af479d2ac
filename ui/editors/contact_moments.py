"""A trajectory's contact moments as a timeline, newest first: date, form, who took part
and the notes. Add, edit and remove each save at once (the moment has its own version).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from supportdesk.services.contact_moments import (
    ContactMomentView,
    get_contact_moment,
    remove_contact_moment,
)
from ui.context import AppContext
from ui.editors.contact_moment import ContactMomentEditor
from ui.editors.parts_list import PartsList
from ui.formatting import format_date
from ui.labels import label


class ContactMomentTimeline(PartsList[ContactMomentView, ContactMomentEditor]):
    """``show_moments(trajectory_id, government_id, moments)`` fills it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Contactmomenten"),
            [self.tr("Datum"), self.tr("Vorm"), self.tr("Wie nam deel"), self.tr("Notities")],
            self.tr("Nog geen contactmomenten."),
            self.tr("&Nieuw contactmoment…"),
            parent,
        )
        self.tree.setColumnWidth(0, 95)
        self.tree.setColumnWidth(1, 90)
        self.tree.setColumnWidth(2, 220)

    def show_moments(
        self, trajectory_id: str, government_id: str, moments: Sequence[ContactMomentView]
    ) -> None:
        keep = self.current_id()
        self.show_items(trajectory_id, government_id, moments)
        for m in sorted(moments, key=lambda m: m.date, reverse=True):
            people = [c.name for c in m.contacts] + [t.name for t in m.team_members]
            self.add_row(
                m.id,
                [
                    format_date(m.date),
                    label("contact_form", m.form),
                    ", ".join(people) or "—",
                    m.notes.strip().replace("\n", " ⏎ "),
                ],
                tip=m.notes,
            )
        self.finish(keep)

    add_moment = PartsList.add_new

    def make_editor(self) -> ContactMomentEditor:
        return ContactMomentEditor(self.ctx, self.subject_id, self.government_id, self)

    def first_field(self, editor: ContactMomentEditor) -> QWidget:
        return editor.date

    def fetch(self, public_id: str) -> ContactMomentView:
        return get_contact_moment(self.ctx.db, public_id)

    def remove_question(self, item: ContactMomentView) -> tuple[str, str, str]:
        question = self.tr("Het contactmoment van %1 verwijderen?").replace(
            "%1", format_date(item.date)
        )
        return self.tr("Contactmoment verwijderen"), question, self.tr("Contactmoment")

    def remove_part(self, item: ContactMomentView) -> None:
        remove_contact_moment(self.ctx.db, item.id, item.version)
