"""The focus-group editor: the meeting (date, place or online, topic, organisers), who
was invited and came, per evaluated tool the findings, the needs for new tools, the
feedback and the follow-up actions, in tabs.

The form (Focusgroep, Nodig) saves with Bewaren; participants, findings, actions and
feedback save at once through their own services, so a new focus group is saved first
("Nu bewaren"). ``FocusGroupEditor(ctx)`` plans a new one; ``.edit(view)`` edits one.
A new one is "gepland" (or "gehouden", for one entered afterwards); a saved one moves
to gehouden or geannuleerd with the buttons of its status bar (``focus_group_status``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import ConflictError, DomainError
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
from ui.editors.tabbed import TabbedEditor
from ui.editors.trajectory import text_box
from ui.export.actions import export_focus_group, install_in_editor
from ui.formatting import format_date
from ui.labels import label
from ui.widgets.check_list import CheckList
from ui.widgets.date_edit import DateEdit
from ui.widgets.editor import ErrorLabel


class FocusGroupEditor(TabbedEditor):
    kind = "focus_group"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Focusgroep"), parent)
        self.setWindowTitle(self.tr("Nieuwe focusgroep"))
        self.view: FocusGroupView | None = None
        self.today_override: date | None = None

        self.date = DateEdit()
        # New: planned, or held for one entered afterwards; saved: the status steps.
        self.initial_status = QComboBox()
        self._statuses = ["planned", "held"]
        for code in self._statuses:
            self.initial_status.addItem(label("focus_group_status", code))
        self.initial_status.setToolTip(
            self.tr("Enkel gehouden focusgroepen tellen mee voor het actieplan.")
        )
        self.status_bar = StatusBar()
        self.status_bar.step_requested.connect(self.move_to)
        status_box = QWidget()
        status_layout = QVBoxLayout(status_box)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.initial_status)
        status_layout.addWidget(self.status_bar)
        self.status_bar.hide()
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("bv. evaluatie van de beleidstool"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("adres of zaal"))
        self.online = QCheckBox(self.tr("On&line"))
        self.organisers = CheckList(rows=4)
        self.notes = text_box(80)
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

        self.participants = ParticipantsPanel(ctx)
        self.participants.changed.connect(self._reload_lists)
        self.add_tab(self._with_save_first(self.participants), self.tr("Deelnemers"))

        needs_page = QWidget()
        needs_layout = QVBoxLayout(needs_page)
        self.findings = FindingsPanel(ctx)
        self.findings.changed.connect(self._reload_lists)
        needs_layout.addWidget(self._with_save_first(self.findings), 2)
        self.needs = text_box(100)
        needs_label = QLabel(self.tr("Nood aan &nieuwe tools:"))
        needs_label.setBuddy(self.needs)
        needs_layout.addWidget(needs_label)
        needs_layout.addWidget(self.needs, 1)
        self.add_tab(needs_page, self.tr("Tools"))
        self._needs_error = ErrorLabel()
        needs_layout.addWidget(self._needs_error)
        self.register_field("new_tool_needs", self.needs, needs_label, self._needs_error)

        self.action_list = FollowUpList(ctx, "focus_group", today=self.today)
        self.action_list.changed.connect(self._reload_lists)
        self.add_tab(self._with_save_first(self.action_list), self.tr("Opvolgacties"))
        self.feedback = FeedbackList(ctx, "focus_group")
        self.feedback.changed.connect(self._reload_lists)
        self.add_tab(self._with_save_first(self.feedback), self.tr("Feedback"))
        self.attachments = AttachmentsPanel(ctx, "focus_group")
        self.attachments.follow_saves(self)
        self.add_tab(self.attachments, self.tr("Bijlagen"))

        me = ctx.current_member_id()
        self.organisers.set_items(
            [(m.id, m.name) for m in list_team_members(ctx.db)], [me] if me else []
        )
        self._show_mode()
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

    def today(self) -> date:
        return self.today_override or date.today()

    def _with_save_first(self, panel: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("Bewaar de focusgroep eerst; daarna vul je dit hier aan."))
        note.setWordWrap(True)
        button = QPushButton(self.tr("&Nu bewaren"))
        button.setAutoDefault(False)
        button.clicked.connect(self.save_and_stay)
        layout.addWidget(note)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(panel, 1)
        self._save_first = [*getattr(self, "_save_first", []), note, button]
        self._panels = [*getattr(self, "_panels", []), panel]
        return page

    def _show_mode(self) -> None:
        saved = self.record_id is not None
        self.initial_status.setVisible(not saved)
        self.status_bar.setVisible(saved)
        for widget in self._save_first:
            widget.setVisible(not saved)
        for panel in self._panels:
            panel.setVisible(saved)

    def _online_toggled(self, online: bool) -> None:
        self.place.setPlaceholderText(
            self.tr("link of platform") if online else self.tr("adres of zaal")
        )

    # -- record --------------------------------------------------------------------
    def edit(self, view: FocusGroupView) -> None:
        with self.loading():
            self.load(view)

    def load(self, view: FocusGroupView) -> None:
        self.view = view
        self.attachments.set_record(view.id)
        self.record_id, self.expected_version = view.id, view.version
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
        members = [(m.id, m.name) for m in list_team_members(self.ctx.db)]
        known = {i for i, _n in members}
        members += [(r.id, r.name) for r in view.organisers if r.id not in known]
        self.organisers.set_items(members, [r.id for r in view.organisers])
        self.status_bar.show_view(view, self.today())
        self._show_lists(view)
        self._show_mode()

    def _show_lists(self, view: FocusGroupView) -> None:
        self.participants.show_view(view)
        self.findings.show_view(view)
        self.action_list.show_actions(view.id, view.follow_ups)
        self.feedback.show_feedback(view.id, "", view.feedback)

    def _reload_lists(self) -> None:
        if not self.record_id:
            return
        try:
            view = get_focus_group(self.ctx.db, self.record_id)
        except DomainError as exc:
            self.general_error.show_message(exc.message)
            return
        self.view = view
        self._show_lists(view)

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
        )

    def save_input(self, data: FocusGroupInput) -> FocusGroupView:
        if self.record_id:
            return update_focus_group(self.ctx.db, self.record_id, data, self.expected_version)
        status = self._statuses[self.initial_status.currentIndex()]
        return create_focus_group(self.ctx.db, data, status=status)

    # -- status steps ----------------------------------------------------------------
    def move_to(self, status: str) -> bool:
        """Take the step to ``status`` (asking its date); the form's typing is kept."""
        if not self.record_id or self.view is None:
            return False
        default = self.view.date if status == "held" else self.today()
        when = focus_group_status.ask_step_date(self, status, default)
        if when is None:
            return False
        try:
            view = change_focus_group_status(
                self.ctx.db, self.record_id, status, when, self.expected_version
            )
        except ConflictError:
            self._on_conflict()
            return False
        except DomainError as exc:
            errors = getattr(exc, "errors", {"status": exc.message})
            self.show_errors({"status": " ".join(errors.values())})
            return False
        self.clear_errors()
        self.view = view
        self.expected_version = view.version
        if status == "held":
            with self.loading():
                self.date.set_value(view.date)
        self.status_bar.show_view(view, self.today())
        self.ctx.notify_changed("focus_group")
        return True
