"""The contact person editor: add one to a local government, or edit one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from supportdesk.services.contacts import (
    ContactInput,
    ContactView,
    create_contact,
    get_contact,
    update_contact,
)
from ui.context import AppContext
from ui.widgets.dialog_parts import text_box
from ui.widgets.editor import EditorDialog


class ContactPersonEditor(EditorDialog):
    """``ContactPersonEditor(ctx, local_government_id, name)`` adds a contact;
    ``.edit(view)`` edits one. ``saved`` carries the ContactView."""

    kind = "contact_person"
    update_record = staticmethod(update_contact)

    def __init__(
        self,
        ctx: AppContext,
        local_government_id: str,
        local_government_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.local_government_id = local_government_id
        self.setWindowTitle(self.tr("Nieuwe contactpersoon"))
        self.government = QLabel(local_government_name)
        self.government.setTextFormat(Qt.TextFormat.PlainText)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("bv. ambtenaar digitale inclusie, schepen"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.notes = text_box(fixed=80)
        self.add_field("local_government_id", self.tr("Lokaal bestuur:"), self.government)
        self.add_field("first_name", self.tr("&Voornaam:"), self.first_name)
        self.add_field("last_name", self.tr("&Familienaam:"), self.last_name)
        self.add_field("role", self.tr("&Functie:"), self.role)
        self.add_field("email", self.tr("&E-mail:"), self.email)
        self.add_field("phone", self.tr("&Telefoon:"), self.phone)
        self.add_field("notes", self.tr("&Notities:"), self.notes)
        self.resize(460, 420)
        self.update_save_state()

    def edit_title(self, view: ContactView) -> str:
        return self.tr("Contactpersoon bewerken")

    def load(self, view: ContactView) -> None:
        self.local_government_id = view.local_government_id
        self.government.setText(view.local_government_name)
        self.first_name.setText(view.first_name)
        self.last_name.setText(view.last_name)
        self.role.setText(view.role)
        self.email.setText(view.email)
        self.phone.setText(view.phone)
        self.notes.setPlainText(view.notes)

    def local_errors(self) -> dict[str, str]:
        if not self.last_name.text().strip():
            return {"last_name": self.tr("De familienaam is verplicht.")}
        return {}

    def collect(self) -> ContactInput:
        return ContactInput(
            local_government_id=self.local_government_id,
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            role=self.role.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )

    def create_record(self, data: ContactInput) -> ContactView:
        return create_contact(self.ctx.db, data)

    def fetch_current(self) -> ContactView:
        assert self.record_id
        return get_contact(self.ctx.db, self.record_id)
