"""The activity editor: a meeting, session or training of the plan (SD1, SD2).

Tab Activiteit: the kind, topic, date, times or duration, online or place, who leads and
the team's role, the team members, themes, the recording, and the numbers: participants
and participant hours (participants × duration, or entered when people left early; the
form says the result as you type). Tab Deelnemers: the local governments and contact
persons who came, with attendance (saved at once, like a focus group's). Tab Feedback:
the survey's average score, number of responses and what was said. Tab Opvolgacties.

Bad input (an end before the start, a negative number, more named participants than
the number given) is said beside its field; nothing is saved and nothing typed is lost.
A new activity is "gepland", or "gehouden" when entered afterwards; a saved one moves
with its status buttons (``activity_status``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from supportdesk.services.activities import (
    ActivityInput,
    ActivityView,
    change_activity_status,
    create_activity,
    get_activity,
    list_activity_kinds,
    update_activity,
)
from supportdesk.services.team import list_team_members, list_themes
from ui.a11y import describe_label
from ui.context import AppContext
from ui.editors import activity_status
from ui.editors.activity_parts import ActivityParticipantsPanel
from ui.editors.activity_status import ActivityStatusBar
from ui.editors.activity_time import (
    clock_text,
    minutes_text,
    number_text,
    parse_clock,
    parse_count,
    parse_decimal,
    parse_hours,
    parse_minutes,
)
from ui.editors.follow_up_list import FollowUpList
from ui.editors.stepped import SteppedEditor
from ui.editors.tabbed import plain_label
from ui.formatting import format_date
from ui.labels import choices, label
from ui.widgets.check_list import CheckList
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import text_box


class ActivityEditor(SteppedEditor[ActivityView]):
    kind = "activity"
    update_record = staticmethod(update_activity)
    status_bar: ActivityStatusBar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Activiteit"), parent)
        self.setWindowTitle(self.tr("Nieuwe activiteit"))

        # -- the activity ------------------------------------------------------------
        self.kind_box = QComboBox()
        self._kinds = list_activity_kinds(self.ctx.db)
        for k in self._kinds:
            self.kind_box.addItem(f"{k.name} ({k.plan_code})" if k.plan_code else k.name, k.id)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("bv. infosessie digitale drempels in de zorg"))
        self.date = DateEdit()
        # New: planned, or held for one entered afterwards; saved: the status steps.
        status_box = self.status_choice(
            [(label("activity_status", code), code) for code in ("planned", "held")],
            self.tr("Enkel gehouden activiteiten tellen mee voor het actieplan."),
            ActivityStatusBar(),
        )
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("bv. 13:30"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("bv. 16:00"))
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(self.tr("uren, bv. 2,5 (zonder begin- en einduur)"))
        self.online = QCheckBox(self.tr("On&line"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("adres of zaal"))
        self.recording = QLineEdit()
        self.recording.setPlaceholderText(self.tr("https://… (opname van een online bijeenkomst)"))

        self.add_field("kind_id", self.tr("&Soort:"), self.kind_box)
        self.add_field("topic", self.tr("Onder&werp:"), self.topic)
        self.add_field("date", self.tr("Dat&um:"), self.date)
        self.add_field("status", self.tr("St&atus:"), status_box, focus=self.initial_status)
        self.add_field("start_time", self.tr("&Van:"), self.start)
        self.add_field("end_time", self.tr("&Tot:"), self.end)
        self.add_field("duration_minutes", self.tr("&Duur:"), self.duration)
        self.add_field("online", self.tr("Vorm:"), self.online)
        self.add_field("place", self.tr("&Plaats:"), self.place)
        self.add_field("recording_url", self.tr("Opna&me:"), self.recording)

        self.add_column()
        self.lead = QComboBox()
        self._leads = [code for _t, code in choices("lead")]
        for text, _code in choices("lead"):
            self.lead.addItem(text)
        self.lead_partner = QLineEdit()
        self.lead_partner.setPlaceholderText(self.tr("welke partner?"))
        self.team_role = QComboBox()
        self._roles = [code for _t, code in choices("team_role")]
        for text, _code in choices("team_role"):
            self.team_role.addItem(text)
        self.members = CheckList(rows=4)
        self.themes = CheckList(rows=4)
        self.count = QLineEdit()
        self.count.setPlaceholderText(self.tr("bv. 23"))
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("leeg: deelnemers × duur"))
        self.hours_words = plain_label()
        describe_label(self.hours_words, self.tr("Deelnemersuren berekend"))
        hours_box = QWidget()
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        hours_layout.addWidget(self.hours)
        hours_layout.addWidget(self.hours_words)
        self.notes = text_box(minimum=70)
        self.notes.setMaximumHeight(140)
        self.add_field("lead", self.tr("Trek&ker:"), self.lead)
        self.add_field("lead_partner", self.tr("Partne&r:"), self.lead_partner)
        self.add_field("team_role", self.tr("Rol van het team:"), self.team_role)
        self.add_field("member_ids", self.tr("T&eamleden:"), self.members)
        self.add_field("theme_ids", self.tr("T&hema's:"), self.themes)
        self.add_field("notes", self.tr("Not&ities:"), self.notes)
        self.alias_error("new_status", "status")
        self.alias_error("on_date", "status")

        # -- participants: the numbers, and who came by name ----------------------------
        people = QWidget()
        people_layout = QVBoxLayout(people)
        numbers = QFormLayout()
        people_layout.addLayout(numbers)
        self.add_field_in(numbers, "participant_count", self.tr("Aantal dee&lnemers:"), self.count)
        self.add_field_in(
            numbers, "participant_hours", self.tr("Deelnemers&uren:"), hours_box, focus=self.hours
        )
        self.participants = ActivityParticipantsPanel(ctx)
        self.participants.changed.connect(self.reload_lists)
        save_first = self.tr("Bewaar de activiteit eerst; daarna vul je dit hier aan.")
        people_layout.addWidget(self.with_save_first(self.participants, save_first), 1)
        self.add_tab(people, self.tr("Deelnemers"))

        # -- feedback ------------------------------------------------------------------
        feedback = self.add_form_tab(self.tr("Feedback"))
        self.score = QLineEdit()
        self.score.setPlaceholderText(self.tr("gemiddelde van 1 tot 5, bv. 4,3"))
        self.responses = QLineEdit()
        self.responses.setPlaceholderText(self.tr("bv. 12"))
        self.feedback_text = text_box(minimum=120)
        self.add_field_in(feedback, "feedback_score", self.tr("&Score:"), self.score)
        self.add_field_in(
            feedback, "feedback_responses", self.tr("&Aantal antwoorden:"), self.responses
        )
        self.add_field_in(
            feedback, "feedback_text", self.tr("&Wat zeiden de deelnemers:"), self.feedback_text
        )

        # -- follow-up actions ---------------------------------------------------------
        self.action_list = FollowUpList(ctx, "activity", today=self.today)
        self.action_list.changed.connect(self.reload_lists)
        self.add_tab(self.with_save_first(self.action_list, save_first), self.tr("Opvolgacties"))

        self._fill_lists()
        for widget in (self.start, self.end, self.duration, self.count, self.hours):
            widget.textChanged.connect(self._show_hours)
        self.lead.currentIndexChanged.connect(self._lead_changed)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.online.toggled.connect(self._online_toggled)
        self.topic.textChanged.connect(self.update_save_state)
        self._kind_changed()
        self.show_mode()
        self._show_hours()
        self.resize(980, 720)
        self.topic.setFocus()
        self.update_save_state()

    def _fill_lists(self, view: ActivityView | None = None) -> None:
        db = self.ctx.db
        members = [(m.id, m.name) for m in list_team_members(db)]
        themes = [(t.id, t.name) for t in list_themes(db)]
        if view is None:
            me = self.ctx.current_member_id()
            self.members.set_items(members, [me] if me else [])
            self.themes.set_items(themes)
            return
        self.members.offer(members, [(r.id, r.name) for r in view.members])
        self.themes.offer(themes, [(r.id, r.name) for r in view.themes])

    def _kind_changed(self) -> None:
        """A new activity starts with who usually leads its kind."""
        if self.record_id or self._loading:
            return
        index = self.kind_box.currentIndex()
        if 0 <= index < len(self._kinds):
            lead = self._kinds[index].default_lead
            if lead in self._leads:
                self.lead.setCurrentIndex(self._leads.index(lead))

    def _lead_changed(self) -> None:
        other = self._leads[self.lead.currentIndex()] == "other" if self._leads else False
        self.lead_partner.setEnabled(other)

    def _online_toggled(self, online: bool) -> None:
        self.place.setPlaceholderText(
            self.tr("link of platform") if online else self.tr("adres of zaal")
        )

    # -- the numbers, said as they are typed -----------------------------------------
    def _duration(self) -> int | None:
        """Minutes from the times when both are given, else the duration typed."""
        start, end = parse_clock(self.start.text()), parse_clock(self.end.text())
        if start is not None and end is not None:
            return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        return parse_minutes(self.duration.text())

    def _show_hours(self) -> None:
        """Say the participant hours as the numbers are typed (the core computes the
        same when saving: participants × duration, unless entered)."""
        try:
            both = parse_clock(self.start.text()) is not None and (
                parse_clock(self.end.text()) is not None
            )
            duration = self._duration()
            count = parse_count(self.count.text())
            entered = parse_hours(self.hours.text())
        except ValueError:
            self.hours_words.setText("")
            return
        self.duration.setEnabled(not both)
        if both and duration is not None and duration >= 0:
            with self.loading():
                self.duration.setText(minutes_text(duration))
        if entered is not None:
            words = self.tr("%1 deelnemersuren (ingevuld)").replace("%1", number_text(entered))
        elif count is not None and duration is not None and count >= 0 and duration >= 0:
            words = (
                self.tr("%1 deelnemers × %2 uur = %3 deelnemersuren")
                .replace("%1", str(count))
                .replace("%2", minutes_text(duration))
                .replace("%3", minutes_text(count * duration))
            )
        else:
            words = self.tr("Vul het aantal deelnemers en de duur in.")
        self.hours_words.setText(words)

    # -- record --------------------------------------------------------------------
    def load(self, view: ActivityView) -> None:
        self.view = view
        self.setWindowTitle(
            self.tr("Activiteit van %1: %2")
            .replace("%1", format_date(view.date))
            .replace("%2", view.topic)
        )
        index = self.kind_box.findData(view.kind.id)
        if index < 0:  # an archived kind stays on the activities that have it
            self.kind_box.addItem(view.kind.name, view.kind.id)
            index = self.kind_box.count() - 1
        self.kind_box.setCurrentIndex(index)
        self.topic.setText(view.topic)
        self.date.set_value(view.date)
        self.start.setText(clock_text(view.start_time))
        self.end.setText(clock_text(view.end_time))
        self.duration.setText(minutes_text(view.duration_minutes))
        self.online.setChecked(view.online)
        self.place.setText(view.place)
        self.recording.setText(view.recording_url)
        if view.lead in self._leads:
            self.lead.setCurrentIndex(self._leads.index(view.lead))
        self.lead_partner.setText(view.lead_partner)
        if view.team_role in self._roles:
            self.team_role.setCurrentIndex(self._roles.index(view.team_role))
        self._fill_lists(view)
        self.count.setText("" if view.participant_count is None else str(view.participant_count))
        self.hours.setText(number_text(view.participant_hours_entered))
        self.notes.setPlainText(view.notes)
        self.score.setText(number_text(view.feedback_score))
        self.responses.setText(
            "" if view.feedback_responses is None else str(view.feedback_responses)
        )
        self.feedback_text.setPlainText(view.feedback_text)
        self.status_bar.show_view(view, self.today())
        self.show_lists(view)
        self.show_mode()
        self._show_hours()

    def show_lists(self, view: ActivityView) -> None:
        self.expected_version = view.version  # adding people changes the activity
        self.participants.show_activity(view)
        self.action_list.show_actions(view.id, view.follow_ups)

    def fetch_current(self) -> ActivityView:
        assert self.record_id
        return get_activity(self.ctx.db, self.record_id)

    def _read(self) -> tuple[dict[str, object], dict[str, str]]:
        """The typed times and numbers as the core takes them, and what cannot be read
        (said beside its field; the text stays as typed)."""
        values: dict[str, object] = {}
        errors: dict[str, str] = {}
        readers = (
            ("start_time", self.start, parse_clock),
            ("end_time", self.end, parse_clock),
            ("participant_count", self.count, parse_count),
            ("participant_hours", self.hours, parse_hours),
            ("feedback_score", self.score, parse_decimal),
            ("feedback_responses", self.responses, parse_count),
        )
        for name, widget, parse in readers:
            try:
                values[name] = parse(widget.text())
            except ValueError as exc:
                errors[name] = str(exc)
        both = values.get("start_time") is not None and values.get("end_time") is not None
        try:
            values["duration_minutes"] = None if both else parse_minutes(self.duration.text())
        except ValueError as exc:
            errors["duration_minutes"] = str(exc)
        return values, errors

    def local_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.topic.text().strip():
            errors["topic"] = self.tr("Het onderwerp is verplicht.")
        if self.kind_box.currentIndex() < 0:
            errors["kind_id"] = self.tr("Kies een soort activiteit.")
        return errors

    def try_save(self) -> bool:
        _values, unreadable = self._read()
        if unreadable:
            self.show_errors(unreadable)
            return False
        return super().try_save()

    def collect(self) -> ActivityInput:
        values, _errors = self._read()
        return ActivityInput(
            kind_id=str(self.kind_box.currentData()),
            date=self.date.value(),
            topic=self.topic.text(),
            start_time=values["start_time"],  # type: ignore[arg-type]
            end_time=values["end_time"],  # type: ignore[arg-type]
            duration_minutes=values["duration_minutes"],  # type: ignore[arg-type]
            online=self.online.isChecked(),
            place=self.place.text(),
            lead=self._leads[self.lead.currentIndex()],
            lead_partner=self.lead_partner.text() if self.lead_partner.isEnabled() else "",
            team_role=self._roles[self.team_role.currentIndex()],
            recording_url=self.recording.text(),
            participant_count=values["participant_count"],  # type: ignore[arg-type]
            participant_hours=values["participant_hours"],  # type: ignore[arg-type]
            feedback_score=values["feedback_score"],  # type: ignore[arg-type]
            feedback_responses=values["feedback_responses"],  # type: ignore[arg-type]
            feedback_text=self.feedback_text.toPlainText(),
            notes=self.notes.toPlainText(),
            member_ids=tuple(self.members.checked_ids()),
            theme_ids=tuple(self.themes.checked_ids()),
        )

    def create_record(self, data: ActivityInput) -> ActivityView:
        return create_activity(self.ctx.db, data, status=self.initial_status_code())

    # -- status steps ----------------------------------------------------------------
    def step_default(self, status: str) -> date:
        return self.view.date if self.view and status == "held" else self.today()

    def ask_step_date(self, status: str, default: date) -> date | None:
        return activity_status.ask_step_date(self, status, default)

    def change_status(self, status: str, when: date) -> ActivityView:
        assert self.record_id
        return change_activity_status(
            self.ctx.db, self.record_id, status, when, self.expected_version
        )

    def show_step(self, view: ActivityView, status: str) -> None:
        if status == "held":
            with self.loading():
                self.date.set_value(view.date)
        self.status_bar.show_view(view, self.today())
