"""The members of the digital-inclusion network (OD 1.1 "onderhoudt het ledenbestand"):
contact persons with the date they joined (and left), for one government or all, and
the export of the current members' names and e-mail addresses as CSV for the newsletter
and invitations. A contact person made inactive is no current member any more: the list
and the export leave them out by themselves.

Adding a member asks for the government, the contact person and the date
(``ask_member``, module level so tests answer it); ending a membership asks the date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supportdesk.database import sqlite_path
from supportdesk.errors import DomainError
from supportdesk.safety.output_files import OutputRefused, check_output
from supportdesk.services.contacts import list_contacts
from supportdesk.services.network import (
    MembershipInput,
    MemberView,
    add_member,
    end_membership,
    export_members_csv,
    list_members,
)
from ui.a11y import describe_label
from ui.context import AppContext
from ui.editors.items_panel import ItemsPanel
from ui.formatting import format_date
from ui.widgets import status_steps
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import form_with_ok_cancel
from ui.widgets.government_field import GovernmentField
from ui.widgets.questions import refusal_text, tell_error


def ask_member(parent: QWidget, ctx: AppContext) -> MembershipInput | None:
    """Which contact person joined the network, and when (None: cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("MembersPanel", "Lid van het netwerk"))
    government = GovernmentField(ctx)
    contact = QComboBox()
    ids: list[str] = []

    def fill(government_id: str) -> None:
        contact.clear()
        ids.clear()
        for c in list_contacts(ctx.db, government_id) if government_id else []:
            if c.active:
                contact.addItem(c.full_name + (f" ({c.email})" if c.email else ""))
                ids.append(c.id)

    government.value_changed.connect(fill)
    joined = DateEdit(date.today())
    form = QFormLayout()
    for caption, widget in (
        (QCoreApplication.translate("MembersPanel", "&Lokaal bestuur:"), government),
        (QCoreApplication.translate("MembersPanel", "&Contactpersoon:"), contact),
        (QCoreApplication.translate("MembersPanel", "&Lid sinds:"), joined),
    ):
        text = QLabel(caption)
        text.setBuddy(widget)
        widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
        form.addRow(text, widget)
    form_with_ok_cancel(dialog, form)
    government.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted or contact.currentIndex() < 0:
        return None
    return MembershipInput(contact_person_id=ids[contact.currentIndex()], joined_on=joined.value())


def ask_csv_path(parent: QWidget) -> str:
    """Where to write the members' CSV ("" : cancelled)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MembersPanel", "Leden exporteren"),
        str(Path.home() / "leden-netwerk-digitale-inclusie.csv"),
        QCoreApplication.translate("MembersPanel", "CSV-bestanden (*.csv)"),
    )
    return path


def current_memberships(ctx: AppContext, government_id: str) -> dict[str, MemberView]:
    """Contact person id -> current membership, for one government's contact list."""
    members = list_members(ctx.db, local_government_id=government_id or None)
    return {m.contact_person.id: m for m in members if m.current}


def toggle_membership(
    parent: QWidget, ctx: AppContext, government_id: str, contact_id: str, name: str
) -> bool:
    """A contact person of ``government_id`` joins the network, or leaves it (asking the
    date either way); a refusal is told. True when something was saved."""
    member = current_memberships(ctx, government_id).get(contact_id)
    title = QCoreApplication.translate("MembersPanel", "Netwerk digitale inclusie")
    if member is None:
        question = QCoreApplication.translate(
            "MembersPanel", "Sinds welke datum is %1 lid van het netwerk?"
        )
    else:
        question = QCoreApplication.translate(
            "MembersPanel", "Op welke datum verliet %1 het netwerk?"
        )
    when = status_steps.ask_step_date(parent, title, question.replace("%1", name), date.today())
    if when is None:
        return False
    try:
        if member is None:
            add_member(ctx.db, MembershipInput(contact_person_id=contact_id, joined_on=when))
        else:
            end_membership(ctx.db, member.id, when, member.version)
    except DomainError as exc:
        tell_error(parent, title, refusal_text(exc))
        return False
    ctx.notify_changed("network_member")
    return True


