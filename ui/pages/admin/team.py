"""Beheer → Team: the team members, added, renamed and made inactive (or active again).

Someone who left is made inactive, never deleted: the records they worked on keep their
name, and they leave the pickers ("Wie ben ik", owners, coaches) for new records.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from supportdesk.services.team import (
    TeamMemberInput,
    TeamMemberView,
    create_team_member,
    list_team_members,
    update_team_member,
)
from ui.context import AppContext
from ui.pages.admin.named_editor import NamedRecordEditor
from ui.pages.admin.record_list import RecordList


class TeamMemberEditor(NamedRecordEditor):
    """A team member's name and e-mail. ``TeamMemberEditor(ctx)`` adds one;
    ``.edit(view)`` edits one."""

    kind = "team_member"
    update_record = staticmethod(update_team_member)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Nieuwe medewerker"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("bv. naam@organisatie.be"))
        self.add_field("name", self.tr("&Naam:"), self.name)
        self.add_field("email", self.tr("&E-mail:"), self.email)
        self.resize(460, 240)
        self.update_save_state()

    def edit_title(self, view: TeamMemberView) -> str:
        return self.tr("Medewerker bewerken")

    def current_views(self) -> list[TeamMemberView]:
        return list_team_members(self.ctx.db, include_inactive=True)

    def load(self, view: TeamMemberView) -> None:
        self.name.setText(view.name)
        self.email.setText(view.email)

    def collect(self) -> TeamMemberInput:
        return TeamMemberInput(name=self.name.text(), email=self.email.text())

    def create_record(self, data: TeamMemberInput) -> TeamMemberView:
        return create_team_member(self.ctx.db, data)


class TeamTab(QWidget):
    """The Team tab: everyone on the team; "Toon wie niet meer actief is" adds the rest."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = RecordList(
            ctx,
            title=self.tr("&Medewerkers"),
            headers=[self.tr("Naam"), self.tr("E-mail"), self.tr("Status")],
            archived_text=self.tr("Toon wie niet meer &actief is"),
            new_text=self.tr("&Nieuwe medewerker…"),
            load=lambda everyone: list_team_members(ctx.db, include_inactive=everyone),
            cells=self._cells,
            open_editor=self._editor,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def _cells(self, member: TeamMemberView) -> list[str]:
        return [
            member.name,
            member.email,
            self.tr("actief") if member.active else self.tr("niet meer actief"),
        ]

    def _editor(self, member: TeamMemberView | None) -> TeamMemberEditor:
        editor = TeamMemberEditor(self.ctx, self)
        if member is not None:
            editor.edit(member)
        return editor

    def refresh(self) -> None:
        self.list.refresh()

    def confirm_close(self) -> bool:
        return self.list.confirm_close()
