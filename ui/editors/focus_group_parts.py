"""The lists inside the focus-group editor, each saved at once through its service:

- ``ParticipantsPanel``: the invited local governments and contact persons and their
  attendance (invited, present, absent, excused), set with a choice box or the keys
  1-4; invite with the government completer and an optional contact person.
- ``FindingsPanel``: for each evaluated tool what the group found.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supportdesk.codes import Attendance
from supportdesk.services._base import Ref
from supportdesk.services.contacts import list_contacts
from supportdesk.services.focus_groups import (
    FocusGroupView,
    Invitation,
    ParticipantView,
    ToolFindingView,
    invite,
    remove_participant,
    remove_tool_finding,
    set_attendance,
    set_tool_finding,
)
from supportdesk.services.team import list_tools
from ui.context import AppContext
from ui.editors.items_panel import ItemsPanel
from ui.labels import choices, label
from ui.widgets import questions
from ui.widgets.dialog_parts import form_with_ok_cancel, text_box
from ui.widgets.government_field import GovernmentField

ATTENDANCE = [code for _text, code in choices("attendance")]


class ParticipantsPanel(ItemsPanel):
    """Who was invited and who came. ``show_view(view)`` fills it.

    With ``keeps_new`` (the focus-group editor) a record not saved yet takes invitations
    too: they are kept here (``pending_invitations``) and saved with the record in one
    save; ``pending_changed`` tells the editor there is something to save."""

    pending_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Deelnemers"),
            [self.tr("Lokaal bestuur"), self.tr("Contactpersoon"), self.tr("Aanwezigheid")],
            self.tr("Nog niemand uitgenodigd."),
            parent,
        )
        self.ctx = ctx
        self.focus_group_id = ""
        self._participants: dict[str, ParticipantView] = {}
        self.keeps_new = False
        self._pending: list[ParticipantView] = []
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 200)
        self.tree.setToolTip(
            self.tr("Toets 1 tot 4: uitgenodigd, aanwezig, afwezig, verontschuldigd")
        )
        # On screen too, not only in a tooltip (a keyboard user never sees that).
        self.keys_hint = QLabel(self.tree.toolTip())
        self.keys_hint.setWordWrap(True)
        self.tree.setAccessibleDescription(self.tree.toolTip())
        panel_layout = self.layout()
        assert isinstance(panel_layout, QVBoxLayout)
        panel_layout.insertWidget(panel_layout.indexOf(self.tree) + 1, self.keys_hint)
        # Inviting: a government (completer), optionally one of its contact persons.
        self.government = GovernmentField(ctx)
        self.government.setAccessibleName(self.tr("Lokaal bestuur om uit te nodigen"))
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Contactpersoon om uit te nodigen"))
        self._contact_ids: list[str | None] = [None]
        self.contact.addItem(self.tr("het bestuur zelf"))
        self.government.value_changed.connect(self._fill_contacts)
        invite_row = QHBoxLayout()
        caption = QLabel(self.tr("&Uitnodigen:"))
        caption.setBuddy(self.government)
        invite_row.addWidget(caption)
        invite_row.addWidget(self.government, 2)
        invite_row.addWidget(self.contact, 1)
        self.invite_button = self.add_button(self.tr("U&itnodigen"), self.invite_chosen)
        invite_row.addWidget(self.invite_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, invite_row)
        # Made among the list's buttons: without this Tab skips it from the contact choice.
        QWidget.setTabOrder(self.contact, self.invite_button)
        self.attendance = QComboBox()
        self.attendance.setAccessibleName(self.tr("Aanwezigheid van de gekozen deelnemer"))
        for text, _code in choices("attendance"):
            self.attendance.addItem(text)
        self.attendance.activated.connect(lambda i: self.set_current_attendance(ATTENDANCE[i]))
        att_caption = QLabel(self.tr("&Aanwezigheid:"))
        att_caption.setBuddy(self.attendance)
        self.buttons.insertWidget(0, att_caption)
        self.buttons.insertWidget(1, self.attendance)
        self._needs_row.append(self.attendance)
        self.add_remove(self.remove_current)
        self.tree.activate.connect(lambda: self.attendance.setFocus())
        self.tree.installEventFilter(self)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_attendance())

    def eventFilter(self, obj: object, event: object) -> bool:
        if (
            (
                obj is self.tree
                and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress
            )
            and event.text() in ("1", "2", "3", "4")
            and self.current_id()
        ):
            self.set_current_attendance(ATTENDANCE[int(event.text()) - 1])
            return True
        return False

    def _fill_contacts(self, government_id: str) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("het bestuur zelf"))
        self._contact_ids = [None]
        if government_id:
            for c in list_contacts(self.ctx.db, government_id):
                if c.active:
                    self.contact.addItem(c.full_name + (f" ({c.role})" if c.role else ""))
                    self._contact_ids.append(c.id)

    def show_view(self, view: FocusGroupView | None) -> None:
        self.show_participants(view.id if view else "", view.participants if view else ())

    def show_participants(self, record_id: str, participants: Sequence[Any]) -> None:
        """The participants of the record ``record_id`` (a focus group here; an activity
        in ``ui.editors.activity_parts``, which overrides the three ``_…_call`` methods)."""
        if record_id:
            self._pending.clear()  # saved with the record: the record's own list now
        elif self.keeps_new:
            participants = self._pending
        keep = self.current_id()
        self.focus_group_id = record_id
        self._participants = {p.id: p for p in participants}
        self.clear_rows()
        for p in participants:
            self.add_row(
                p.id,
                [
                    p.local_government.name,
                    p.contact_person.name if p.contact_person else "—",
                    label("attendance", p.attendance),
                ],
            )
        self.finish_rows(keep)
        can_invite = bool(self.focus_group_id) or self.keeps_new
        self.invite_button.setEnabled(can_invite)
        self.government.setEnabled(can_invite)
        self.contact.setEnabled(can_invite)
        self._show_attendance()

    # -- invitations of a focus group not saved yet ----------------------------------
    def pending_invitations(self) -> tuple[Invitation, ...]:
        return tuple(
            Invitation(
                p.local_government.id,
                p.contact_person.id if p.contact_person else None,
                p.attendance,
            )
            for p in self._pending
        )

    def _change_pending(self, pending: list[ParticipantView], select: str = "") -> None:
        self._pending = pending
        self.show_participants("", ())
        self.select(select)
        self.pending_changed.emit()

    def _invite_pending(self, government_id: str, contact_id: str | None) -> None:
        contact = None
        if contact_id is not None:
            contact = Ref(contact_id, self.contact.currentText())
        new = ParticipantView(
            f"new-{len(self._pending) + 1}",
            0,
            Ref(government_id, self.government.name()),
            contact,
            Attendance.INVITED,
        )
        same = [
            p
            for p in self._pending
            if (p.local_government.id, p.contact_person) == (government_id, contact)
        ]
        self._change_pending(self._pending if same else [*self._pending, new], new.id)

    def _show_attendance(self) -> None:
        p = self._participants.get(self.current_id()) if hasattr(self, "_participants") else None
        if p is not None and p.attendance in ATTENDANCE:
            self.attendance.setCurrentIndex(ATTENDANCE.index(p.attendance))

    def invite_chosen(self) -> bool:
        self.government.choose_first()
        government_id = self.government.value()
        contact_id = self._contact_ids[self.contact.currentIndex()]
        if not self.focus_group_id and self.keeps_new and government_id:
            self._invite_pending(government_id, contact_id)
            self.government.clear_value()
            self._fill_contacts("")
            self.government.setFocus()
            return True
        if not self.focus_group_id or not government_id:
            self.government.setFocus()
            return False
        ok = self.run(
            self.tr("Uitnodigen"),
            lambda: self._invite_call(government_id, contact_id),
        )
        if ok:
            self.government.clear_value()
            self._fill_contacts("")
            self.government.setFocus()
        return ok

    def set_current_attendance(self, code: str) -> None:
        p = self._participants.get(self.current_id())
        if p is None or p.attendance == code:
            return
        if p in self._pending:
            changed = [replace(q, attendance=code) if q is p else q for q in self._pending]
            self._change_pending(changed, p.id)
            return
        self.run(self.tr("Aanwezigheid"), lambda: self._attendance_call(p, code))
        self.select(p.id)

    def remove_current(self) -> None:
        p = self._participants.get(self.current_id())
        if p is None:
            return
        if p in self._pending:  # not saved: nothing to ask
            self._change_pending([q for q in self._pending if q is not p])
            return
        who = p.contact_person.name if p.contact_person else p.local_government.name
        question = self.tr("%1 van de deelnemerslijst halen?").replace("%1", who)
        if questions.confirm(self, self.tr("Deelnemer verwijderen"), question):
            self.run(self.tr("Deelnemer"), lambda: self._remove_call(p))

    # -- the service calls (an activity's participants override them) ------------------
    def _invite_call(self, government_id: str, contact_id: str | None) -> object:
        return invite(self.ctx.db, self.focus_group_id, government_id, contact_id)

    def _attendance_call(self, p: ParticipantView, code: str) -> object:
        return set_attendance(self.ctx.db, p.id, code, p.version)

    def _remove_call(self, p: ParticipantView) -> object:
        return remove_participant(self.ctx.db, p.id, p.version)


def ask_finding(
    parent: QWidget | None, tools: Sequence[tuple[str, str]], tool_id: str = "", text: str = ""
) -> tuple[str, str] | None:
    """Which tool and what was found (None: cancelled). Module level so tests answer it."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("FocusGroupParts", "Bevinding over een tool"))
    tool = QComboBox()
    for public_id, name in tools:
        tool.addItem(name, public_id)
    if tool_id:
        tool.setCurrentIndex(max(0, tool.findData(tool_id)))
        tool.setEnabled(False)
    findings = text_box(text=text)
    form = QFormLayout()
    tool_label = QLabel(QCoreApplication.translate("FocusGroupParts", "&Tool:"))
    tool_label.setBuddy(tool)
    found_label = QLabel(QCoreApplication.translate("FocusGroupParts", "&Bevindingen:"))
    found_label.setBuddy(findings)
    form.addRow(tool_label, tool)
    form.addRow(found_label, findings)
    form_with_ok_cancel(dialog, form)
    dialog.resize(520, 320)
    (findings if tool_id else tool).setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted or tool.currentIndex() < 0:
        return None
    return str(tool.currentData()), findings.toPlainText()