class MembersPanel(ItemsPanel):
    """The network's members; ``refresh()`` reloads."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Leden van het netwerk"),
            [
                self.tr("Naam"),
                self.tr("Lokaal bestuur"),
                self.tr("E-mail"),
                self.tr("Lid sinds"),
                self.tr("Tot"),
            ],
            self.tr("Nog geen leden. Kies “Lid toevoegen…” om iemand in het netwerk op te nemen."),
            parent,
        )
        self.ctx = ctx
        self.local_government_id = ""
        self._members: dict[str, MemberView] = {}
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 180)
        self.tree.setColumnWidth(2, 240)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        describe_label(self.summary, self.tr("Leden van het netwerk"))
        self.former = QCheckBox(self.tr("Ook &vroegere leden"))
        self.former.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.former)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, top)
        self.new_button = self.add_button(self.tr("&Lid toevoegen…"), self.add_member)
        self.end_button = self.add_button(
            self.tr("Uit het &netwerk…"), self.end_current, needs_row=True
        )
        self.export_button = self.add_button(self.tr("&Exporteren als CSV…"), self.export_csv)
        self.tree.remove.connect(self.end_current)

    def show_government(self, local_government_id: str) -> None:
        """Only the members of one government ("" : all)."""
        self.local_government_id = local_government_id
        self.refresh()

    def refresh(self) -> None:
        keep = self.current_id()
        members = list_members(
            self.ctx.db,
            local_government_id=self.local_government_id or None,
            current_only=not self.former.isChecked(),
        )
        self._members = {m.id: m for m in members}
        self.clear_rows()
        for m in members:
            self.add_row(
                m.id,
                [
                    m.contact_person.name,
                    m.local_government.name,
                    m.email,
                    format_date(m.joined_on),
                    format_date(m.left_on) if m.left_on else ("" if m.current else "—"),
                ],
                emphasis=False,
            )
        self.finish_rows(keep)
        current = [m for m in members if m.current]
        governments = {m.local_government.id for m in current}
        self.summary.setText(
            self.tr("%1 huidige leden bij %2 besturen")
            .replace("%1", str(len(current)))
            .replace("%2", str(len(governments)))
        )

    def add_member(self) -> bool:
        data = ask_member(self, self.ctx)
        if data is None:
            return False
        ok = self.run(self.tr("Lid toevoegen"), lambda: add_member(self.ctx.db, data))
        if ok:
            self.ctx.notify_changed("network_member")
        return ok

    def end_current(self) -> bool:
        m = self._members.get(self.current_id())
        if m is None or m.left_on is not None:
            return False
        when = status_steps.ask_step_date(
            self,
            self.tr("Uit het netwerk"),
            self.tr("Op welke datum verliet %1 het netwerk?").replace("%1", m.contact_person.name),
            date.today(),
        )
        if when is None:
            return False
        ok = self.run(
            self.tr("Uit het netwerk"), lambda: end_membership(self.ctx.db, m.id, when, m.version)
        )
        if ok:
            self.ctx.notify_changed("network_member")
        return ok

    def export_csv(self) -> int | None:
        """The current members' names and e-mail addresses, for the newsletter. The
        database, its side files and backups are never written (``check_output``)."""
        title = self.tr("Leden exporteren")
        path = ask_csv_path(self)
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:  # the save dialog asked before replacing a file
            target = check_output(path, database=sqlite_path(self.ctx.db.url), force=True)
            count = export_members_csv(self.ctx.db, target)
        except OutputRefused as exc:
            tell_error(self, title, exc.message)
            return None
        except DomainError as exc:
            tell_error(self, title, exc.message)
            return None
        self.summary.setText(
            self.tr("%1 leden geëxporteerd naar %2").replace("%1", str(count)).replace("%2", path)
        )
        return count
