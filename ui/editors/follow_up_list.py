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

from supportdesk.errors import DomainError
from supportdesk.services.follow_ups import (
    FollowUpView,
    complete_follow_up,
    delete_follow_up,
    get_follow_up,
    reopen_follow_up,
)
from ui.context import AppContext
from ui.editors import items_panel
from ui.editors.follow_up import FollowUpEditor
from ui.editors.items_panel import ItemsPanel
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


class FollowUpList(ItemsPanel):
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
            self.tr("Opvolgacties"),
            [
                self.tr("Omschrijving"),
                self.tr("Verantwoordelijke"),
                self.tr("Vervaldatum"),
                self.tr("Afgewerkt op"),
                self.tr("Stand"),
            ],
            self.tr("Nog geen opvolgacties."),
            parent,
        )
        self.ctx = ctx
        self.subject_kind = subject_kind
        self.subject_id = ""
        self.today = today
        self._actions: dict[str, FollowUpView] = {}
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 140)
        self.tree.setColumnWidth(2, 100)
        self.tree.setColumnWidth(3, 100)
        self.new_button = self.add_button(self.tr("&Nieuwe opvolgactie…"), self.add_action)
        self.edit_button = self.add_button(
            self.tr("Be&werken…"), self.edit_current, needs_row=True, tip=self.tr("Enter")
        )
        self.done_button = self.add_button(self.tr("&Afgewerkt"), self.toggle_done, needs_row=True)
        self.remove_button = self.add_button(
            self.tr("Verwij&deren"), self.remove_current, needs_row=True, tip=self.tr("Delete")
        )
        self.tree.activate.connect(self.edit_current)
        self.tree.remove.connect(self.remove_current)
        self.editor: FollowUpEditor | None = None

    def show_actions(self, subject_id: str, actions: Sequence[FollowUpView]) -> None:
        keep = self.current_id()
        self.subject_id = subject_id
        self._actions = {a.id: a for a in actions}
        self.clear_rows()
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
        self.finish_rows(keep)
        self.new_button.setEnabled(bool(subject_id))

    def current_action(self) -> FollowUpView | None:
        return self._actions.get(self.current_id())

    def update_buttons(self) -> None:
        super().update_buttons()
        fu = self.current_action() if hasattr(self, "_actions") else None
        if hasattr(self, "done_button"):
            done = fu is not None and fu.is_done
            self.done_button.setText(self.tr("Terug &open") if done else self.tr("&Afgewerkt"))

    # -- actions -------------------------------------------------------------------
    def _editor(self) -> FollowUpEditor:
        editor = FollowUpEditor(self.ctx, self.subject_kind, self.subject_id, self)
        editor.saved.connect(lambda view: self._saved(view.id))
        self.editor = editor
        return editor

    def _saved(self, public_id: str) -> None:
        self.changed.emit()
        self.select(public_id)
        self.tree.setFocus()

    def add_action(self) -> FollowUpEditor | None:
        if not self.subject_id:
            return None
        editor = self._editor()
        editor.present()
        editor.description.setFocus()
        return editor

    def edit_current(self) -> FollowUpEditor | None:
        fu = self.current_action()
        if fu is None:
            return None
        try:
            view = get_follow_up(self.ctx.db, fu.id)
        except DomainError:  # gone meanwhile: show what is stored now
            self.changed.emit()
            return None
        editor = self._editor()
        editor.edit(view)
        editor.present()
        return editor

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

    def remove_current(self) -> None:
        fu = self.current_action()
        if fu is None:
            return
        question = self.tr(
            "Opvolgactie “%1” verwijderen? Een afgewerkte actie markeer je "
            "beter als afgewerkt: dan blijft ze in de geschiedenis."
        )
        if not items_panel.confirm(
            self, self.tr("Opvolgactie verwijderen"), question.replace("%1", fu.description)
        ):
            return
        if self.run(
            self.tr("Opvolgactie"), lambda: delete_follow_up(self.ctx.db, fu.id, fu.version)
        ):
            self.ctx.notify_changed("follow_up_action")