class FindingsPanel(ItemsPanel):
    """Per evaluated tool what the focus group found."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Bevindingen per tool"),
            [self.tr("Tool"), self.tr("Bevindingen")],
            self.tr("Nog geen tools besproken."),
            parent,
        )
        self.ctx = ctx
        self.focus_group_id = ""
        self._findings: dict[str, ToolFindingView] = {}
        self.tree.setColumnWidth(0, 260)
        self.new_button = self.add_button(self.tr("&Tool toevoegen…"), self.add_finding)
        self.add_edit(self.edit_current)
        self.add_remove(self.remove_current)
        self.ask: Callable[..., tuple[str, str] | None] = ask_finding

    def show_view(self, view: FocusGroupView | None) -> None:
        keep = self.current_id()
        self.focus_group_id = view.id if view else ""
        findings = view.findings if view else ()
        self._findings = {f.tool.id: f for f in findings}
        self.clear_rows()
        for f in findings:
            self.add_row(
                f.tool.id, [f.tool.name, f.findings.strip().replace("\n", " ⏎ ")], tip=f.findings
            )
        self.finish_rows(keep)
        self.new_button.setEnabled(bool(self.focus_group_id))

    def _save(self, tool_id: str, text: str) -> None:
        self.run(
            self.tr("Bevinding"),
            lambda: set_tool_finding(self.ctx.db, self.focus_group_id, tool_id, text),
        )
        self.select(tool_id)

    def add_finding(self) -> None:
        if not self.focus_group_id:
            return
        tools = [(t.id, t.name) for t in list_tools(self.ctx.db) if t.id not in self._findings]
        answer = self.ask(self, tools)
        if answer is not None:
            self._save(*answer)

    def edit_current(self) -> None:
        f = self._findings.get(self.current_id())
        if f is None:
            return
        answer = self.ask(self, [(f.tool.id, f.tool.name)], f.tool.id, f.findings)
        if answer is not None:
            self._save(*answer)

    def remove_current(self) -> None:
        f = self._findings.get(self.current_id())
        if f is None:
            return
        question = self.tr("De bevindingen over “%1” verwijderen?").replace("%1", f.tool.name)
        if questions.confirm(self, self.tr("Bevinding verwijderen"), question):
            self.run(
                self.tr("Bevinding"),
                lambda: remove_tool_finding(self.ctx.db, self.focus_group_id, f.tool.id),
            )
