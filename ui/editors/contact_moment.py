"""A contact moment of a trajectory: the date, the form (on site, online, phone,
e-mail), who took part (the government's contact persons and team members) and notes.

``ContactMomentEditor(ctx, trajectory_id, government_id)`` adds one; ``.edit(view)``
changes one. Saved through ``supportdesk.services.contact_moments`` on its own: adding
a moment does not touch the trajectory's form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from supportdesk.services.contact_moments import (
    ContactMomentInput,
    ContactMomentView,
    add_contact_moment,
    get_contact_moment,
    update_contact_moment,
)
from supportdesk.services.contacts import list_contacts
from supportdesk.services.team import list_team_members
from ui.context import AppContext
from ui.editors.attachments_panel import AttachmentsPanel
from ui.labels import choices
from ui.widgets.check_list import CheckList
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import text_box
from ui.widgets.editor import EditorDialog


class ContactMomentEditor(EditorDialog):
    kind = "contact_moment"
    update_record = staticmethod(update_contact_moment)

    def __init__(
        self,
        ctx: AppContext,
        trajectory_id: str,
        government_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.trajectory_id = trajectory_id
        self.government_id = government_id
        self.setWindowTitle(self.tr("Nieuw contactmoment"))
        self.date = DateEdit()
        self.form_box = QComboBox()
        self._forms = [code for _text, code in choices("contact_form")]
        for text, _code in choices("contact_form"):
            self.form_box.addItem(text)
        self.contacts = CheckList(rows=4)
        self.members = CheckList(rows=4)
        self.notes = text_box(minimum=120)
        self.add_field("date", self.tr("&Datum:"), self.date)
        self.add_field("form", self.tr("&Vorm:"), self.form_box)
        self.add_field("contact_ids", self.tr("&Contactpersonen:"), self.contacts)
        self.add_field("team_member_ids", self.tr("&Medewerkers:"), self.members)
        self.add_field("notes", self.tr("&Notities:"), self.notes)
        self.attachments = AttachmentsPanel(ctx, "contact_moment")
        self.attachments.follow_saves(self)
        self.add_field("attachments", self.tr("Bijlagen:"), self.attachments)
        me = ctx.current_member_id()
        self._fill([], [me] if me else [])
        self.resize(520, 520)
        self.update_save_state()

    def _fill(self, contact_ids: list[str], member_ids: list[str], extra=()) -> None:  # type: ignore[no-untyped-def]
        db = self.ctx.db
        wanted = set(contact_ids)
        contacts = [
            (c.id, c.full_name + (f" ({c.role})" if c.role else ""))
            for c in list_contacts(db, self.government_id)
            if c.active or c.id in wanted
        ]
        self.contacts.set_items(contacts, contact_ids)
        members = [(m.id, m.name) for m in list_team_members(db)]
        known = {i for i, _n in members}
        members += [(r.id, r.name) for r in extra if r.id not in known]
        self.members.set_items(members, member_ids)

    def edit_title(self, view: ContactMomentView) -> str:
        return self.tr("Contactmoment bewerken")

    def load(self, view: ContactMomentView) -> None:
        self.attachments.set_record(view.id)
        self.date.set_value(view.date)
        if view.form in self._forms:
            self.form_box.setCurrentIndex(self._forms.index(view.form))
        self._fill(
            [c.id for c in view.contacts], [m.id for m in view.team_members], view.team_members
        )
        self.notes.setPlainText(view.notes)

    def collect(self) -> ContactMomentInput:
        return ContactMomentInput(
            date=self.date.value(),
            form=self._forms[self.form_box.currentIndex()],
            contact_ids=tuple(self.contacts.checked_ids()),
            team_member_ids=tuple(self.members.checked_ids()),
            notes=self.notes.toPlainText(),
        )

    def create_record(self, data: ContactMomentInput) -> ContactMomentView:
        return add_contact_moment(self.ctx.db, self.trajectory_id, data)

    def fetch_current(self) -> ContactMomentView:
        assert self.record_id
        return get_contact_moment(self.ctx.db, self.record_id)
