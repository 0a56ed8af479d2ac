"""The trajectory editor: every field of a custom support trajectory, in tabs.

- Traject: status (with a button per next step, each asking its date), local government,
  title, the date of each step, planned end, starting position, coaches, contact
  persons, themes, partner involvement (Mediawijs), and the advice talk it came from.
- Inhoud: needs, goals, approach, notes.
- Contactmomenten: the timeline; Opvolgacties: the actions; Feedback: the closing
  feedback and whether it is still expected. These lists save on their own; a new
  trajectory is saved first ("Nu bewaren"), its first actions can be typed before.

``TrajectoryEditor(ctx)`` starts a new one; ``.edit(view)`` edits one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.codes import STEP_DATE_COLUMNS, TrajectoryStatus
from supportdesk.errors import DomainError
from supportdesk.services.team import list_team_members, list_themes
from supportdesk.services.trajectories import (
    TrajectoryInput,
    TrajectoryView,
    change_status,
    create_trajectory,
    get_trajectory,
    set_feedback_expected,
    update_trajectory,
)
from ui.context import AppContext
from ui.editors import trajectory_status
from ui.editors.attachments_panel import AttachmentsPanel
from ui.editors.contact_moments import ContactMomentTimeline
from ui.editors.feedback import FeedbackList
from ui.editors.follow_up_list import FollowUpList
from ui.editors.follow_up_rows import NewFollowUps
from ui.editors.stepped import SteppedEditor
from ui.editors.trajectory_status import StatusBar
from ui.export.actions import export_trajectory, install_in_editor
from ui.labels import choices, label
from ui.widgets.check_list import CheckList
from ui.widgets.contacts_checklist import ContactsChecklist
from ui.widgets.date_edit import OptionalDateEdit
from ui.widgets.dialog_parts import plain_label, text_box
from ui.widgets.government_field import GovernmentField
from ui.widgets.questions import tell_error


class TrajectoryEditor(SteppedEditor[TrajectoryView]):
    kind = "trajectory"
    update_record = staticmethod(update_trajectory)
    status_bar: StatusBar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Traject"), parent)
        self.setWindowTitle(self.tr("Nieuw traject"))

        # -- Traject tab (created in tab order) --------------------------------------
        status_box = self.status_choice(
            choices("trajectory_status"),
            self.tr("Voor een traject dat al loopt: kies de stand van nu en vul de data in."),
            StatusBar(),
        )

        self.government = GovernmentField(ctx)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("leeg: “Traject <bestuur>”"))
        self.requested_on = OptionalDateEdit()
        self.intake_on = OptionalDateEdit()
        self.start_date = OptionalDateEdit()
        self.end_date = OptionalDateEdit()
        self.planned_end = OptionalDateEdit()
        self.position = QComboBox()
        self._positions: list[str | None] = [None]
        self.position.addItem(self.tr("onbekend"))
        for text, code in choices("starting_position"):
            self.position.addItem(text)
            self._positions.append(code)
        self.coaches = CheckList(rows=4)
        contacts_box = ContactsChecklist(ctx)
        self.contacts = contacts_box.list
        self.no_contacts = contacts_box.empty
        self.contact_choice = contacts_box
        self.themes = CheckList(rows=4)
        self.mediawijs = QCheckBox(self.tr("&Mediawijs is betrokken"))
        self.partner = text_box(minimum=60)
        self.partner.setMaximumHeight(120)
        self.partner.setPlaceholderText(self.tr("welke partners, hoe?"))
        self.origin = plain_label()
        self.origin_button = QPushButton(self.tr("Adviesgesprek &openen"))
        self.origin_button.setAutoDefault(False)
        self.origin_button.clicked.connect(self._open_origin)
        origin_box = QWidget()
        origin_layout = QHBoxLayout(origin_box)
        origin_layout.setContentsMargins(0, 0, 0, 0)
        origin_layout.addWidget(self.origin, 1)
        origin_layout.addWidget(self.origin_button)

        self.add_field("status", self.tr("St&atus:"), status_box, focus=self.initial_status)
        self.add_field("local_government_id", self.tr("&Lokaal bestuur:"), self.government)
        self.add_field("title", self.tr("&Titel:"), self.title_edit)
        self.add_field("requested_on", self.tr("Aangevraag&d op:"), self.requested_on)
        self.add_field("intake_on", self.tr("Intak&e op:"), self.intake_on)
        self.add_field("start_date", self.tr("Gestart o&p:"), self.start_date)
        self.add_field("planned_end_date", self.tr("Gepland ei&nde:"), self.planned_end)
        self.add_field("end_date", self.tr("Beëind&igd op:"), self.end_date)
        self.add_field("starting_position", self.tr("&Startpositie:"), self.position)
        self.add_field("coach_ids", self.tr("Tra&jectbegeleiders:"), self.coaches)
        self.add_field(
            "contact_ids", self.tr("&Contactpersonen:"), contacts_box, focus=self.contacts
        )
        self.add_field("theme_ids", self.tr("T&hema's:"), self.themes)
        self.add_field("mediawijs_involved", self.tr("Partner:"), self.mediawijs)
        self.add_field("partner_involvement", self.tr("Partnerbet&rokkenheid:"), self.partner)
        self.origin_field = self.add_field(
            "origin_advice_talk_id", self.tr("Vanuit adviesgesprek:"), origin_box
        )
        self.alias_error("new_status", "status")
        self.alias_error("on_date", "status")

        # -- Inhoud tab ----------------------------------------------------------------
        content = self.add_form_tab(self.tr("Inhoud"))
        self.needs = text_box(minimum=90)
        self.goals = text_box(minimum=90)
        self.approach = text_box(minimum=90)
        self.notes = text_box(minimum=70)
        self.add_field_in(content, "needs", self.tr("&Noden:"), self.needs)
        self.add_field_in(content, "goals", self.tr("&Doelen:"), self.goals)
        self.add_field_in(content, "approach", self.tr("&Aanpak:"), self.approach)
        self.add_field_in(content, "notes", self.tr("N&otities:"), self.notes)

        # -- lists -----------------------------------------------------------------------
        save_first = self.tr("Bewaar het traject eerst; daarna vul je dit hier aan.")
        self.moments = ContactMomentTimeline(ctx)
        self.moments.changed.connect(self.reload_lists)
        self.add_tab(
            self.with_save_first(self.moments, save_first, margins=True),
            self.tr("Contactmomenten"),
        )

        self.action_list = FollowUpList(ctx, "trajectory", today=self.today)
        self.action_list.changed.connect(self.reload_lists)
        self.new_actions = NewFollowUps(self)
        actions_page = QWidget()
        actions_layout = QVBoxLayout(actions_page)
        self.new_actions_note = QLabel(
            self.tr("De acties die je hier toevoegt, worden samen met het traject bewaard.")
        )
        self.new_actions_note.setWordWrap(True)
        actions_layout.addWidget(self.new_actions_note)
        actions_layout.addWidget(self.action_list, 1)
        actions_layout.addWidget(self.new_actions)
        actions_layout.addStretch(0)
        self.add_tab(actions_page, self.tr("Opvolgacties"))
        self.alias_error("new_follow_ups", "status")

        feedback_page = QWidget()
        feedback_layout = QVBoxLayout(feedback_page)
        self.feedback_expected = QCheckBox(
            self.tr("We &verwachten (nog) feedback van het lokaal bestuur")
        )
        self.watch(self.feedback_expected)
        self.feedback = FeedbackList(ctx, "trajectory")
        self.feedback.changed.connect(self.reload_lists)
        feedback_layout.addWidget(self.feedback_expected)
        feedback_layout.addWidget(self.with_save_first(self.feedback, save_first, margins=True), 1)
        self.add_tab(feedback_page, self.tr("Feedback"))
        self.attachments = AttachmentsPanel(ctx, "trajectory")
        self.attachments.follow_saves(self)
        self.add_tab(self.attachments, self.tr("Bijlagen"))

        self.government.value_changed.connect(self._government_changed)
        self._fill_lists()
        self.show_mode()
        install_in_editor(  # Ctrl+E: the trajectory report (as stored)
            ctx.exports,
            self,
            lambda: self.view and export_trajectory(self, ctx, self.view.id, self.view.name),
        )
        self.resize(860, 760)
        self.government.setFocus()
        self.update_save_state()

    def show_mode(self) -> None:
        """New: initial status and typed actions; saved: status steps and the lists."""
        super().show_mode()
        saved = self.record_id is not None
        self.action_list.setVisible(saved)
        self.new_actions.setVisible(not saved)
        self.new_actions_note.setVisible(not saved)
        self.origin_field.label.setVisible(bool(self.view and self.view.origin_advice_talk))
        self.origin_field.widget.setVisible(bool(self.view and self.view.origin_advice_talk))

    # -- choices -------------------------------------------------------------------
    def _fill_lists(self, view: TrajectoryView | None = None) -> None:
        db = self.ctx.db
        members = [(m.id, m.name) for m in list_team_members(db)]
        themes = [(t.id, t.name) for t in list_themes(db)]
        if view is None:
            me = self.ctx.current_member_id()
            self.coaches.set_items(members, [me] if me else [])
            self.themes.set_items(themes)
            return
        self.coaches.offer(members, [(r.id, r.name) for r in view.coaches])
        self.themes.offer(themes, [(r.id, r.name) for r in view.themes])

    def _government_changed(self, public_id: str) -> None:
        self._load_contacts(public_id, keep=self.contacts.checked_ids())

    def _load_contacts(self, government_id: str, keep: list[str] | tuple[str, ...] = ()) -> None:
        self.contact_choice.load(government_id, keep)

    # -- record --------------------------------------------------------------------
    def load(self, view: TrajectoryView) -> None:
        self.view = view
        self.attachments.set_record(view.id)
        self.setWindowTitle(self.tr("Traject: %1").replace("%1", view.name))
        self.government.set_value(view.local_government.id, view.local_government.name)
        self._load_contacts(view.local_government.id, keep=[c.id for c in view.contacts])
        self.title_edit.setText(view.title)
        self.requested_on.set_optional(view.requested_on)
        self.intake_on.set_optional(view.intake_on)
        self.start_date.set_optional(view.start_date)
        self.planned_end.set_optional(view.planned_end_date)
        self.end_date.set_optional(view.end_date)
        self.position.setCurrentIndex(
            self._positions.index(view.starting_position)
            if view.starting_position in self._positions
            else 0
        )
        self._fill_lists(view)
        self.mediawijs.setChecked(view.mediawijs_involved)
        self.partner.setPlainText(view.partner_involvement)
        self.needs.setPlainText(view.needs)
        self.goals.setPlainText(view.goals)
        self.approach.setPlainText(view.approach)
        self.notes.setPlainText(view.notes)
        self.feedback_expected.setChecked(view.feedback_expected)
        if view.origin_advice_talk:
            self.origin.setText(view.origin_advice_talk.name)
        self.new_actions.clear()
        self.show_lists(view)
        self.show_mode()

    def show_lists(self, view: TrajectoryView) -> None:
        self.status_bar.show_view(view, self.today())
        self.moments.show_moments(view.id, view.local_government.id, view.contact_moments)
        self.action_list.show_actions(view.id, view.follow_ups)
        self.feedback.show_feedback(view.id, view.local_government.id, view.feedback)

    def fetch_current(self) -> TrajectoryView:
        assert self.record_id
        return get_trajectory(self.ctx.db, self.record_id)

    def local_errors(self) -> dict[str, str]:
        return self.government.required_errors()

    def try_save(self) -> bool:
        self.government.choose_first()  # typed but not picked: taken when unambiguous
        return super().try_save()

    def collect(self) -> TrajectoryInput:
        return TrajectoryInput(
            local_government_id=self.government.value(),
            title=self.title_edit.text(),
            requested_on=self.requested_on.optional_value(),
            intake_on=self.intake_on.optional_value(),
            start_date=self.start_date.optional_value(),
            planned_end_date=self.planned_end.optional_value(),
            end_date=self.end_date.optional_value(),
            starting_position=self._positions[self.position.currentIndex()],
            needs=self.needs.toPlainText(),
            goals=self.goals.toPlainText(),
            approach=self.approach.toPlainText(),
            partner_involvement=self.partner.toPlainText(),
            mediawijs_involved=self.mediawijs.isChecked(),
            feedback_expected=self.feedback_expected.isChecked(),
            notes=self.notes.toPlainText(),
            coach_ids=tuple(self.coaches.checked_ids()),
            contact_ids=tuple(self.contacts.checked_ids()),
            theme_ids=tuple(self.themes.checked_ids()),
            new_follow_ups=self.new_actions.inputs() if not self.record_id else (),
        )

    def create_record(self, data: TrajectoryInput) -> TrajectoryView:
        return create_trajectory(self.ctx.db, data, status=self.initial_status_code())

    # -- status steps ----------------------------------------------------------------
    def ask_step_date(self, status: str, default: date) -> date | None:
        return trajectory_status.ask_step_date(self, status, default)

    def change_status(self, status: str, when: date) -> TrajectoryView:
        assert self.record_id
        return change_status(self.ctx.db, self.record_id, status, when, self.expected_version)

    def show_step(self, view: TrajectoryView, status: str) -> None:
        """Show the new status and its date, keeping what else was typed; finished
        without feedback: ask whether it is still to come."""
        column = STEP_DATE_COLUMNS[status]
        edit = {
            "intake_on": self.intake_on,
            "start_date": self.start_date,
            "end_date": self.end_date,
        }[column]
        with self.loading():
            edit.set_optional(getattr(view, column))
            self.feedback_expected.setChecked(view.feedback_expected)
        self.show_lists(view)
        if status == TrajectoryStatus.FINISHED and not view.feedback:
            self._ask_feedback(view)

    def _ask_feedback(self, view: TrajectoryView) -> None:
        answer = trajectory_status.ask_feedback_coming(self)
        if answer == trajectory_status.NOW:
            self.tabs.setCurrentIndex(self.tab_of(self.feedback))
            self.feedback.add_feedback()
            return
        expected = answer == trajectory_status.COMING
        if view.feedback_expected == expected:
            return
        try:
            view = set_feedback_expected(self.ctx.db, view.id, expected, self.expected_version)
        except DomainError as exc:
            tell_error(self, self.tr("Feedback"), exc.message)
            return
        self.view = view
        self.expected_version = view.version
        with self.loading():
            self.feedback_expected.setChecked(view.feedback_expected)
        self.show_lists(view)

    def _open_origin(self) -> None:
        if self.view and self.view.origin_advice_talk:
            self.ctx.open_requested.emit("advice_talk", self.view.origin_advice_talk.id)

    def status_text(self) -> str:
        return label("trajectory_status", self.view.status) if self.view else ""
