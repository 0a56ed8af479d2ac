"""The focus-group editor: the meeting (date, place or online, topic, organisers), who
was invited and came, per evaluated tool the findings, the needs for new tools, the
feedback and the follow-up actions, in tabs.

The form (Focusgroep, Nodig) saves with Bewaren; participants, findings, actions and
feedback save at once through their own services, so a new focus group is saved first
("Nu bewaren") — except participants: a new one's invitations are kept in the editor
and saved with it (``FocusGroupInput.invitations``). ``FocusGroupEditor(ctx)`` plans a
new one; ``.edit(view)`` edits one.
A new one is "gepland" (or "gehouden", for one entered afterwards); a saved one moves
to gehouden or geannuleerd with the buttons of its status bar (``focus_group_status``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from supportdesk.codes import FocusGroupStatus
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    FocusGroupView,
    change_focus_group_status,
    create_focus_group,
    get_focus_group,
    update_focus_group,
)
from supportdesk.services.team import list_team_members
from ui.context import AppContext
from ui.editors import focus_group_status
from ui.editors.attachments_panel import AttachmentsPanel
from ui.editors.feedback import FeedbackList
from ui.editors.focus_group_parts import FindingsPanel, ParticipantsPanel
from ui.editors.focus_group_status import StatusBar
from ui.editors.follow_up_list import FollowUpList
from ui.editors.stepped import SteppedEditor
from ui.export.actions import export_focus_group, install_in_editor
from ui.formatting import format_date
from ui.labels import label
from ui.widgets.check_list import CheckList
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import text_box
from ui.widgets.editor import ErrorLabel


class FocusGroupEditor(SteppedEditor[FocusGroupView]):
    kind = "focus_group"
    update_record = staticmethod(update_focus_group)
    status_bar: StatusBar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Focusgroep"), parent)
        self.setWindowTitle(self.tr("Nieuwe focusgroep"))

        self.date = DateEdit()
        # New: planned, or held for one entered afterwards; saved: the status steps.
        status_box = self.status_choice(
            [
                (label("focus_group_status", code), code)
                for code in (FocusGroupStatus.PLANNED, FocusGroupStatus.HELD)
            ],
            self.tr("Enkel gehouden focusgroepen tellen mee voor het actieplan."),
            StatusBar(),
        )
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("bv. evaluatie van de beleidstool"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("adres of zaal"))
        self.online = QCheckBox(self.tr("On&line"))
        self.organisers = CheckList(rows=4)
        self.notes = text_box(minimum=80)
        self.notes.setMaximumHeight(160)
        self.add_field("topic", self.tr("&Onderwerp:"), self.topic)
        self.add_field("date", self.tr("&Datum:"), self.date)
        self.add_field("status", self.tr("&Status:"), status_box, focus=self.initial_status)
        self.add_field("place", self.tr("&Plaats:"), self.place)
        self.add_field("online", self.tr("Vorm:"), self.online)
        self.add_field("organiser_ids", self.tr("Organisa&toren:"), self.organisers)
        self.add_field("notes", self.tr("&Notities:"), self.notes)
        self.online.toggled.connect(self._online_toggled)
        self.topic.textChanged.connect(self.update_save_state)

        save_first = self.tr("Bewaar de focusgroep eerst; daarna vul je dit hier aan.")
        self.participants = ParticipantsPanel(ctx)
        self.participants.changed.connect(self.reload_lists)
        # Invitations can be typed before the first save; they are saved with the record.
        self.participants.keeps_new = True
        self.participants.pending_changed.connect(self.mark_dirty)
        self.participants.show_view(None)
        self.add_tab(self.participants, self.tr("Deelnemers"))

        needs_page = QWidget()
        needs_layout = QVBoxLayout(needs_page)
        self.findings = FindingsPanel(ctx)
        self.findings.changed.connect(self.reload_lists)
        needs_layout.addWidget(self.with_save_first(self.findings, save_first), 2)
        self.needs = text_box(minimum=100)
        needs_label = QLabel(self.tr("N&ood aan nieuwe tools:"))
        needs_label.setBuddy(self.needs)
        needs_layout.addWidget(needs_label)
        needs_layout.addWidget(self.needs, 1)
        self.add_tab(needs_page, self.tr("Tools"))
        self._needs_error = ErrorLabel()
        needs_layout.addWidget(self._needs_error)
        self.register_field("new_tool_needs", self.needs, needs_label, self._needs_error)

        self.action_list = FollowUpList(ctx, "focus_group", today=self.today)
        self.action_list.changed.connect(self.reload_lists)
        self.add_tab(self.with_save_first(self.action_list, save_first), self.tr("Opvolgacties"))
        self.feedback = FeedbackList(ctx, "focus_group")
        self.feedback.changed.connect(self.reload_lists)
        self.add_tab(self.with_save_first(self.feedback, save_first), self.tr("Feedback"))
        self.attachments = AttachmentsPanel(ctx, "focus_group")
        self.attachments.follow_saves(self)
        self.add_tab(self.attachments, self.tr("Bijlagen"))

        me = ctx.current_member_id()
        self.organisers.set_items(
            [(m.id, m.name) for m in list_team_members(ctx.db)], [me] if me else []
        )
        self.show_mode()
        install_in_editor(  # Ctrl+E: the focus-group report (as stored)
            ctx.exports,
            self,
            lambda: (
                self.view
                and export_focus_group(self, ctx, self.view.id, self.view.date, self.view.topic)
            ),
        )
        self.resize(860, 700)
        self.topic.setFocus()
        self.update_save_state()

    def _online_toggled(self, online: bool) -> None:
        self.place.setPlaceholderText(
            self.tr("link of platform") if online else self.tr("adres of zaal")
        )

    # -- record --------------------------------------------------------------------
    def load(self, view: FocusGroupView) -> None:
        self.view = view
        self.attachments.set_record(view.id)
        self.setWindowTitle(
            self.tr("Focusgroep van %1: %2")
            .replace("%1", format_date(view.date))
            .replace("%2", view.topic)
        )
        self.date.set_value(view.date)
        self.topic.setText(view.topic)
        self.place.setText(view.place)
        self.online.setChecked(view.online)
        self.notes.setPlainText(view.notes)
        self.needs.setPlainText(view.new_tool_needs)
        self.organisers.offer(
            [(m.id, m.name) for m in list_team_members(self.ctx.db)],
            [(r.id, r.name) for r in view.organisers],
        )
        self.status_bar.show_view(view, self.today())
        self.show_lists(view)
        self.show_mode()

    def show_lists(self, view: FocusGroupView) -> None:
        self.participants.show_view(view)
        self.findings.show_view(view)
        self.action_list.show_actions(view.id, view.follow_ups)
        self.feedback.show_feedback(view.id, "", view.feedback)

    def fetch_current(self) -> FocusGroupView:
        assert self.record_id
        return get_focus_group(self.ctx.db, self.record_id)

    def local_errors(self) -> dict[str, str]:
        if not self.topic.text().strip():
            return {"topic": self.tr("Het onderwerp is verplicht.")}
        return {}

    def collect(self) -> FocusGroupInput:
        return FocusGroupInput(
            date=self.date.value(),
            topic=self.topic.text(),
            place=self.place.text(),
            online=self.online.isChecked(),
            new_tool_needs=self.needs.toPlainText(),
            notes=self.notes.toPlainText(),
            organiser_ids=tuple(self.organisers.checked_ids()),
            invitations=self.participants.pending_invitations(),
        )

    def create_record(self, data: FocusGroupInput) -> FocusGroupView:
        return create_focus_group(self.ctx.db, data, status=self.initial_status_code())

    # -- status steps ----------------------------------------------------------------
    def step_default(self, status: str) -> date:
        return self.view.date if self.view and status == FocusGroupStatus.HELD else self.today()

    def ask_step_date(self, status: str, default: date) -> date | None:
        return focus_group_status.ask_step_date(self, status, default)

    def change_status(self, status: str, when: date) -> FocusGroupView:
        assert self.record_id
        return change_focus_group_status(
            self.ctx.db, self.record_id, status, when, self.expected_version
        )

    def show_step(self, view: FocusGroupView, status: str) -> None:
        if status == FocusGroupStatus.HELD:
            with self.loading():
                self.date.set_value(view.date)
        self.status_bar.show_view(view, self.today())
