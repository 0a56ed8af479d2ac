"""One follow-up action of a saved record: what, who, when due, when done, notes.

Used from the follow-up lists inside the trajectory and focus-group editors (and
usable for any subject): ``FollowUpEditor(ctx, subject_kind, subject_id)`` adds one,
``.edit(view)`` changes one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from supportdesk.services.follow_ups import (
    FollowUpInput,
    FollowUpView,
    create_follow_up,
    get_follow_up,
    update_follow_up,
)
from supportdesk.services.team import list_team_members
from ui.context import AppContext
from ui.widgets.date_edit import OptionalDateEdit
from ui.widgets.dialog_parts import text_box
from ui.widgets.editor import EditorDialog
from ui.widgets.government_field import GovernmentField

SUBJECT_FIELDS = {
    "advice_talk": "advice_talk_id",
    "trajectory": "trajectory_id",
    "focus_group": "focus_group_id",
    "activity": "activity_id",
    "local_government": "local_government_id",
}


class FollowUpEditor(EditorDialog):
    kind = "follow_up_action"
    update_record = staticmethod(update_follow_up)

    def __init__(
        self,
        ctx: AppContext,
        subject_kind: str,
        subject_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.subject_kind = subject_kind
        self.subject_id = subject_id
        self.setWindowTitle(self.tr("Nieuwe opvolgactie"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("wat moet er gebeuren?"))
        self.owner = QComboBox()
        self._owner_ids: list[str | None] = []
        self.due = OptionalDateEdit()
        self.done_edit = OptionalDateEdit()
        self.notes = text_box(fixed=80)
        self.add_field("description", self.tr("&Omschrijving:"), self.description)
        self.add_field("owner_id", self.tr("Verantwoordelij&ke:"), self.owner)
        self.add_field("due_date", self.tr("&Vervaldatum:"), self.due)
        self.add_field("done_date", self.tr("&Afgewerkt op:"), self.done_edit)
        self.add_field("notes", self.tr("&Notities:"), self.notes)
        # A focus group's action may name the government it concerns: it then shows in
        # that government's timeline and case summary.
        self.government: GovernmentField | None = None
        if subject_kind in ("focus_group", "activity"):
            self.government = GovernmentField(ctx)
            self.add_field("government_id", self.tr("Over &lokaal bestuur:"), self.government)
        self.description.textChanged.connect(self.update_save_state)
        with self.loading():  # offering "me" as owner is no change of the user's
            self._fill_owners(ctx.current_member_id())
        self.resize(480, 360)
        self.update_save_state()

    def _fill_owners(self, chosen: str | None, chosen_name: str = "") -> None:
        members = [(m.id, m.name) for m in list_team_members(self.ctx.db)]
        if chosen and chosen not in {i for i, _n in members}:
            members.append((chosen, chosen_name or chosen))  # an inactive owner stays
        self.owner.clear()
        self.owner.addItem(self.tr("niemand"))
        self._owner_ids = [None]
        for public_id, name in members:
            self.owner.addItem(name)
            self._owner_ids.append(public_id)
        self.owner.setCurrentIndex(
            self._owner_ids.index(chosen) if chosen in self._owner_ids else 0
        )

    def edit_title(self, view: FollowUpView) -> str:
        return self.tr("Opvolgactie bewerken")

    def load(self, view: FollowUpView) -> None:
        self.description.setText(view.description)
        self._fill_owners(
            view.owner.id if view.owner else None, view.owner.name if view.owner else ""
        )
        self.due.set_optional(view.due_date)
        self.done_edit.set_optional(view.done_date)
        self.notes.setPlainText(view.notes)
        if self.government is not None and view.local_government is not None:
            self.government.set_value(view.local_government.id, view.local_government.name)

    def local_errors(self) -> dict[str, str]:
        if not self.description.text().strip():
            return {"description": self.tr("De omschrijving is verplicht.")}
        g = self.government
        if g is not None and g.text().strip() and not g.value() and not g.choose_first():
            return {"government_id": self.tr("Kies het lokaal bestuur uit de lijst.")}
        return {}

    def collect(self) -> FollowUpInput:
        return FollowUpInput(
            description=self.description.text(),
            due_date=self.due.optional_value(),
            owner_id=self._owner_ids[self.owner.currentIndex()],
            notes=self.notes.toPlainText(),
            done_date=self.done_edit.optional_value(),
            government_id=(self.government.value() or None) if self.government else None,
        )

    def create_record(self, data: FollowUpInput) -> FollowUpView:
        subject = {SUBJECT_FIELDS[self.subject_kind]: self.subject_id}
        return create_follow_up(self.ctx.db, data, **subject)

    def fetch_current(self) -> FollowUpView:
        assert self.record_id
        return get_follow_up(self.ctx.db, self.record_id)
