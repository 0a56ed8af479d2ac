"""The named participants of an activity: the local governments and contact persons who
came, with their attendance (keys 1-4), each saved at once through the activity
service. It is the focus group's participants panel (``ParticipantsPanel``) with the
activity's service calls and words: people are added as they came ("aanwezig"), where a
focus group invites first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from supportdesk.services.activities import (
    ActivityView,
    add_attendee,
    remove_attendee,
    set_attendee_attendance,
)
from ui.context import AppContext
from ui.editors.focus_group_parts import ParticipantsPanel


class ActivityParticipantsPanel(ParticipantsPanel):
    """``show_activity(view)`` fills it; ``changed`` after each save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.empty.setText(
            self.tr(
                "Nog geen deelnemers bij naam. Noteer hier, waar bekend, welke besturen en "
                "personen er waren."
            )
        )
        self.tree.setAccessibleName(self.tr("Deelnemers bij naam"))
        self.invite_button.setText(self.tr("&Toevoegen"))
        self.government.setAccessibleName(self.tr("Lokaal bestuur dat deelnam"))
        self.contact.setAccessibleName(self.tr("Contactpersoon die deelnam"))
        for caption in self.findChildren(QLabel):
            if caption.buddy() is self.government:
                caption.setText(self.tr("&Wie kwam:"))

    def show_activity(self, view: ActivityView | None) -> None:
        self.show_participants(view.id if view else "", view.attendees if view else ())

    def _invite_call(self, government_id: str, contact_id: str | None) -> object:
        return add_attendee(self.ctx.db, self.focus_group_id, government_id, contact_id)

    def _attendance_call(self, p: Any, code: str) -> object:
        return set_attendee_attendance(self.ctx.db, p.id, code, p.version)

    def _remove_call(self, p: Any) -> object:
        return remove_attendee(self.ctx.db, p.id, p.version)
