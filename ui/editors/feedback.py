"""Feedback of a local government on a trajectory or a focus group: a score from 1 to 5
and words, the date, and who gave it. ``FeedbackEditor`` adds or edits one;
``FeedbackList`` shows a record's feedback inside its editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from supportdesk.services.contacts import list_contacts
from supportdesk.services.feedback import (
    FeedbackInput,
    FeedbackView,
    delete_feedback,
    get_feedback,
    give_feedback,
    update_feedback,
)
from ui.context import AppContext
from ui.editors.parts_list import PartsList
from ui.formatting import format_date
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import text_box
from ui.widgets.editor import EditorDialog

SUBJECT_FIELDS = {"trajectory": "trajectory_id", "focus_group": "focus_group_id"}


class FeedbackEditor(EditorDialog):
    """``FeedbackEditor(ctx, subject_kind, subject_id, government_id)``; ``.edit(view)``.

    The contact persons offered are the government's (a trajectory); for a focus group
    ``government_id`` is "" and the contact is left out.
    """

    kind = "feedback"
    update_record = staticmethod(update_feedback)

    def __init__(
        self,
        ctx: AppContext,
        subject_kind: str,
        subject_id: str,
        government_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.subject_kind, self.subject_id = subject_kind, subject_id
        self.government_id = government_id
        self.setWindowTitle(self.tr("Feedback noteren"))
        self.score = QComboBox()
        self.score.addItem(self.tr("kies een score"))
        for value, words in (
            (1, self.tr("1 — zeer ontevreden")),
            (2, self.tr("2 — ontevreden")),
            (3, self.tr("3 — neutraal")),
            (4, self.tr("4 — tevreden")),
            (5, self.tr("5 — zeer tevreden")),
        ):
            self.score.addItem(words, value)
        self.given_on = DateEdit()
        self.contact = QComboBox()
        self._contact_ids: list[str | None] = [None]
        self.text = text_box(minimum=120)
        self.add_field("score", self.tr("&Score:"), self.score)
        self.add_field("given_on", self.tr("&Datum:"), self.given_on)
        if government_id:
            self.add_field("contact_person_id", self.tr("Gegeven d&oor:"), self.contact)
        else:
            self.contact.hide()
        self.add_field("text", self.tr("&Wat zeiden ze:"), self.text)
        self.alias_error("subject", "score")
        self._fill_contacts(None)
        self.score.currentIndexChanged.connect(self.update_save_state)
        self.resize(480, 380)
        self.update_save_state()

    def _fill_contacts(self, chosen: str | None) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("niet ingevuld"))
        self._contact_ids = [None]
        if self.government_id:
            for c in list_contacts(self.ctx.db, self.government_id):
                if c.active or c.id == chosen:
                    self.contact.addItem(c.full_name)
                    self._contact_ids.append(c.id)
        if chosen in self._contact_ids:
            self.contact.setCurrentIndex(self._contact_ids.index(chosen))

    def edit_title(self, view: FeedbackView) -> str:
        return self.tr("Feedback bewerken")

    def load(self, view: FeedbackView) -> None:
        self.score.setCurrentIndex(max(0, self.score.findData(view.score)))
        self.given_on.set_value(view.given_on)
        self._fill_contacts(view.contact_person.id if view.contact_person else None)
        self.text.setPlainText(view.text)

    def local_errors(self) -> dict[str, str]:
        if self.score.currentIndex() <= 0:
            return {"score": self.tr("Kies een score van 1 tot 5.")}
        return {}

    def collect(self) -> FeedbackInput:
        subject = {SUBJECT_FIELDS[self.subject_kind]: self.subject_id}
        return FeedbackInput(
            score=int(self.score.currentData()),
            text=self.text.toPlainText(),
            given_on=self.given_on.value(),
            contact_person_id=self._contact_ids[self.contact.currentIndex()]
            if self.government_id
            else None,
            **subject,
        )

    def create_record(self, data: FeedbackInput) -> FeedbackView:
        return give_feedback(self.ctx.db, data)

    def fetch_current(self) -> FeedbackView:
        assert self.record_id
        return get_feedback(self.ctx.db, self.record_id)


class FeedbackList(PartsList[FeedbackView, FeedbackEditor]):
    """A record's feedback; ``show_feedback(subject_id, government_id, items)`` fills it."""

    focus_after_save = False

    def __init__(self, ctx: AppContext, subject_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Feedback"),
            [self.tr("Datum"), self.tr("Score"), self.tr("Gegeven door"), self.tr("Wat zeiden ze")],
            self.tr("Nog geen feedback genoteerd."),
            self.tr("&Feedback noteren…"),
            parent,
        )
        self.subject_kind = subject_kind
        self.tree.setColumnWidth(0, 95)
        self.tree.setColumnWidth(1, 70)
        self.tree.setColumnWidth(2, 160)

    def show_feedback(
        self, subject_id: str, government_id: str, items: Sequence[FeedbackView]
    ) -> None:
        keep = self.current_id()
        self.show_items(subject_id, government_id, items)
        for fb in items:
            who = fb.contact_person.name if fb.contact_person else ""
            self.add_row(
                fb.id,
                [
                    format_date(fb.given_on),
                    self.tr("%1 van 5").replace("%1", str(fb.score)),
                    who or "—",
                    fb.text.strip().replace("\n", " ⏎ "),
                ],
                tip=fb.text,
            )
        self.finish(keep)

    add_feedback = PartsList.add_new

    def make_editor(self) -> FeedbackEditor:
        return FeedbackEditor(
            self.ctx, self.subject_kind, self.subject_id, self.government_id, self
        )

    def first_field(self, editor: FeedbackEditor) -> QWidget:
        return editor.score

    def fetch(self, public_id: str) -> FeedbackView:
        return get_feedback(self.ctx.db, public_id)

    def remove_question(self, item: FeedbackView) -> tuple[str, str, str]:
        question = self.tr("De feedback van %1 verwijderen?").replace(
            "%1", format_date(item.given_on)
        )
        return self.tr("Feedback verwijderen"), question, self.tr("Feedback")

    def remove_part(self, item: FeedbackView) -> None:
        delete_feedback(self.ctx.db, item.id, item.version)
