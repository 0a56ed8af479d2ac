"""A government's contact persons: active ones, and apart from them the inactive ones;
add, edit, make inactive or active again.

With ``fill_when_shown`` the lists are filled when the panel is shown: on a government's
page the panel is a tab that is not open at first, and the busiest government has
hundreds of contacts (filling them took a third of the page's time). Until then only
their number is read."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import DomainError
from supportdesk.queries.contact_count import count_contacts
from supportdesk.services.contacts import (
    ContactView,
    get_contact,
    list_contacts,
    set_contact_active,
)
from ui.context import AppContext
from ui.editors.contact_person import ContactPersonEditor
from ui.formatting import format_date
from ui.pages.communication_members import current_memberships, toggle_membership
from ui.widgets.questions import tell_error

_ID = Qt.ItemDataRole.UserRole + 1


def contact_line(c: ContactView) -> str:
    """ "Łukasz Özdemir — schepen · l@x.be · 09 123 45 67"."""
    parts = [c.full_name]
    extra = " · ".join(p for p in (c.role, c.email, c.phone) if p)
    return f"{parts[0]} — {extra}" if extra else parts[0]


class ContactsPanel(QGroupBox):
    #: how many contact persons the government has (active and not): after every
    #: reload, and when a government is chosen while the panel is hidden
    counted = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contactpersonen"), parent)
        self.ctx = ctx
        self.government_id = ""
        self.government_name = ""
        self.editor: ContactPersonEditor | None = None
        #: fill the lists only once the panel is shown (a tab not open at first)
        self.fill_when_shown = False
        self._stale = False  # the lists show another government (filled when shown)

        self.active = QListWidget()
        self.active.setAccessibleName(self.tr("Actieve contactpersonen"))
        self.inactive = QListWidget()
        self.inactive.setAccessibleName(self.tr("Niet meer actieve contactpersonen"))
        for widget in (self.active, self.inactive):
            # Long lines are elided (whole in the tooltip), no sideways scroll bar.
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.active.itemActivated.connect(lambda _item: self.edit_current())
        self.inactive.itemActivated.connect(lambda _item: self.edit_current(inactive=True))
        self.active.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.inactive.currentRowChanged.connect(lambda _r: self._update_buttons())
        active_label = QLabel(self.tr("Actief:"))
        active_label.setBuddy(self.active)
        self.inactive_label = QLabel(self.tr("Niet meer actief:"))
        self.inactive_label.setBuddy(self.inactive)
        self.none_label = QLabel(self.tr("Nog geen contactpersonen."))

        self.add_button = QPushButton(self.tr("Contactpersoon toe&voegen…"))
        self.edit_button = QPushButton(self.tr("B&ewerken…"))
        self.deactivate_button = QPushButton(self.tr("Inactie&f maken"))
        self.activate_button = QPushButton(self.tr("Weer actief ma&ken"))
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.deactivate_button.clicked.connect(lambda: self._set_active(False))
        self.activate_button.clicked.connect(lambda: self._set_active(True))
        self.merge_button = QPushButton(self.tr("Sa&menvoegen…"))  # one person entered twice
        self.merge_button.clicked.connect(self.merge_current)
        self.import_button = QPushButton(self.tr("Importere&n…"))  # from a spreadsheet
        self.import_button.clicked.connect(self.import_contacts)
        # the digital-inclusion network's members (issue 14): join or leave, with a date
        self.network_button = QPushButton(self.tr("Netwerk…"))
        self.network_button.setToolTip(self.tr("Lid worden van het netwerk, of het verlaten"))
        self.network_button.clicked.connect(self.toggle_network)

        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0, 1, 2)
        buttons.addWidget(self.edit_button, 1, 0)
        buttons.addWidget(self.deactivate_button, 1, 1)
        buttons.addWidget(self.merge_button, 2, 0)
        buttons.addWidget(self.import_button, 2, 1)
        buttons.addWidget(self.network_button, 3, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(active_label)
        layout.addWidget(self.none_label)
        layout.addWidget(self.active, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.inactive_label)
        layout.addWidget(self.inactive, 1)
        layout.addWidget(self.activate_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_contacts(self, government_id: str, government_name: str) -> None:
        self.government_id, self.government_name = government_id, government_name
        if self.isVisible() or not self.fill_when_shown:
            self.reload()
            return
        self._stale = True
        self.counted.emit(count_contacts(self.ctx.db, government_id) if government_id else 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        contacts = list_contacts(self.ctx.db, self.government_id) if self.government_id else []
        members = current_memberships(self.ctx, self.government_id) if contacts else {}
        for widget, wanted in ((self.active, True), (self.inactive, False)):
            widget.clear()
            for c in contacts:
                if c.active != wanted:
                    continue
                text = contact_line(c)
                if not c.active and c.inactive_since:
                    text += " " + self.tr("(inactief sinds %1)").replace(
                        "%1", format_date(c.inactive_since)
                    )
                if c.id in members:
                    text += " · " + self.tr("lid van het netwerk sinds %1").replace(
                        "%1", format_date(members[c.id].joined_on)
                    )
                item = QListWidgetItem(text)
                item.setToolTip(text)
                item.setData(_ID, c.id)
                widget.addItem(item)
        has_inactive = self.inactive.count() > 0
        self.inactive.setVisible(has_inactive)
        self.inactive_label.setVisible(has_inactive)
        self.activate_button.setVisible(has_inactive)
        self.none_label.setVisible(not contacts)
        self._update_buttons()
        self.counted.emit(self.active.count() + self.inactive.count())

    def _current(self, inactive: bool = False) -> str:
        widget = self.inactive if inactive else self.active
        item = widget.currentItem()
        return str(item.data(_ID)) if item is not None else ""

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(bool(self._current() or self._current(inactive=True)))
        self.deactivate_button.setEnabled(bool(self._current()))
        self.network_button.setEnabled(bool(self._current()))
        self.activate_button.setEnabled(bool(self._current(inactive=True)))
        self.merge_button.setEnabled(
            bool(self._current() or self._current(inactive=True))
            and self.active.count() + self.inactive.count() > 1
        )

    def import_contacts(self) -> QWidget:
        """Contactpersonen importeren (ui/dialogs); the list reloads after an import."""
        from ui.dialogs.contacts_import import ContactsImportDialog

        dialog = ContactsImportDialog(self.ctx, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def merge_current(self) -> QWidget | None:
        """Merge the chosen person with another of this government (ui/dialogs)."""
        from ui.dialogs.merge_contacts import MergeContactsDialog

        keep = self._current() or self._current(inactive=True)
        if not keep:
            return None
        dialog = MergeContactsDialog(
            self.ctx, keep, list_contacts(self.ctx.db, self.government_id), self
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def add_contact(self) -> ContactPersonEditor:
        editor = ContactPersonEditor(self.ctx, self.government_id, self.government_name, self)
        editor.saved.connect(lambda _view: self.reload())
        self.editor = editor
        editor.present()
        return editor

    def edit_current(self, inactive: bool = False) -> ContactPersonEditor | None:
        public_id = self._current(inactive) or self._current(not inactive)
        if not public_id:
            return None
        try:
            view = get_contact(self.ctx.db, public_id)
        except DomainError as exc:
            tell_error(self, self.tr("Contactpersoon"), exc.message)
            return None
        editor = ContactPersonEditor(self.ctx, self.government_id, self.government_name, self)
        editor.edit(view)
        editor.saved.connect(lambda _view: self.reload())
        self.editor = editor
        editor.present()
        return editor

    def toggle_network(self) -> bool:
        """The chosen active contact person joins or leaves the network."""
        public_id = self._current()
        if not public_id:
            return False
        try:
            name = get_contact(self.ctx.db, public_id).full_name
        except DomainError as exc:
            tell_error(self, self.tr("Contactpersoon"), exc.message)
            return False
        if toggle_membership(self, self.ctx, self.government_id, public_id, name):
            self.reload()
            return True
        return False

    def _set_active(self, active: bool) -> None:
        public_id = self._current(inactive=active)
        if not public_id:
            return
        try:
            view = get_contact(self.ctx.db, public_id)
            set_contact_active(self.ctx.db, public_id, active, expected_version=view.version)
        except DomainError as exc:
            tell_error(self, self.tr("Contactpersoon"), exc.message)
        self.reload()
        self.ctx.notify_changed("contact_person")
