"""A trajectory's contact moments as a timeline, newest first: date, form, who took part
and the notes. Add, edit and remove each save at once (the moment has its own version).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from supportdesk.errors import DomainError
from supportdesk.services.contact_moments import (
    ContactMomentView,
    get_contact_moment,
    remove_contact_moment,
)
from ui.context import AppContext
from ui.editors import items_panel
from ui.editors.contact_moment import ContactMomentEditor
from ui.editors.items_panel import ItemsPanel
from ui.formatting import format_date
from ui.labels import label


class ContactMomentTimeline(ItemsPanel):
    """``show_moments(trajectory_id, government_id, moments)`` fills it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Contactmomenten"),
            [self.tr("Datum"), self.tr("Vorm"), self.tr("Wie nam deel"), self.tr("Notities")],
            self.tr("Nog geen contactmomenten."),
            parent,
        )
        self.ctx = ctx
        self.trajectory_id = ""
        self.government_id = ""
        self._moments: dict[str, ContactMomentView] = {}
        self.tree.setColumnWidth(0, 95)
        self.tree.setColumnWidth(1, 90)
        self.tree.setColumnWidth(2, 220)
        self.new_button = self.add_button(self.tr("&Nieuw contactmoment…"), self.add_moment)
        self.add_button(
            self.tr("Be&werken…"), self.edit_current, needs_row=True, tip=self.tr("Enter")
        )
        self.add_button(
            self.tr("Verwij&deren"), self.remove_current, needs_row=True, tip=self.tr("Delete")
        )
        self.tree.activate.connect(self.edit_current)
        self.tree.remove.connect(self.remove_current)
        self.editor: ContactMomentEditor | None = None

    def show_moments(
        self, trajectory_id: str, government_id: str, moments: Sequence[ContactMomentView]
    ) -> None:
        keep = self.current_id()
        self.trajectory_id, self.government_id = trajectory_id, government_id
        self._moments = {m.id: m for m in moments}
        self.clear_rows()
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
        self.finish_rows(keep)
        self.new_button.setEnabled(bool(trajectory_id))

    def _editor(self) -> ContactMomentEditor:
        editor = ContactMomentEditor(self.ctx, self.trajectory_id, self.government_id, self)
        editor.saved.connect(lambda view: self._saved(view.id))
        self.editor = editor
        return editor

    def _saved(self, public_id: str) -> None:
        self.changed.emit()
        self.select(public_id)
        self.tree.setFocus()

    def add_moment(self) -> ContactMomentEditor | None:
        if not self.trajectory_id:
            return None
        editor = self._editor()
        editor.present()
        editor.date.setFocus()
        return editor

    def edit_current(self) -> ContactMomentEditor | None:
        moment = self._moments.get(self.current_id())
        if moment is None:
            return None
        try:
            view = get_contact_moment(self.ctx.db, moment.id)
        except DomainError:
            self.changed.emit()
            return None
        editor = self._editor()
        editor.edit(view)
        editor.present()
        return editor

    def remove_current(self) -> None:
        moment = self._moments.get(self.current_id())
        if moment is None:
            return
        question = self.tr("Het contactmoment van %1 verwijderen?").replace(
            "%1", format_date(moment.date)
        )
        if not items_panel.confirm(self, self.tr("Contactmoment verwijderen"), question):
            return
        self.run(
            self.tr("Contactmoment"),
            lambda: remove_contact_moment(self.ctx.db, moment.id, moment.version),
        )
