"""The follow-up actions of a saved record, inside its editor: open ones first, each with
its owner, due date, done date and its state in words ("3 dagen te laat", never colour
alone). New, edit, done / open again and remove each save at once through the
follow-up service; the record's own form is not touched by them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from supportdesk.services.follow_ups import (
    FollowUpView,
    complete_follow_up,
    delete_follow_up,
    get_follow_up,
    reopen_follow_up,
)
from ui.context import AppContext
from ui.editors.follow_up import FollowUpEditor
from ui.editors.parts_list import PartsList
from ui.formatting import format_date


def action_state(fu: FollowUpView, today: date) -> str:
    """``afgewerkt``, ``open`` or ``⚠ 3 dagen te laat`` (words, not only a colour)."""

    if fu.done_date is not None:
        return QCoreApplication.translate("FollowUpList", "afgewerkt")
    if fu.due_date is not None and fu.due_date < today:
        days = (today - fu.due_date).days
        late = (
            QCoreApplication.translate("FollowUpList", "1 dag te laat")
            if days == 1
            else QCoreApplication.translate("FollowUpList", "%1 dagen te laat").replace(
                "%1", str(days)
            )
        )
        return "⚠ " + late
    if fu.due_date == today:
        return QCoreApplication.translate("FollowUpList", "vandaag")
    return QCoreApplication.translate("FollowUpList", "open")


class FollowUpList(PartsList[FollowUpView, FollowUpEditor]):
    """``FollowUpList(ctx, subject_kind)``; ``show_actions(subject_id, actions)`` fills it."""

    def __init__(
        self,
        ctx: AppContext,
        subject_kind: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(
            ctx,
            self.tr("Opvolgacties"),
            [
                self.tr("Omschrijving"),
                self.tr("Verantwoordelijke"),
                self.tr("Vervaldatum"),
                self.tr("Afgewerkt op"),
                self.tr("Stand"),
            ],
            self.tr("Nog geen opvolgacties."),
            self.tr("&Nieuwe opvolgactie…"),
            parent,
            more_buttons=self._add_done_button,
            remove_text=self.tr("Verwij&deren"),  # its own English mnemonic (beside Done)
        )
        self.subject_kind = subject_kind
        self.today = today
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 140)
        self.tree.setColumnWidth(2, 100)
        self.tree.setColumnWidth(3, 100)

    def _add_done_button(self) -> None:
        self.done_button = self.add_button(self.tr("&Afgewerkt"), self.toggle_done, needs_row=True)

    def show_actions(self, subject_id: str, actions: Sequence[FollowUpView]) -> None:
        keep = self.current_id()
        self.show_items(subject_id, "", actions)
        today = self.today()
        for fu in actions:
            state = action_state(fu, today)
            self.add_row(
                fu.id,
                [
                    fu.description,
                    fu.owner.name if fu.owner else "—",
                    format_date(fu.due_date) or self.tr("geen datum"),
                    format_date(fu.done_date),
                    state,
                ],
                emphasis=fu.is_overdue(today),
            )
        self.finish(keep)

    def current_action(self) -> FollowUpView | None:
        return self.current_item()

    def update_buttons(self) -> None:
        super().update_buttons()
        fu = self.current_action() if hasattr(self, "items") else None
        if hasattr(self, "done_button"):
            done = fu is not None and fu.is_done
            self.done_button.setText(self.tr("Terug &open") if done else self.tr("&Afgewerkt"))

    # -- actions -------------------------------------------------------------------
    add_action = PartsList.add_new

    def make_editor(self) -> FollowUpEditor:
        return FollowUpEditor(self.ctx, self.subject_kind, self.subject_id, self)

    def first_field(self, editor: FollowUpEditor) -> QWidget:
        return editor.description

    def fetch(self, public_id: str) -> FollowUpView:
        return get_follow_up(self.ctx.db, public_id)

    def toggle_done(self) -> None:
        fu = self.current_action()
        if fu is None:
            return
        db = self.ctx.db
        if fu.is_done:
            self.run(self.tr("Opvolgactie"), lambda: reopen_follow_up(db, fu.id, fu.version))
        else:
            self.run(
                self.tr("Opvolgactie"),
                lambda: complete_follow_up(db, fu.id, self.today(), fu.version),
            )
        self.ctx.notify_changed("follow_up_action")
        self.select(fu.id)

    def remove_question(self, item: FollowUpView) -> tuple[str, str, str]:
        question = self.tr(
            "Opvolgactie “%1” verwijderen? Een afgewerkte actie markeer je "
            "beter als afgewerkt: dan blijft ze in de geschiedenis."
        )
        return (
            self.tr("Opvolgactie verwijderen"),
            question.replace("%1", item.description),
            self.tr("Opvolgactie"),
        )

    def remove_part(self, item: FollowUpView) -> None:
        delete_follow_up(self.ctx.db, item.id, item.version)

    def removed(self) -> None:
        self.ctx.notify_changed("follow_up_action")
